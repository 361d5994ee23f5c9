import type { GridRow, SubmissionAction } from "../../api/planning-types";

/**
 * The buttons a team's or region's submission offers: a node not yet submitted (or rejected) can be submitted by
 * whoever edits it; a submitted one recalled by them, or approved or rejected by a manager above or a planner;
 * an approved one nothing. Nobody is offered to approve their
 * own submission. The server has the last word on each (403/409), this only avoids dead buttons.
 */
export function submissionActions(
  row: Pick<GridRow, "kind" | "editable" | "submission">,
  caller: { canAct: boolean; canApprove: boolean; name?: string },
): SubmissionAction[] {
  if ((row.kind !== "team" && row.kind !== "region") || !caller.canAct) return [];
  const status = row.submission?.status ?? "draft";
  if (status === "approved") return [];
  // Nobody approves their own submission: that is their manager's (or a planner's) call.
  const own = caller.name !== undefined && row.submission?.by === caller.name;
  if (status === "submitted")
    return [
      ...(row.editable ? (["recall"] as const) : []),
      ...(caller.canApprove && !own ? (["approve", "reject"] as const) : []),
    ];
  return row.editable ? ["submit"] : [];
}
