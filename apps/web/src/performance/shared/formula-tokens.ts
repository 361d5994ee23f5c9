export type FormulaToken = { text: string; start: number; end: number; measure: boolean };

/**
 * Splits a KPI formula into names and the rest, so the page can show each measure as a readable chip and mark the
 * range of a checker error. A name is a measure when it is one of `measureKeys`.
 */
export function tokenizeFormula(formula: string, measureKeys: ReadonlySet<string>): FormulaToken[] {
  const tokens: FormulaToken[] = [];
  const names = /[A-Za-z_][A-Za-z0-9_.]*/g;
  let last = 0;
  for (const match of formula.matchAll(names)) {
    const start = match.index;
    if (start > last)
      tokens.push({ text: formula.slice(last, start), start: last, end: start, measure: false });
    const end = start + match[0].length;
    tokens.push({ text: match[0], start, end, measure: measureKeys.has(match[0]) });
    last = end;
  }
  if (last < formula.length)
    tokens.push({ text: formula.slice(last), start: last, end: formula.length, measure: false });
  return tokens;
}
