import type { Grid, GridChange } from "../../api/planning-types";

/**
 * The changes that take the grid from `after` back to `before`, found by comparing them (an annual edit moves a
 * whole subtree, so the user's own change does not say what moved). Teams and regions whose annual moved come first,
 * parents before children (each re-spreads to its children); people's months last, which pins every person
 * exactly to the old amounts whatever the re-spreads did. Rows only in one grid are left alone.
 */
export function inverseChanges(before: Grid, after: Grid): GridChange[] {
  const previous = new Map(before.rows.map((row) => [row.nodeId, row]));
  const annuals: { depth: number; change: GridChange }[] = [];
  const months: GridChange[] = [];
  for (const row of after.rows) {
    const old = previous.get(row.nodeId);
    if (!old) continue;
    if (row.kind === "person") {
      row.months.forEach((amount, index) => {
        const oldAmount = old.months[index];
        const month = after.months[index];
        if (oldAmount !== undefined && month !== undefined && oldAmount !== amount)
          months.push({ nodeId: row.nodeId, month, amount: oldAmount });
      });
    } else if (old.annual !== row.annual) {
      annuals.push({ depth: row.depth, change: { nodeId: row.nodeId, annual: old.annual } });
    }
  }
  annuals.sort((a, b) => a.depth - b.depth);
  return [...annuals.map((a) => a.change), ...months];
}
