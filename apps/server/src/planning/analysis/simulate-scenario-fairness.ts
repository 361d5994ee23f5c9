import type { Db } from "@attain/db";
import { type FiscalCalendar, simulateAttainment } from "@attain/engine";
import { withPlanningProblems } from "../planning-problem";
import type { Scenario } from "../schemas";
import { loadFairnessInput } from "./load-fairness-input";
import type { ScenarioPeople } from "./load-scenario-people";
import type { Fairness } from "./schemas";

/** The engine's Monte Carlo fairness check on a scenario's (visible) people, with names, quotas and the inputs used. */
export async function simulateScenarioFairness(
  db: Db,
  params: {
    workspaceId: string;
    scenario: Scenario;
    calendar: FiscalCalendar;
    people: ScenarioPeople;
    draws?: number | undefined;
    seed?: number | undefined;
  },
): Promise<Fairness> {
  const { scenario, people } = params;
  const input = await loadFairnessInput(db, { ...params, people: people.people });
  const result = withPlanningProblems(() => simulateAttainment(input), "fairness");
  const personOf = new Map(people.people.map((p) => [p.nodeId, p]));
  const inputOf = new Map(input.reps.map((r) => [r.id, r]));
  const nameOf = (id: string) => (id === "company" ? "Company" : (people.names.get(id) ?? id));
  return {
    scenarioId: scenario.id,
    threshold: scenario.assumptions.fairness.threshold,
    reps: result.reps.map((rep) => {
      const rowInput = inputOf.get(rep.id);
      return {
        ...rep,
        personId: personOf.get(rep.id)?.personId ?? "",
        name: personOf.get(rep.id)?.name ?? rep.id,
        quota: rowInput?.quota ?? "0",
        inputs: {
          history: rowInput?.history ?? [],
          pipeline: rowInput?.pipeline ?? [],
          capacityFactor: rowInput?.capacityFactor ?? "0",
        },
      };
    }),
    teams: result.teams.map((team) => ({ ...team, name: nameOf(team.id) })),
    company: { ...result.company, name: nameOf("company") },
    excluded: result.excluded ?? [],
    draws: result.draws,
    seed: result.seed,
    model: result.model,
  };
}
