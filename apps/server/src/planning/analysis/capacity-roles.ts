import type { Assumptions, CapacityRoleAssumption } from "../schemas";

/** The role whose heads are the scenario's quota carriers (its person nodes) and which carries the target. */
export const QUOTA_ROLE = "ae";

/**
 * The roles a scenario's capacity plan staffs. Scenarios stored before roles existed have none: their one role is
 * the AE role made of the AE-only fields (productivity, utilisation, attrition, lead time; the ramp is the
 * scenario's), so their plan is what it always was. Stored JSON is never rewritten for this.
 */
export function capacityRolesOf(assumptions: Assumptions): CapacityRoleAssumption[] {
  const { capacity } = assumptions;
  if (capacity.roles !== undefined) return capacity.roles;
  return [
    {
      role: QUOTA_ROLE,
      driver: "quota",
      productivity: capacity.productivity,
      attrition: capacity.attrition,
      hiringLeadMonths: capacity.hiringLeadMonths,
      utilisation: capacity.utilisation,
    },
  ];
}

/**
 * Assumptions whose AE-only fields repeat the ae role's figures, so that what reads them (the allocation's capacity
 * driver, the scenario comparison) agrees with the capacity plan. Without roles nothing changes.
 */
export function withQuotaRoleFields(assumptions: Assumptions): Assumptions {
  const quota = assumptions.capacity.roles?.find((role) => role.role === QUOTA_ROLE);
  if (quota === undefined) return assumptions;
  return {
    ...assumptions,
    capacity: {
      ...assumptions.capacity,
      productivity: quota.productivity ?? assumptions.capacity.productivity,
      utilisation: quota.utilisation,
      attrition: quota.attrition,
      hiringLeadMonths: quota.hiringLeadMonths,
    },
  };
}
