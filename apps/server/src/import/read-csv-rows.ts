import type { Readable } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";

export type SheetRow = { row: number; cells: string[] };

export class MalformedFileError extends Error {
  constructor(
    message: string,
    readonly row: number,
  ) {
    super(message);
  }
}

/** The delimiter that occurs most often, outside quotes, on the header line. */
export function detectDelimiter(head: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of head) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && (char === "," || char === ";" || char === "\t")) counts[char]++;
  }
  const best = (Object.entries(counts) as [keyof typeof counts, number][]).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ",";
}

/** Whether the bytes decode as UTF-8 (ignoring a sequence cut at the end of the sample). */
export function isUtf8(head: Buffer): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(head.subarray(0, Math.max(0, head.length - 4)));
    return true;
  } catch {
    return false;
  }
}

/**
 * Streams the records of a CSV file as spreadsheet rows (header = row 1). Quoted fields may hold delimiters and
 * line breaks; a BOM is dropped; CRLF and LF both work; text that is not UTF-8 is read as Windows-1252.
 * Blank lines are skipped but still counted, so row numbers match what a spreadsheet shows.
 */
export async function* readCsvRows(
  body: Readable,
  delimiter: string,
  encoding: "utf8" | "windows-1252",
): AsyncGenerator<SheetRow> {
  const input = encoding === "utf8" ? body : body.pipe(iconv.decodeStream("windows-1252"));
  const parser = input.pipe(
    parse({ delimiter, bom: true, relax_column_count: true, skip_empty_lines: false }),
  );
  let row = 0;
  try {
    for await (const record of parser as AsyncIterable<string[]>) {
      row++;
      if (record.length === 1 && record[0] === "") continue;
      yield { row, cells: record };
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new MalformedFileError(`Malformed CSV near row ${row + 1}: ${message}`, row + 1);
  }
}
