/**
 * The quota sheet's layout, shared by the writer and the reader so an exported file always reads back: one row per
 * node under a header row, columns A–D identify the node, E–P are the twelve fiscal months (headed YYYY-MM), Q is
 * the annual SUM. The hidden `attain` sheet carries what the file was made from (scenario id, revision).
 */
export const QUOTA_SHEET = "Quotas";
export const META_SHEET = "attain";

export const HEADER_ROW = 1;
export const FIRST_MONTH_COLUMN = 5; // E
export const MONTHS = 12;
export const ANNUAL_COLUMN = FIRST_MONTH_COLUMN + MONTHS; // Q

export const identityHeaders = ["Node id", "Kind", "Name", "Parent"] as const;
export const ANNUAL_HEADER = "Annual";

/** Rows of the hidden sheet: label in column A, value in column B. */
export const META_SCENARIO_ROW = 1;
export const META_REVISION_ROW = 2;
export const META_CURRENCY_ROW = 3;

/**
 * Excel stores every number as an IEEE double and keeps 15 significant digits, so an amount goes into a cell exactly
 * (and comes back as the same decimal) only within that precision. Quotas are far below it (13 integer digits + 2
 * decimals); the writer checks every amount rather than assume it.
 */
export const MAX_SIGNIFICANT_DIGITS = 15;

/** Spreadsheet column letters (1 → A, 17 → Q), for formulas and for naming a column in an error. */
export function columnLetter(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}
