import type { FormulaNode } from "./types";

type Span = { start: number; end: number };

/** Names a tree reads, each with where it first appears, in source order (so cycle messages follow the source). */
export function collectReferences(ast: FormulaNode): Map<string, Span> {
  const found = new Map<string, Span>();
  const pending: FormulaNode[] = [ast];
  // Depth-first, left to right, with an explicit stack instead of recursion.
  for (let node = pending.pop(); node !== undefined; node = pending.pop()) {
    if (node.kind === "name" && !found.has(node.name))
      found.set(node.name, { start: node.start, end: node.end });
    else if (node.kind === "negate" || node.kind === "percent") pending.push(node.operand);
    else if (node.kind === "binary") pending.push(node.right, node.left);
    else if (node.kind === "call") pending.push(...[...node.args].reverse());
  }
  return found;
}
