import { stages } from "./catalog";
import { fromDay, isWeekend, timestamp, toDay } from "./days";
import type { DemoOpportunity } from "./generate-opportunities";
import { formatCents } from "./money";
import { createRandom, hashString, mixSeed, type Random } from "./random";
import type { StageHistoryRow } from "./types";

const salt = hashString("deal-changes");
const quotedStages = new Set<string>([stages[2], stages[3]]);

/**
 * Adds to a deal's stage history the changes that happen without a stage change (the history records every change of
 * stage, amount, close date or category): close dates pushed once or twice more, and quotes cut by 20–40% in
 * negotiation. The draws come from a stream salted from the deal's history seed, so the stage rows keep theirs; the
 * rows before a change are given the value it replaced, and the last row still carries the deal's current values.
 */
export function addDealChanges(
  opp: DemoOpportunity,
  rows: StageHistoryRow[],
  ids: Random,
  today: number,
  utcOffsetMinutes: number,
): StageHistoryRow[] {
  const random = createRandom(mixSeed(opp.historySeed, salt));
  const open = opp.status === "open";
  const pushes = random.chance(open ? 0.3 : 0.12) ? random.int(1, 2) : 0;
  const cut = opp.stagesReached >= 3 && random.chance(open ? 0.16 : 0.06);
  if (pushes === 0 && !cut) return rows;
  // Changes fall after the last stage change and before today (open) or the closing row (won or lost).
  const lastOpen = open ? rows.length - 1 : rows.length - 2;
  if (lastOpen < 0) return rows;
  const first = toDay(rows[lastOpen]!.enteredAt.slice(0, 10)) + 1;
  const end = open ? today : toDay(rows[rows.length - 1]!.enteredAt.slice(0, 10));
  const kinds: ("push" | "cut")[] = [];
  const close = opp.closeDay;
  // Close dates before the pushes, earliest first, each 1–6 weeks before the next; none before the older ones.
  const floor = Math.max(
    opp.createdDay + 7,
    ...rows.slice(0, lastOpen + 1).map((r) => (r.closeDate === opp.closeDate ? 0 : toDay(r.closeDate))),
  );
  const closeDates = [close];
  for (let p = 0; p < pushes; p++) {
    const earlier = closeDates[0]! - random.int(7, 42);
    if (earlier <= floor) break;
    closeDates.unshift(earlier);
    kinds.push("push");
  }
  if (cut) kinds.push("cut");
  if (kinds.length === 0 || end - first < kinds.length + 1) return rows;
  for (let i = kinds.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  const days = new Set<number>();
  // Workdays when there are (a bounded number of tries: a short span may hold only a weekend).
  for (let tries = 0; days.size < kinds.length; tries++) {
    const day = random.int(first, end - 1);
    if (!isWeekend(day) || tries > 40) days.add(day);
  }
  const eventDays = [...days].sort((a, b) => a - b);

  const peakCents = Math.round((opp.totalCents * (1.25 + 0.4 * random.float())) / 10_000) * 10_000;
  const before = rows.slice(0, lastOpen + 1).map((row) => ({
    ...row,
    closeDate:
      closeDates.length > 1 && row.closeDate === opp.closeDate ? fromDay(closeDates[0]!) : row.closeDate,
    amount:
      cut && quotedStages.has(row.stage) && row.amount === opp.amount ? formatCents(peakCents) : row.amount,
  }));
  const last = before[before.length - 1]!;
  let amount = last.amount;
  let pushed = 0;
  const changes = kinds.map((kind, k): StageHistoryRow => {
    if (kind === "push") pushed++;
    else amount = opp.amount;
    const day = eventDays[k]!;
    return {
      id: ids.uuid(),
      opportunityId: opp.id,
      stage: last.stage,
      enteredAt: timestamp(day, random.int(8 * 60, 17 * 60) - utcOffsetMinutes),
      amount,
      // Before the first push the close date stays what the last stage row said (a closed deal's may differ).
      closeDate: pushed === 0 ? last.closeDate : fromDay(closeDates[pushed]!),
      forecastCategory: last.forecastCategory,
    };
  });
  return open ? [...before, ...changes] : [...before, ...changes, rows[rows.length - 1]!];
}
