import type { CapacityInput, CapacityRole } from "../types";

/** Test helper: a role with no ramp, no attrition, lead time 1 and no heads, overridden field by field. */
export function role(over: Partial<CapacityRole> = {}): CapacityRole {
  return {
    role: "ae",
    productivity: "10000",
    ramp: { kind: "share", values: ["1"] },
    attrition: "0",
    hiringLeadMonths: 1,
    utilisation: "1",
    targetShare: "1",
    current: [],
    openRequisitions: [],
    ...over,
  };
}

/** Test helper: `count` consecutive months from 2026-01 with the same target. */
export function plan(
  count: number,
  target: string | string[],
  roles: CapacityRole[],
  over: Partial<CapacityInput> = {},
): CapacityInput {
  const months = Array.from({ length: count }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`);
  return {
    months,
    target: Array.isArray(target) ? target : months.map(() => target),
    roles,
    firstOpenMonth: "2026-01",
    ...over,
  };
}

export const heads = (count: number, tenureMonths: number, leaveMonth?: string) =>
  Array.from({ length: count }, (_, i) => ({
    id: `h${tenureMonths}-${i}`,
    tenureMonths,
    ...(leaveMonth ? { leaveMonth } : {}),
  }));
