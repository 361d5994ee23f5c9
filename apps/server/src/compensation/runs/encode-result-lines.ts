import { type ResultLine, sumAmounts } from "@attain/engine";

/**
 * A result's lines as one compact JSON text (decision 007). Every component, kind, trace rule, trace detail and
 * trace value key is stored once in the document's string table `s` and referred to by index:
 *
 *   {"v":1,"s":[strings],"l":[[component, kind, creditId, transactionId, exact, amount, step, step, …], …]}
 *   step = [rule, detail, key, value, key, value, …]   (rule, detail, key: indexes into s; value: the string)
 *
 * Amounts stay decimal strings; line n (from 1) is `l[n - 1]`. Decoded by decodeResultLines.
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
  const encoded = lines.map((line) => {
    const row: unknown[] = [
      ref(line.component),
      ref(line.kind),
      line.creditId,
      line.transactionId,
      line.exact,
      line.amount,
    ];
    for (const step of line.trace) {
      const cells: (number | string)[] = [ref(step.rule), ref(step.detail)];
      for (const key in step.values) cells.push(ref(key), step.values[key]!);
      row.push(cells);
    }
    return row;
  });
  return JSON.stringify({ v: 1, s: strings, l: encoded });
}

export type LineTotals = { byKind: Record<string, string>; byComponent: Record<string, string> };

/** Sums of the lines' rounded amounts per kind and per component, exact. */
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
    Object.fromEntries([...groups].map(([key, amounts]) => [key, sumAmounts(amounts)]));
  return { byKind: sums(byKind), byComponent: sums(byComponent) };
}
