import { type Document, isAlias, isMap, isScalar, isSeq, type Node } from "yaml";

// The only whole-number fields of a plan; every other number in a plan file is a decimal kept as its source text.
const INTEGER_PATHS = new Set([
  "version",
  "rounding.places",
  "clawback.windowDays",
  "clawback.schedule.#.withinDays",
  "holdback.releaseAfterPeriods",
]);
const PLAIN_INTEGER = /^-?\d+$/;
// Aliases can expand a small file into a huge value ("billion laughs"); no real plan comes near this.
const MAX_NODES = 100_000;

/**
 * The plain value of a parsed plan file, with numbers read from their source text: `rate: 0.10` gives "0.10"
 * (not the float 0.1), so plan authors may write numbers unquoted and no amount ever passes through a float.
 * `1e3`, `.5` or `0x10` stay as written and fail validation as not-plain decimals.
 */
export function yamlToPlanValue(doc: Document): unknown {
  let nodes = 0;
  const convert = (node: Node | null | undefined, path: (string | number)[]): unknown => {
    nodes += 1;
    if (nodes > MAX_NODES) throw new Error(`plan file has more than ${MAX_NODES} values (alias expansion?)`);
    if (node === null || node === undefined) return null;
    if (isAlias(node)) return convert(node.resolve(doc), path);
    if (isMap(node)) {
      const object: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = keyText(pair.key);
        // defineProperty: a key named "__proto__" stays a key (and fails validation), it never becomes a prototype.
        Object.defineProperty(object, key, {
          value: convert(pair.value as Node | null, [...path, key]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
      }
      return object;
    }
    if (isSeq(node)) return node.items.map((item, i) => convert(item as Node | null, [...path, i]));
    if (isScalar(node)) {
      const { value } = node;
      if (typeof value !== "number" && typeof value !== "bigint") return value;
      const source = node.source ?? String(value);
      const integerPath = INTEGER_PATHS.has(path.map((p) => (typeof p === "number" ? "#" : p)).join("."));
      return integerPath && PLAIN_INTEGER.test(source) ? Number(value) : source;
    }
    return null;
  };
  return convert(doc.contents as Node | null, []);
}

/** A map key as text, numbers from their source ("1.0" stays "1.0"). */
export function keyText(key: unknown): string {
  if (isScalar(key)) return key.source ?? String(key.value);
  return String(key);
}
