import { type CapacityPlan, capacitySensitivity, planCapacity, type SensitivityRow } from "@attain/engine";
import { withPlanningProblems } from "../planning-problem";
import type { Scenario } from "../schemas";
import { buildCapacityInput, type CapacityPerson } from "./build-capacity-input";
import { standardVariations } from "./standard-variations";

export type ScenarioCapacity = CapacityPlan & { scenarioId: string; sensitivity: SensitivityRow[] };

/** The engine's capacity plan for a scenario's people and assumptions, with the four standard sensitivity rows. */
export function planScenarioCapacity(
  scenario: Pick<Scenario, "id" | "months" | "assumptions">,
  people: readonly CapacityPerson[],
  today: string,
): ScenarioCapacity {
  const input = buildCapacityInput({
    months: scenario.months,
    assumptions: scenario.assumptions,
    people,
    today,
  });
  return withPlanningProblems(
    () => ({
      scenarioId: scenario.id,
      ...planCapacity(input),
      sensitivity: capacitySensitivity(input, standardVariations),
    }),
    "capacity",
  );
}
