import {
  type CapacityInput,
  type CapacityPlan,
  type CapacityRolePlan,
  capacitySensitivity,
  PlanningInputError,
  planCapacity,
  type SensitivityRow,
} from "@attain/engine";
import type { CapacityRoleAssumption } from "../schemas";
import { standardVariations } from "./standard-variations";

/** Heads are shown to 4 places; a coverage role's target and capacity are heads, so they keep the same places. */
export const COVERAGE_PLACES = 4;

export type RoleCapacity = {
  /** The engine's plan of this one role (its months, hires, shortfalls and trace are the role's). */
  whole: CapacityPlan;
  plan: CapacityRolePlan;
  sensitivity: SensitivityRow[];
};

/**
 * One role planned alone (the engine plans roles independently, so alone and together give the same figures)
 * with the four standard variations applied to it. The engine's problems name `roles[0]`; they are renamed to the
 * role's place in the assumptions (`roles[index]`) so the 422 points at the field the planner typed.
 */
export function planRoleCapacity(input: CapacityInput, index: number): RoleCapacity {
  try {
    const whole = planCapacity(input);
    const [plan] = whole.roles;
    if (plan === undefined) throw new Error("planRoleCapacity: the engine returned no role");
    return { whole, plan, sensitivity: capacitySensitivity(input, standardVariations) };
  } catch (error) {
    throw renamedIssues(error, index);
  }
}

/** The engine's problems of a one-role input (`roles[0]…`) named by the role's place in the assumptions. */
export function renamedIssues(error: unknown, index: number): unknown {
  if (!(error instanceof PlanningInputError) || index === 0) return error;
  return new PlanningInputError(
    error.issues.map((issue) => ({
      ...issue,
      ...(issue.field === undefined ? {} : { field: issue.field.replace(/^roles\[0\]/, `roles[${index}]`) }),
    })),
  );
}

/**
 * The target a supporting role is planned against, by its driver: an overlay role supports the whole target (in
 * the measure); a coverage role must cover the heads the covered role's plan has each month (after its hires),
 * so its "target" is those heads and its productivity is the ratio (one ramped head covers `ratio` heads).
 */
export function supportingTarget(
  assumption: CapacityRoleAssumption,
  context: { target: readonly string[]; plans: ReadonlyMap<string, CapacityRolePlan>; index: number },
): { target: string[]; productivity: string; places: number | undefined } {
  if (assumption.driver !== "coverage" || assumption.coverage === undefined)
    return { target: [...context.target], productivity: assumption.productivity ?? "0", places: undefined };
  const covered = context.plans.get(assumption.coverage.of);
  // Stored roles are checked when saved; one that still covers no planned role is named, not a crash.
  if (covered === undefined)
    throw new PlanningInputError([
      {
        code: "invalid",
        message: `Role ${assumption.role} covers ${assumption.coverage.of}, which is not a quota or overlay role of the plan`,
        field: `roles[${context.index}].coverage.of`,
      },
    ]);
  return {
    target: covered.months.map((month) => month.heads),
    productivity: assumption.coverage.ratio,
    places: COVERAGE_PLACES,
  };
}
