import { addDays, daysBetween } from "../../calendar/dates";
import { dayNumber } from "./day-number";
import { createOwnerHistory } from "./owner-history";
import type { WinDeal, WinExample } from "./types";

/**
 * Training states of closed deals: each deal at each open-stage entry and every `stepDays` it stayed in that stage
 * (so time in stage varies), labelled with its outcome. Owner features use only deals closed before each state.
 */
export function buildWinExamples(
  deals: readonly WinDeal[],
  options: { stepDays: number; history?: readonly WinDeal[] },
): WinExample[] {
  const ownerRecord = ownerRecordOf(options.history ?? deals);
  const examples: WinExample[] = [];
  for (const deal of deals) {
    if (deal.won === null || deal.closeDate === null) continue;
    const closeDate = deal.closeDate;
    deal.stageEntries.forEach((entry, index) => {
      const leftOn = deal.stageEntries[index + 1]?.enteredOn ?? closeDate;
      const stayed = Math.max(daysBetween(entry.enteredOn, leftOn), 0);
      for (let inStage = 0; inStage === 0 || inStage < stayed; inStage += options.stepDays) {
        const on = addDays(entry.enteredOn, inStage);
        if (on > closeDate) break;
        examples.push(stateOf(deal, entry.stage, entry.enteredOn, on, ownerRecord, closeDate));
      }
    });
  }
  return examples;
}

/** An open deal's state on `asOf` (its latest stage entry on or before that day). */
export function openDealState(deal: WinDeal, asOf: string, history: readonly WinDeal[]): WinExample {
  return openDealStates([deal], asOf, history)[0] as WinExample;
}

/** Many open deals at once, sharing one index of the owners' records. */
export function openDealStates(
  deals: readonly WinDeal[],
  asOf: string,
  history: readonly WinDeal[],
): WinExample[] {
  const ownerRecord = ownerRecordOf(history);
  return deals.map((deal) => {
    const entries = deal.stageEntries.filter((entry) => entry.enteredOn <= asOf);
    const entry = entries[entries.length - 1] ??
      deal.stageEntries[0] ?? { stage: "(none)", enteredOn: deal.createdOn };
    const enteredOn = entry.enteredOn <= asOf ? entry.enteredOn : asOf;
    return stateOf(deal, entry.stage, enteredOn, asOf, ownerRecord, null);
  });
}

function ownerRecordOf(history: readonly WinDeal[]) {
  return createOwnerHistory(
    history.flatMap((deal) =>
      deal.won === null || deal.closeDate === null
        ? []
        : [{ ownerId: deal.ownerId, closeDate: deal.closeDate, won: deal.won }],
    ),
  );
}

function stateOf(
  deal: WinDeal,
  stage: string,
  enteredOn: string,
  on: string,
  ownerRecord: ReturnType<typeof createOwnerHistory>,
  closeDate: string | null,
): WinExample {
  const today = dayNumber(on);
  const daysInStage = Math.max(today - dayNumber(enteredOn), 0);
  const ageDays = Math.max(today - dayNumber(deal.createdOn), 0);
  const owner = ownerRecord(deal.ownerId, on);
  return {
    dealId: deal.id,
    on,
    stage,
    daysInStage,
    ageDays,
    daysToClose: closeDate === null ? null : dayNumber(closeDate) - today,
    won: closeDate === null ? null : deal.won,
    categorical: { stage, ...deal.categorical },
    numeric: {
      logAmount: deal.amount === null || deal.amount < 0 ? null : Math.log1p(deal.amount),
      logDaysInStage: Math.log1p(daysInStage),
      logAgeDays: Math.log1p(ageDays),
      ownerWinRate: owner.winRate,
      ownerLogDeals: Math.log1p(owner.deals),
      ...deal.numeric,
    },
  };
}
