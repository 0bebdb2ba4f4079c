/**
 * Where a piece of text stands in test code, as ESLint reports it (1-based
 * columns, end exclusive): `at(code, "'Report Export'")` is the position of
 * that literal. `occurrence` picks a later one when the text repeats (-1: the last).
 */
export function at(code: string, text: string, occurrence = 0) {
  let index = -1;
  if (occurrence < 0) {
    index = code.lastIndexOf(text);
    if (index === -1) throw new Error(`${JSON.stringify(text)} is not in the test code`);
  }
  for (let seen = 0; seen <= occurrence; seen++) {
    index = code.indexOf(text, index + 1);
    if (index === -1) throw new Error(`${JSON.stringify(text)} is not in the test code`);
  }
  const before = code.slice(0, index).split('\n');
  const inside = text.split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  const endLine = line + inside.length - 1;
  const endColumn = inside.length === 1 ? column + text.length : inside[inside.length - 1]!.length + 1;
  return { line, column, endLine, endColumn };
}
