import { tryParseMonth } from "../../calendar/civil-date";
import { toDec } from "../../money/decimal";
import { checkAllocatedNodes } from "../allocation/check-allocated-nodes";
import { checkDecimal } from "../targets/check-decimal";
import { significantPlaces } from "../targets/scaled-units";
import type { AllocatedNode, PlanningIssue, QuotaTransfer } from "../types";

/** Every static problem with a list of transfers and the plan they apply to, all at once. */
export function checkTransfers(
  nodes: readonly AllocatedNode[],
  months: readonly string[],
  transfers: readonly QuotaTransfer[],
  places: number,
): PlanningIssue[] {
  const issues: PlanningIssue[] = [];
  if (!Array.isArray(months) || months.length !== 12 || months.some((m) => tryParseMonth(m) === null))
    issues.push({
      code: "bad_month",
      message: "months must be the 12 fiscal months, YYYY-MM",
      field: "months",
    });
  if (!Number.isInteger(places) || places < 0 || places > 10)
    issues.push({
      code: "invalid",
      message: `monthPlaces must be 0–10, got ${places}`,
      field: "monthPlaces",
    });
  if (!Array.isArray(transfers))
    return [...issues, { code: "transfer_invalid", message: "transfers must be a list", field: "transfers" }];
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const parents = new Set(nodes.map((n) => n.parentId));
  const touched = new Set<string>();
  transfers.forEach((t, i) => {
    const at = `transfers[${i}]`;
    const bad = (field: string, message: string, code: PlanningIssue["code"] = "transfer_invalid") =>
      issues.push({ code, message: `Transfer ${i + 1}: ${message}`, field: `${at}.${field}` });
    for (const side of ["fromNodeId", "toNodeId"] as const) {
      const id = t[side];
      if (!byId.has(id)) bad(side, `${id} is not in the plan`);
      else if (parents.has(id)) bad(side, `${id} has children; quota moves between people (leaves)`);
      else
        for (let n = byId.get(id); n; n = n.parentId === null ? undefined : byId.get(n.parentId)) {
          if (touched.has(n.id)) break;
          touched.add(n.id);
        }
    }
    if (t.fromNodeId === t.toNodeId) bad("toNodeId", `${t.fromNodeId} cannot transfer to itself`);
    if (!months.includes(t.effectiveMonth))
      bad("effectiveMonth", `${t.effectiveMonth} is not a month of the plan`, "bad_month");
    if ((t.share === undefined) === (t.amount === undefined))
      bad("share", "give either a share (0–1) of the giver's months or an amount, not both or neither");
    if (t.share !== undefined) {
      const issue = checkDecimal(t.share, `Transfer ${i + 1}: the share`, `${at}.share`);
      if (issue) issues.push(issue);
      else if (toDec(t.share).greaterThan(1)) bad("share", `the share ${t.share} is over 1 (0.25 for 25 %)`);
    }
    if (t.amount !== undefined) {
      const issue = checkDecimal(t.amount, `Transfer ${i + 1}: the amount`, `${at}.amount`);
      if (issue) issues.push(issue);
      else if (significantPlaces(t.amount) > places)
        bad("amount", `the amount ${t.amount} has more than ${places} decimal places`);
    }
  });
  if (issues.length === 0) issues.push(...checkAllocatedNodes(nodes, touched, places));
  return issues;
}
