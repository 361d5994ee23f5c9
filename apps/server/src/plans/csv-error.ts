/** A problem in one of `attain calc`'s input files, by row (the header is row 1) and column. */
export type CsvError = { file: string; row: number; column: string; message: string };
