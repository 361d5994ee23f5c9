import { type Document, isAlias, isMap, isScalar, isSeq, type LineCounter, type Node } from "yaml";
import { keyText } from "./yaml-to-plan-value";

/**
 * Line and column (1-based) of the node an issue's path points at: the value, or the key itself for an unknown
 * key; when the node is missing (a required field left out), its nearest existing ancestor.
 */
export function locatePlanIssue(
  doc: Document,
  lineCounter: LineCounter,
  path: readonly (string | number)[],
  atKey: boolean,
): { line: number; column: number } {
  let node: unknown = doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const [i, part] of path.entries()) {
    if (isAlias(node)) node = node.resolve(doc);
    let next: unknown;
    let keyNode: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => keyText(p.key) === String(part));
      next = pair?.value;
      keyNode = pair?.key;
    } else if (isSeq(node) && typeof part === "number") {
      next = node.items[part];
    }
    if (next === undefined && keyNode === undefined) break;
    const last = i === path.length - 1;
    // An empty value (`to:`) has no node of its own: point at its key.
    const target = (last && atKey) || next === null || next === undefined ? keyNode : next;
    offset = rangeStart(target) ?? offset;
    node = next;
  }
  const { line, col } = lineCounter.linePos(offset);
  return { line, column: col };
}

function rangeStart(node: unknown): number | null {
  if (isScalar(node) || isMap(node) || isSeq(node) || isAlias(node)) {
    const range = (node as Node).range;
    return range ? range[0] : null;
  }
  return null;
}
