import { promisify } from "node:util";
import { brotliCompress, constants } from "node:zlib";
import { type ResultLine, sumAmounts, type TraceStep } from "@attain/engine";

const compress = promisify(brotliCompress);

/** Prefix of a packed document: `b1:` + base64 of the Brotli-compressed JSON text. */
export const PACKED_PREFIX = "b1:";
/** Documents shorter than this stay plain JSON (nothing to gain). */
const PACK_FROM_CHARS = 2048;

/**
 * A result's lines as stored (comp_result_line_sets.lines): the compact JSON text of encodeResultLines, and when it
 * is longer than 2 KB that text Brotli-compressed (quality 1, the fastest) and base64-encoded after the prefix `b1:`
 * — 4–5× fewer bytes to send, parse and store. Compression runs on libuv's thread pool, off the main thread.
 * decodeResultLines reads both forms.
 */
export async function packResultLines(lines: readonly ResultLine[]): Promise<string> {
  const json = encodeResultLines(lines);
  if (json.length < PACK_FROM_CHARS) return json;
  const packed = await compress(json, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 1,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  });
  return PACKED_PREFIX + packed.toString("base64");
}

/**
 * A result's lines as one compact JSON text (decisions 007 and 008). Every component, kind, trace rule and trace
 * value key is stored once in the document's string table `s` and referred to by index; a trace step that the
 * previous line also has (the same step object: a gate, a multiplier band, an override's rate — shared by every line
 * of a payee) is written once and then referred to by its number:
 *
 *   {"v":2,"s":[strings],"l":[[component, kind, creditId, transactionId, exact, amount, step, step, …], …]}
 *   step   = [rule, detail, key, value, key, value, …]   (rule, key: indexes into s)
 *          | n                                         (the n-th step written in full in this document, from 0)
 *   detail = "text" | ["before", "after"]              (the pair: before + the line's creditId + after)
 *   value  = "text" | n ≥ 0 (s[n]) | -1 (the line's creditId) | -2 (the line's transactionId)
 *
 * What a line repeats is written once: its credit and transaction ids inside its first step, and a value equal to
 * the previous line's under the same key and step (a crediting path, a date, a quota) goes to the string table.
 * Other details and values are unique to the line and written as they are — a string table entry for each cost a
 * hash and a map insert for nothing. Amounts stay decimal strings; line n (from 1) is `l[n - 1]`. Decoded by
 * decodeResultLines, which also reads version 1 (every detail and key in the string table, no refs).
 */
export function encodeResultLines(lines: readonly ResultLine[]): string {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const ref = (value: string) => {
    let at = index.get(value);
    if (at === undefined) {
      at = strings.length;
      strings.push(value);
      index.set(value, at);
    }
    return at;
  };
  let written = 0;
  // The previous line's steps and the numbers they were written under.
  let previous: readonly TraceStep[] = [];
  let previousNumbers: number[] = [];
  const encoded: unknown[][] = new Array(lines.length);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as ResultLine;
    const { creditId, transactionId } = line;
    const row: unknown[] = [
      ref(line.component),
      ref(line.kind),
      creditId,
      transactionId,
      line.exact,
      line.amount,
    ];
    const trace = line.trace;
    const numbers: number[] = new Array(trace.length);
    for (let i = 0; i < trace.length; i++) {
      const step = trace[i] as TraceStep;
      const seen = previous.indexOf(step);
      if (seen !== -1) {
        const number = previousNumbers[seen] as number;
        numbers[i] = number;
        row.push(number);
        continue;
      }
      numbers[i] = written++;
      const detail = step.detail;
      const cut = creditId === null || creditId === "" ? -1 : detail.indexOf(creditId);
      const cells: unknown[] = [
        ref(step.rule),
        cut === -1 ? detail : [detail.slice(0, cut), detail.slice(cut + (creditId as string).length)],
      ];
      const values = step.values;
      const before = previous[i]?.values;
      for (const key in values) {
        const value = values[key] as string;
        cells.push(
          ref(key),
          value === creditId
            ? -1
            : value === transactionId
              ? -2
              : before !== undefined && before[key] === value
                ? ref(value)
                : value,
        );
      }
      row.push(cells);
    }
    previous = trace;
    previousNumbers = numbers;
    encoded[n] = row;
  }
  return JSON.stringify({ v: 2, s: strings, l: encoded });
}

export type LineTotals = { byKind: Record<string, string>; byComponent: Record<string, string> };

/** Sums of the lines' rounded amounts per kind and per component, exact (the same text as sumAmounts). */
export function totalLines(lines: readonly Pick<ResultLine, "kind" | "component" | "amount">[]): LineTotals {
  const byKind = new Map<string, string[]>();
  const byComponent = new Map<string, string[]>();
  for (const line of lines) {
    const kind = byKind.get(line.kind);
    if (kind) kind.push(line.amount);
    else byKind.set(line.kind, [line.amount]);
    const component = byComponent.get(line.component);
    if (component) component.push(line.amount);
    else byComponent.set(line.component, [line.amount]);
  }
  const sums = (groups: Map<string, string[]>) =>
    Object.fromEntries([...groups].map(([key, amounts]) => [key, sumPlainAmounts(amounts)]));
  return { byKind: sums(byKind), byComponent: sums(byComponent) };
}

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

/**
 * sumAmounts for many amounts: exact integer arithmetic (BigInt, scaled to the largest number of places) instead of
 * one decimal object per amount; the result has the largest scale of the amounts, "0" with that scale when zero.
 * Anything that is not a plain decimal goes to sumAmounts, which rejects it as it always did.
 */
export function sumPlainAmounts(amounts: readonly string[]): string {
  let scale = 0;
  for (const amount of amounts) {
    if (!PLAIN_DECIMAL.test(amount)) return sumAmounts(amounts);
    const dot = amount.indexOf(".");
    if (dot !== -1) scale = Math.max(scale, amount.length - dot - 1);
  }
  let total = 0n;
  for (const amount of amounts) {
    const dot = amount.indexOf(".");
    const places = dot === -1 ? 0 : amount.length - dot - 1;
    const digits = dot === -1 ? amount : amount.slice(0, dot) + amount.slice(dot + 1);
    total += BigInt(digits + "0".repeat(scale - places));
  }
  const negative = total < 0n;
  const text = (negative ? -total : total).toString().padStart(scale + 1, "0");
  const whole = text.slice(0, text.length - scale);
  return `${negative ? "-" : ""}${scale === 0 ? whole : `${whole}.${text.slice(text.length - scale)}`}`;
}
