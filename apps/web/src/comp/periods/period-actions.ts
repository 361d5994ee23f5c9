import type { PeriodPayee, PeriodStatus } from "../../api/comp-types";
import type { Role } from "../../api/types";

export const periodSteps: readonly PeriodStatus[] = [
  "open",
  "calculated",
  "in_review",
  "manager_approved",
  "approved",
  "published",
  "paid",
];

export type PeriodActionId =
  | "submit"
  | "approveManager"
  | "approveFinance"
  | "reject"
  | "publish"
  | "markPaid";

const isCompAdmin = (role: Role) => role === "admin" || role === "comp_admin";

/** Payees whose manager approval the caller can still give: an admin anyone's, a manager their team's but not their own. */
export function pendingManagerApprovals(
  payees: readonly PeriodPayee[],
  role: Role,
  ownPersonId: string | null,
): PeriodPayee[] {
  if (role !== "admin" && role !== "manager") return [];
  return payees.filter((p) => p.managerApproval === null && (role === "admin" || p.personId !== ownPersonId));
}

/**
 * The workflow buttons a role gets in a status (the server's rules: comp admins submit, approve as finance, publish and
 * mark paid; managers and admins give the manager approval; only comp admins reject, until the period is approved).
 */
export function allowedPeriodActions(
  status: PeriodStatus,
  role: Role,
  pendingForCaller: number,
): PeriodActionId[] {
  const actions: PeriodActionId[] = [];
  if (status === "calculated" && isCompAdmin(role)) actions.push("submit");
  if (status === "in_review" && pendingForCaller > 0) actions.push("approveManager");
  if (status === "manager_approved" && isCompAdmin(role)) actions.push("approveFinance");
  const rejectable: readonly PeriodStatus[] = isCompAdmin(role)
    ? ["in_review", "manager_approved", "approved"]
    : [];
  if (rejectable.includes(status)) actions.push("reject");
  if (status === "approved" && isCompAdmin(role)) actions.push("publish");
  if (status === "published" && isCompAdmin(role)) actions.push("markPaid");
  return actions;
}
