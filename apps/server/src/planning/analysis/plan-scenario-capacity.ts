import type { CapacityInput, CapacityPlan, CapacityRolePlan, SensitivityRow } from "@attain/engine";
import { withPlanningProblems } from "../planning-problem";
import type { CapacityDriver, CapacityRoleAssumption, Scenario } from "../schemas";
import {
  buildCapacityInput,
  type CapacityHeads,
  type CapacityPerson,
  capacityHeadsOf,
  capacityRoleOf,
} from "./build-capacity-input";
import { capacityRolesOf, QUOTA_ROLE } from "./capacity-roles";
import { type CapacityTotals, sumCapacityTotals } from "./sum-capacity-totals";
import { planCoverageCapacity } from "./plan-coverage-capacity";
import { planRoleCapacity, supportingTarget } from "./plan-role-capacity";

export type RoleCapacityReport = CapacityRolePlan & {
  driver: CapacityDriver;
  /** What target, capacity and gap count: the scenario's measure, or heads of the covered role. */
  unit: "amount" | "heads";
  coverage: { of: string; ratio: string } | null;
  /** Heads at the year's start, and hires already made that start during it. */
  currentHeads: number;
  startingHeads: number;
  sensitivity: SensitivityRow[];
};

/**
 * The capacity plan of a scenario. The top-level figures are the quota role's (AEs against the target, as the
 * comparison reads them); `roles` has every role in the assumptions' order; `totals` adds heads and hires up
 * across roles.
 */
export type ScenarioCapacity = Omit<CapacityPlan, "roles"> & {
  scenarioId: string;
  sensitivity: SensitivityRow[];
  roles: RoleCapacityReport[];
  totals: CapacityTotals;
};

// Coverage roles are planned last: what they cover must be planned first (a coverage role never covers another).
const planningOrder: Record<CapacityDriver, number> = { quota: 0, overlay: 1, coverage: 2 };

/**
 * The engine's capacity plan for a scenario's people and assumptions, role by role: the AE role from the person
 * nodes against the target; each overlay role from `supportingPeople` against the whole target; each coverage
 * role against the heads its covered role's plan has each month. Each role has the four standard sensitivity
 * rows, applied to that role alone.
 */
export function planScenarioCapacity(
  scenario: Pick<Scenario, "id" | "months" | "assumptions">,
  people: readonly CapacityPerson[],
  today: string,
  supportingPeople: ReadonlyMap<string, readonly CapacityPerson[]> = new Map(),
): ScenarioCapacity {
  const { months, assumptions } = scenario;
  return withPlanningProblems(() => {
    const input = buildCapacityInput({ months, assumptions, people, today });
    const assumed = capacityRolesOf(assumptions);
    const plans = new Map<string, CapacityRolePlan>();
    const reports = new Map<string, RoleCapacityReport>();
    const order = assumed
      .map((assumption, index) => ({ assumption, index }))
      .sort((a, b) => planningOrder[a.assumption.driver] - planningOrder[b.assumption.driver]);
    let quota: ReturnType<typeof planRoleCapacity> | undefined;
    for (const { assumption, index } of order) {
      const isQuota = assumption.role === QUOTA_ROLE;
      const heads = isQuota
        ? { current: input.roles[0]?.current ?? [], openRequisitions: input.roles[0]?.openRequisitions ?? [] }
        : capacityHeadsOf(supportingPeople.get(assumption.role) ?? [], months);
      const roleInput = isQuota
        ? input
        : supportingInput(assumption, heads, { input, plans, index, ramp: assumptions.people.ramp });
      const planned =
        assumption.driver === "coverage"
          ? planCoverageCapacity(roleInput, index, quota?.sensitivity.map((row) => row.label) ?? [])
          : planRoleCapacity(roleInput, index);
      if (isQuota) quota = planned;
      plans.set(assumption.role, planned.plan);
      reports.set(assumption.role, {
        ...planned.plan,
        driver: assumption.driver,
        unit: assumption.driver === "coverage" ? "heads" : "amount",
        coverage: assumption.driver === "coverage" ? (assumption.coverage ?? null) : null,
        currentHeads: heads.current.length,
        startingHeads: heads.openRequisitions.length,
        sensitivity: planned.sensitivity,
      });
    }
    if (quota === undefined) throw new Error("planScenarioCapacity: the assumptions have no ae role");
    const roles = assumed.flatMap((assumption) => reports.get(assumption.role) ?? []);
    const { roles: _quotaRoles, ...quotaFigures } = quota.whole;
    return {
      scenarioId: scenario.id,
      ...quotaFigures,
      sensitivity: quota.sensitivity,
      roles,
      totals: sumCapacityTotals(months, roles),
    };
  }, "capacity");
}

/** The one-role input of a supporting role: its heads, against what its driver plans it by (supportingTarget). */
function supportingInput(
  assumption: CapacityRoleAssumption,
  heads: CapacityHeads,
  context: {
    input: CapacityInput;
    plans: ReadonlyMap<string, CapacityRolePlan>;
    index: number;
    ramp: CapacityInput["roles"][number]["ramp"];
  },
): CapacityInput {
  const { input } = context;
  const basis = supportingTarget(assumption, {
    target: input.target,
    plans: context.plans,
    index: context.index,
  });
  return {
    months: input.months,
    target: basis.target,
    roles: [capacityRoleOf(assumption, heads, { ramp: context.ramp, productivity: basis.productivity })],
    firstOpenMonth: input.firstOpenMonth,
    ...(basis.places === undefined ? {} : { places: basis.places }),
  };
}
