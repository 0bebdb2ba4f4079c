/**
 * JavaScript identifier names, the one test of whether a name can be written
 * without quotes: an object key (`{ row_count: 1 }` but `{ '2fa': 1 }`), a
 * step of a JSON path (`events.name` but `events["Report Exported"]`) or a
 * step of a callee in settings (`this.analyticsService.track`). Unicode-aware,
 * as the language is (`{ événement: 1 }` needs no quotes); reserved words are
 * identifier names too, and valid as keys and after a dot.
 */
const identifierName = /^[\p{ID_Start}$_][\p{ID_Continue}$\u200C\u200D]*$/u;

export function isIdentifierName(text: string): boolean {
  return identifierName.test(text);
}
