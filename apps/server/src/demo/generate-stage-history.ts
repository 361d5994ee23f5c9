import { stages } from "./catalog";
import { fromDay, isWeekend } from "./days";
import type { DemoOpportunity } from "./generate-opportunities";
import { formatCents } from "./money";
import { createRandom, type Random } from "./random";
import type { OpportunityRow, StageHistoryRow } from "./types";

const categoryOf: Record<string, OpportunityRow["forecastCategory"]> = {
  Qualify: "pipeline",
  Discover: "pipeline",
  Propose: "best_case",
  Negotiate: "commit",
  "Closed Won": "closed",
  "Closed Lost": "omitted",
};

/**
 * The stage changes of one deal, rebuilt from its `historySeed`: time-ordered, starting on the day it was created and
 * ending at its current stage, with the amount (an estimate until a quote exists) and the expected close date at
 * each step; about a third of deals were pushed (their expected close date moved later).
 */
export function generateStageHistory(
  opp: DemoOpportunity,
  ids: Random,
  today: number,
  utcOffsetMinutes: number,
): StageHistoryRow[] {
  const random = createRandom(opp.historySeed);
  const path: string[] = stages.slice(0, opp.stagesReached);
  if (opp.status === "won" && opp.segment === "SMB") {
    if (random.chance(0.2)) path.splice(path.indexOf("Discover"), 1);
    if (random.chance(0.3)) path.splice(path.indexOf("Negotiate"), 1);
  }
  if (opp.status !== "open") path.push(opp.stage);
  const end = opp.status === "open" ? Math.min(today, Math.max(opp.createdDay, opp.closeDay)) : opp.closeDay;
  const openSteps = opp.status === "open" ? path.length : path.length - 1;
  // Fractions of the deal's life at which each open stage began (the first at creation).
  const fractions = [0];
  for (let k = 1; k < openSteps; k++) fractions.push(random.float());
  fractions.sort((a, b) => a - b);
  const pushed = path.length > 1 && random.chance(0.35);
  const pushIndex = pushed ? random.int(1, Math.max(1, path.length - 1)) : 0;
  const firstClose = pushed ? Math.max(opp.createdDay + 7, opp.closeDay - random.int(14, 60)) : opp.closeDay;

  const rows: StageHistoryRow[] = [];
  let previous = -Infinity;
  path.forEach((stage, k) => {
    let day =
      k < openSteps ? opp.createdDay + Math.floor(fractions[k]! * (end - opp.createdDay) * 0.95) : end;
    if (isWeekend(day) && day + 2 <= end) day += 2;
    // Office hours 08:00–17:00 local time, as minutes since the epoch in UTC; strictly after the previous step.
    const local = day * 1440 + random.int(8 * 60, 17 * 60) - utcOffsetMinutes;
    const at = Math.max(local, previous + random.int(5, 90));
    previous = at;
    // Until a quote exists (Propose) the amount is the seller's estimate; a deal lost early keeps it.
    const quoted =
      stage === "Qualify" || stage === "Discover"
        ? false
        : stage === "Closed Lost"
          ? opp.stagesReached >= 3
          : true;
    rows.push({
      id: ids.uuid(),
      opportunityId: opp.id,
      stage,
      enteredAt: formatMinutes(at),
      amount: formatCents(quoted ? opp.totalCents : opp.estimateCents),
      closeDate: fromDay(k < pushIndex ? firstClose : opp.closeDay),
      forecastCategory:
        opp.status === "open" && k === path.length - 1 ? opp.forecastCategory : categoryOf[stage]!,
    });
  });
  return rows;
}

function formatMinutes(minutes: number): string {
  const day = Math.floor(minutes / 1440);
  const rest = minutes - day * 1440;
  return `${fromDay(day)} ${String(Math.floor(rest / 60)).padStart(2, "0")}:${String(rest % 60).padStart(2, "0")}:00+00`;
}
