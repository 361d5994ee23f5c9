import type { StatementLine } from "../../api/comp-types";
import { sumDecimalStrings } from "../shared/decimal-sum";

export type StatementGroup = { component: string; lines: StatementLine[]; subtotal: string };

/** Lines grouped by component, in the order components first appear, each with its exact subtotal. */
export function groupStatementLines(lines: readonly StatementLine[]): StatementGroup[] {
  const groups = new Map<string, StatementLine[]>();
  for (const line of lines) {
    const group = groups.get(line.component);
    if (group) group.push(line);
    else groups.set(line.component, [line]);
  }
  return [...groups].map(([component, members]) => ({
    component,
    lines: members,
    subtotal: sumDecimalStrings(members.map((line) => line.amount)),
  }));
}
