import { fromDay } from "./days";
import type { QualificationKey } from "./demo-pipeline-settings";
import type { DemoOpportunity } from "./generate-opportunities";
import type { Random } from "./random";

// Chance each MEDDICC item is checked by how far the deal went (1 Qualify … 4 Negotiate, 5 won). The entry criteria
// (Discover: identify pain; Propose: metrics + economic buyer; Negotiate: decision process + champion) are met by most
// deals past them, not all: the ones that skipped a box are flagged `missing_criteria`.
const checked: Record<QualificationKey, readonly number[]> = {
  identify_pain: [0.55, 0.95, 0.97, 0.98, 0.99],
  metrics: [0.2, 0.55, 0.93, 0.96, 0.98],
  economic_buyer: [0.1, 0.4, 0.92, 0.95, 0.97],
  decision_criteria: [0.1, 0.45, 0.7, 0.85, 0.92],
  decision_process: [0.05, 0.25, 0.55, 0.92, 0.96],
  champion: [0.05, 0.3, 0.6, 0.93, 0.97],
  competition: [0.15, 0.4, 0.65, 0.8, 0.88],
};

const nextSteps: readonly (readonly string[])[] = [
  [
    "Discovery call with the head of sales",
    "Qualify budget and timing",
    "Intro call with the operations lead",
  ],
  ["Demo for the operations team", "Requirements workshop", "Map the decision process with the champion"],
  ["Send the proposal", "Review pricing with the CFO", "Business case review with the sponsor"],
  ["Redline the order form", "Security review sign-off", "Final call with procurement"],
];

/**
 * Next step, qualification checklist and buyer contacts of every deal, from a stream of its own (so the deals'
 * other fields keep their draws). Later stages are better qualified and multi-threaded; some open deals have no next
 * step (or an overdue one) and some are single-threaded, so the risk flags have something to show.
 */
export function generateDealHygiene(random: Random, opportunities: DemoOpportunity[], today: number): void {
  for (const opp of opportunities) {
    const level = opp.status === "won" ? 5 : opp.stagesReached;
    const qualification: Record<string, boolean> = {};
    for (const [key, chances] of Object.entries(checked)) {
      // Lost deals were qualified a little less well than those that went as far and are still open.
      qualification[key] = random.chance(chances[level - 1]! * (opp.status === "lost" ? 0.85 : 1));
    }
    opp.qualification = qualification;
    if (opp.status === "open") {
      const single = [0.4, 0.22, 0.12, 0.08][level - 1]!;
      opp.contactCount =
        level === 1 && random.chance(0.08) ? null : random.chance(single) ? 1 : random.int(2, 2 + level);
      if (random.chance([0.2, 0.12, 0.08, 0.06][level - 1]!)) {
        opp.nextStep = null;
        opp.nextStepDue = null;
      } else {
        opp.nextStep = random.pick(nextSteps[level - 1]!);
        // Mostly in the next three weeks; about a third already overdue.
        opp.nextStepDue = fromDay(Math.max(opp.createdDay, today + random.int(-12, 21)));
      }
    } else if (opp.status === "won") {
      opp.contactCount = opp.segment === "SMB" && random.chance(0.2) ? 1 : random.int(2, 7);
    } else {
      opp.contactCount = random.chance(0.1) ? null : random.int(1, 3);
    }
  }
}
