import {
  compareAmounts,
  divideAmount,
  type FairnessRep,
  monthFactors,
  multiplyAmount,
  sumAmounts,
} from "@attain/engine";
import type { Assumptions } from "../schemas";
import type { OpenDeal } from "./load-open-pipeline";
import type { QuarterActual } from "./load-quarterly-history";

export type FairnessPerson = {
  nodeId: string;
  parentNodeId: string | null;
  personId: string;
  annual: string;
  hireDate: string | null;
  leaveDate: string | null;
};

/**
 * The fairness check's reps, on one grain — the fiscal year — so attainment is the annual quota's:
 * - quota: the person's annual quota in the scenario;
 * - history: each of the last 8 fiscal quarters' net bookings × 4, i.e. eight samples of the annual run rate (the
 *   spread of quarters is wider than that of whole years, so the distribution errs on the wide, cautious side);
 *   quarters that began before the hire date are left out, as they show a partial or ramping seller;
 * - pipeline: open deals closing in the year with their category's win probability;
 * - capacityFactor: the mean over the year's 12 months of ramp × availability (engine monthFactors), so a rep
 *   hired in the year or leaving it gets the run rate of the months they sell.
 */
export function buildFairnessReps(input: {
  people: readonly FairnessPerson[];
  months: string[];
  peopleRules: Assumptions["people"];
  history: ReadonlyMap<string, QuarterActual[]>;
  pipeline: ReadonlyMap<string, OpenDeal[]>;
}): FairnessRep[] {
  return input.people.map((person) => {
    const quarters = (input.history.get(person.personId) ?? []).filter(
      (q) => person.hireDate === null || q.start >= person.hireDate,
    );
    const factors = monthFactors(
      { id: person.nodeId, hireDate: person.hireDate, leaveDate: person.leaveDate },
      input.months,
      input.peopleRules.proration,
      input.peopleRules.ramp,
    );
    return {
      id: person.nodeId,
      teamId: person.parentNodeId ?? "company",
      quota: person.annual,
      // A quarter whose cancellations outweigh its bookings sold nothing new: as a sample of the run rate it is 0
      // (the engine's run-rate model is non-negative), not a negative sale.
      history: quarters.map((q) => (compareAmounts(q.amount, "0") < 0 ? "0" : multiplyAmount(q.amount, "4"))),
      pipeline: [...(input.pipeline.get(person.personId) ?? [])],
      capacityFactor: divideAmount(
        sumAmounts(factors.map((f) => f.factor)),
        String(factors.length),
        6,
        "half_even",
      ),
    };
  });
}
