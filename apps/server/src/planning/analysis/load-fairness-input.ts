import type { Db } from "@attain/db";
import { addDays, type FairnessInput, type FiscalCalendar, fiscalYearRange } from "@attain/engine";
import type { Scenario } from "../schemas";
import { buildFairnessReps, type FairnessPerson } from "./build-fairness-reps";
import { loadOpenPipeline } from "./load-open-pipeline";
import { loadQuarterlyHistory } from "./load-quarterly-history";

/**
 * The fairness check's input for some of a scenario's person nodes (fetch, then the pure builder): their last 8
 * fiscal quarters of net bookings and their open pipeline closing in the scenario's fiscal year.
 */
export async function loadFairnessInput(
  db: Db,
  params: {
    workspaceId: string;
    scenario: Pick<Scenario, "fiscalYear" | "months" | "assumptions">;
    calendar: FiscalCalendar;
    people: readonly FairnessPerson[];
    draws?: number | undefined;
    seed?: number | undefined;
  },
): Promise<FairnessInput> {
  const { scenario } = params;
  const year = fiscalYearRange(scenario.fiscalYear, params.calendar);
  const personIds = params.people.map((p) => p.personId);
  const [history, pipeline] = await Promise.all([
    loadQuarterlyHistory(db, {
      workspaceId: params.workspaceId,
      personIds,
      yearStart: year.start,
      calendar: params.calendar,
    }),
    loadOpenPipeline(db, {
      workspaceId: params.workspaceId,
      personIds,
      from: year.start,
      toExclusive: addDays(year.end, 1),
    }),
  ]);
  const { fairness } = scenario.assumptions;
  return {
    reps: buildFairnessReps({
      people: params.people,
      months: scenario.months,
      peopleRules: scenario.assumptions.people,
      history,
      pipeline,
    }),
    draws: params.draws ?? fairness.draws,
    seed: params.seed ?? fairness.seed,
    threshold: fairness.threshold,
  };
}
