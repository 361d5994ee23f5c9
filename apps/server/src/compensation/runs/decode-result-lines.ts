import { brotliDecompressSync } from "node:zlib";
import type { TraceStep } from "@attain/engine";
import { PACKED_PREFIX } from "./encode-result-lines";

export type StoredLine = {
  lineNo: number;
  component: string;
  kind: string;
  creditId: string | null;
  transactionId: string | null;
  exact: string;
  amount: string;
  trace: TraceStep[];
};

type Document = { v: 1; s: string[]; l: unknown[][] };

/**
 * The lines of a stored line set (comp_result_line_sets.lines), numbered from 1, from the compact format written by
 * encodeResultLines, plain or packed (packResultLines: `b1:` + base64 of the Brotli-compressed text).
 */
export function decodeResultLines(stored: string): StoredLine[] {
  const text = stored.startsWith(PACKED_PREFIX)
    ? brotliDecompressSync(Buffer.from(stored.slice(PACKED_PREFIX.length), "base64")).toString("utf8")
    : stored;
  const parsed = JSON.parse(text) as Document;
  const s = parsed.s;
  return parsed.l.map((row, i) => {
    const trace: TraceStep[] = [];
    for (let at = 6; at < row.length; at++) {
      const cells = row[at] as (number | string)[];
      const values: Record<string, string> = {};
      for (let v = 2; v < cells.length; v += 2) values[s[cells[v] as number]!] = cells[v + 1] as string;
      trace.push({ rule: s[cells[0] as number]!, detail: s[cells[1] as number]!, values });
    }
    return {
      lineNo: i + 1,
      component: s[row[0] as number]!,
      kind: s[row[1] as number]!,
      creditId: row[2] as string | null,
      transactionId: row[3] as string | null,
      exact: row[4] as string,
      amount: row[5] as string,
      trace,
    };
  });
}

/** A line's public id (statement lines, disputes): `<resultId>:<lineNo>`. */
export const lineKeyOf = (resultId: string, lineNo: number) => `${resultId}:${lineNo}`;

const lineKey = /^([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([1-9][0-9]{0,8})$/i;

export function parseLineKey(key: string): { resultId: string; lineNo: number } | null {
  const match = lineKey.exec(key);
  return match ? { resultId: match[1]!.toLowerCase(), lineNo: Number(match[2]) } : null;
}
