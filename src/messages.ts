/** How rule messages write names: each in backticks, several as one phrase. */

/** "`a`", "`a` and `b`", "`a`, `b` and `c`" (or "`a` or `b`" with `or`). */
export function listNames(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  const quoted = names.map((name) => `\`${name}\``);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} ${conjunction} ${quoted[quoted.length - 1]}`;
}
