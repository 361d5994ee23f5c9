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

type Document = { v: 1 | 2; s: string[]; l: unknown[][] };

/**
 * The lines of a stored line set (comp_result_line_sets.lines), numbered from 1, from the compact format written by
 * encodeResultLines (version 2; version 1 documents written before decision 008 are read too), plain or packed
 * (packResultLines: `b1:` + base64 of the Brotli-compressed text). A step referred to by number is decoded once and
 * copied into each line that has it, so no two lines share a trace object.
 */
export function decodeResultLines(stored: string): StoredLine[] {
  const text = stored.startsWith(PACKED_PREFIX)
    ? brotliDecompressSync(Buffer.from(stored.slice(PACKED_PREFIX.length), "base64")).toString("utf8")
    : stored;
  const parsed = JSON.parse(text) as Document;
  const s = parsed.s;
  const inlineDetail = parsed.v === 2;
  const written: TraceStep[] = [];
  return parsed.l.map((row, i) => {
    const trace: TraceStep[] = [];
    for (let at = 6; at < row.length; at++) {
      const cell = row[at];
      if (typeof cell === "number") {
        const step = written[cell]!;
        trace.push({ rule: step.rule, detail: step.detail, values: { ...step.values } });
        continue;
      }
      const cells = cell as unknown[];
      const values: Record<string, string> = {};
      const creditId = row[2] as string | null;
      const transactionId = row[3] as string | null;
      for (let v = 2; v < cells.length; v += 2) {
        const value = cells[v + 1];
        values[s[cells[v] as number]!] =
          typeof value === "string"
            ? value
            : value === -1
              ? creditId!
              : value === -2
                ? transactionId!
                : s[value as number]!;
      }
      const text = cells[1];
      let detail: string;
      if (!inlineDetail) detail = s[text as number]!;
      else if (typeof text === "string") detail = text;
      else {
        // Written around the line's credit id: before + creditId + after.
        const [before, after] = text as [string, string];
        detail = `${before}${creditId}${after}`;
      }
      const step = { rule: s[cells[0] as number]!, detail, values };
      if (inlineDetail) written.push({ rule: step.rule, detail, values: { ...values } });
      trace.push(step);
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
