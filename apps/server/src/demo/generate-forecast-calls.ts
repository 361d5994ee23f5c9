import { toDay, monthIndex, timestamp, weekday } from "./days";
import { utcOffsetOf } from "./generate-deal-activities";
import type { DemoOpportunity } from "./generate-opportunities";
import type { DemoPerson } from "./generate-organisation";
import type { DemoPeriod } from "./generate-forecast-periods";
import { formatCents } from "./money";
import type { Random } from "./random";
import type { ExchangeRateRow, ForecastSubmissionRow, ReportingLineRow, StageHistoryRow } from "./types";

type Motion = ForecastSubmissionRow["motion"];
type Called = "commit" | "best_case" | "pipeline";
const motions: readonly Motion[] = ["new_business", "expansion_renewal"];
const called: readonly Called[] = ["commit", "best_case", "pipeline"];

/** A deal as it stood after one history row: from the row's (UTC) day on. */
type DealState = { day: number; stage: string; cents: number; closeDay: number; category: string };
type Deal = { opp: DemoOpportunity; motion: Motion; states: DealState[] };

/** How a seller calls: sandbaggers shave their commit, optimists pull best-case deals into it. */
type Bias = { kind: "sandbagger" | "optimist" | "neutral"; commit: number; pullIn: number; bestCase: number };

type Sums = Record<Motion, Record<Called, number>>;
const emptySums = (): Sums => ({
  new_business: { commit: 0, best_case: 0, pipeline: 0 },
  expansion_renewal: { commit: 0, best_case: 0, pipeline: 0 },
});
/** A deal total of one owner on a Monday (EUR cents), in a roll-up category: won by then (closed) or open. */
export type WeekDeal = {
  ownerId: string;
  motion: Motion;
  category: "closed" | "commit" | "best_case" | "pipeline" | "omitted";
  cents: number;
};
/** The period's deals as they stood on one Monday morning: what a snapshot taken that day would have seen. */
export type DemoForecastWeek = { period: DemoPeriod; monday: number; deals: WeekDeal[] };

/** Calls are round numbers: the nearest €1,000, in cents. */
const round1000 = (cents: number) => Math.max(0, Math.round(cents / 100_000) * 100_000);

export type ForecastCallParams = {
  today: number;
  periods: readonly DemoPeriod[];
  opportunities: readonly DemoOpportunity[];
  /** Each deal's full history (stage rows and changes), in time order. */
  historyOf: (opp: DemoOpportunity) => StageHistoryRow[];
  people: readonly DemoPerson[];
  reportingLines: readonly ReportingLineRow[];
  cro: DemoPerson;
  exchangeRates: readonly ExchangeRateRow[];
};

/**
 * The weekly forecast calls of the demo's past and current quarters, in EUR: every Monday each employed AE calls
 * commit, best case and pipeline per motion from their deals as they stood that morning (closing in the quarter), with
 * their own bias; their manager on that day overrides a few commits with a note after lunch, then submits the team's
 * call (what they see for their reps, with their own judgment); the CRO calls the company in the evening. The
 * effective-dated reporting lines decide who overrides whom, so the UK handover and the US East → West move show.
 */
export function generateForecastCalls(
  random: Random,
  ids: Random,
  params: ForecastCallParams,
): { submissions: ForecastSubmissionRow[]; weeks: DemoForecastWeek[] } {
  const { today, cro } = params;
  const toEur = exchangeRateTable(params.exchangeRates);
  const deals = params.opportunities.map((opp): Deal => {
    const states = params.historyOf(opp).map((row) => ({
      day: toDay(row.enteredAt.slice(0, 10)),
      stage: row.stage,
      cents: centsOf(row.amount),
      closeDay: toDay(row.closeDate),
      category: row.forecastCategory,
    }));
    return { opp, motion: opp.type === "new_business" ? "new_business" : "expansion_renewal", states };
  });
  const byPeriod = new Map<string, Deal[]>();
  for (const deal of deals) {
    for (const period of params.periods) {
      if (deal.states.some((s) => s.closeDay >= period.startDay && s.closeDay <= period.endDay)) {
        const list = byPeriod.get(period.id);
        if (list) list.push(deal);
        else byPeriod.set(period.id, [deal]);
      }
    }
  }
  const sellers = params.people.filter((p) => p.jobRole === "ae");
  const biases = new Map<string, Bias>(sellers.map((p) => [p.id, drawBias(random)]));
  const judgment = new Map<string, number>();
  const managerOn = reportingLookup(params.reportingLines);
  const byId = new Map(params.people.map((p) => [p.id, p]));

  const rows: ForecastSubmissionRow[] = [];
  const weeks: DemoForecastWeek[] = [];
  const submit = (
    period: DemoPeriod,
    author: DemoPerson,
    subject: DemoPerson,
    motion: Motion,
    category: Called,
    cents: number,
    at: string,
    note: string | null = null,
  ) =>
    rows.push({
      id: ids.uuid(),
      periodId: period.id,
      authorId: author.id,
      subjectId: subject.id,
      motion,
      category,
      amount: formatCents(cents),
      currency: "EUR",
      note,
      submittedAt: at,
    });
  const at = (person: DemoPerson, day: number, fromMinute: number, toMinute: number) =>
    timestamp(day, random.int(fromMinute, toMinute) - utcOffsetOf(person.regionKey));

  for (const period of params.periods) {
    if (period.startDay > today) continue;
    const periodDeals = byPeriod.get(period.id) ?? [];
    let monday = period.startDay + ((8 - weekday(period.startDay)) % 7);
    for (; monday <= Math.min(period.endDay, today); monday += 7) {
      // Deals as they stood on the Monday morning (rows of earlier days), closing in the quarter, open.
      const sums = new Map<string, Sums>();
      const largest = new Map<string, { name: string; cents: number }>();
      const weekDeals = new Map<string, WeekDeal>();
      for (const deal of periodDeals) {
        if (deal.opp.createdDay >= monday) continue;
        const state = stateBefore(deal.states, monday);
        if (!state || state.closeDay < period.startDay || state.closeDay > period.endDay) continue;
        if (state.stage === "Closed Lost") continue;
        const owner = ownerOn(deal.opp, monday);
        const eur = toEur(deal.opp.currency, state.closeDay, state.cents);
        const category = state.stage === "Closed Won" ? "closed" : (state.category as WeekDeal["category"]);
        const weekKey = `${owner.id}|${deal.motion}|${category}`;
        const total = weekDeals.get(weekKey);
        if (total) total.cents += eur;
        else weekDeals.set(weekKey, { ownerId: owner.id, motion: deal.motion, category, cents: eur });
        if (state.category !== "commit" && state.category !== "best_case" && state.category !== "pipeline")
          continue;
        if (state.stage === "Closed Won") continue;
        let mine = sums.get(owner.id);
        if (!mine) {
          mine = emptySums();
          sums.set(owner.id, mine);
        }
        mine[deal.motion][state.category] += eur;
        const key = `${owner.id}|${deal.motion}|${state.category}`;
        if ((largest.get(key)?.cents ?? -1) < eur) largest.set(key, { name: deal.opp.name, cents: eur });
      }
      weeks.push({ period, monday, deals: [...weekDeals.values()] });
      // What each manager sees for their direct reports this week, and the reports themselves.
      const seen = new Map<string, Sums>();
      const reports = new Map<string, DemoPerson[]>();
      for (const seller of sellers) {
        if (!(seller.hireDay <= monday && (seller.leaveDay === null || monday <= seller.leaveDay))) continue;
        const bias = biases.get(seller.id)!;
        const deal = sums.get(seller.id) ?? emptySums();
        const managerId = managerOn(seller.id, monday);
        const manager = managerId ? byId.get(managerId) : undefined;
        let view = manager ? seen.get(manager.id) : undefined;
        if (manager && !view) {
          view = emptySums();
          seen.set(manager.id, view);
          reports.set(manager.id, []);
        }
        if (manager) reports.get(manager.id)!.push(seller);
        const callAt = at(seller, monday, 8 * 60 + 30, 11 * 60 + 30);
        for (const motion of motions) {
          const noise = () => Math.max(0, 1 + 0.04 * random.normal());
          const own: Record<Called, number> = {
            commit: round1000(
              (deal[motion].commit * bias.commit + deal[motion].best_case * bias.pullIn) * noise(),
            ),
            best_case: round1000(deal[motion].best_case * bias.bestCase * noise()),
            pipeline: round1000(deal[motion].pipeline),
          };
          for (const category of called)
            submit(period, seller, seller, motion, category, own[category], callAt);
          const commitNumber = { value: own.commit };
          if (manager && own.commit + deal[motion].best_case > 0 && random.chance(0.08)) {
            const override = overrideOf(bias, deal[motion], own.commit, random);
            const deal1 = largest.get(
              `${seller.id}|${motion}|${override.down ? "commit" : "best_case"}`,
            )?.name;
            // A haircut needs a commit to cut, an addition best-case deals to add.
            if (
              override.cents !== own.commit &&
              (override.down ? own.commit > 0 : deal[motion].best_case > 0)
            ) {
              const note = override.down
                ? deal1
                  ? `Haircut: ${deal1} is likely to slip to next quarter`
                  : "Haircut: no signed paper yet on the commit deals"
                : deal1
                  ? `Adding ${deal1}: the buyer confirmed budget and timing`
                  : "Adding upside: the rep's commit is conservative";
              submit(
                period,
                manager,
                seller,
                motion,
                "commit",
                override.cents,
                at(manager, monday, 13 * 60, 15 * 60),
                note,
              );
              commitNumber.value = override.cents;
            }
          }
          if (view) {
            view[motion].commit += commitNumber.value;
            view[motion].best_case += own.best_case;
            view[motion].pipeline += own.pipeline;
          }
        }
      }
      // First-line managers call their team; the CRO the whole sales organisation (from what reaches them).
      const croView = emptySums();
      for (const [managerId, view] of seen) {
        if (managerId === cro.id) {
          for (const motion of motions)
            for (const category of called) croView[motion][category] += view[motion][category];
          continue;
        }
        const manager = byId.get(managerId)!;
        let factor = judgment.get(managerId);
        if (factor === undefined) {
          factor = 0.93 + 0.1 * random.float();
          judgment.set(managerId, factor);
        }
        const teamAt = at(manager, monday, 16 * 60, 17 * 60 + 30);
        for (const motion of motions) {
          for (const category of called) {
            const cents = round1000(view[motion][category] * (category === "pipeline" ? 1 : factor));
            submit(period, manager, manager, motion, category, cents, teamAt);
            if (managerOn(managerId, monday) === cro.id) croView[motion][category] += cents;
          }
        }
      }
      const croAt = at(cro, monday, 18 * 60, 19 * 60);
      for (const motion of motions)
        for (const category of called)
          submit(
            period,
            cro,
            cro,
            motion,
            category,
            round1000(croView[motion][category] * (category === "commit" ? 0.98 : 1)),
            croAt,
          );
    }
  }
  return { submissions: rows, weeks };
}

function drawBias(random: Random): Bias {
  const roll = random.float();
  if (roll < 0.3)
    return { kind: "sandbagger", commit: 0.7 + 0.15 * random.float(), pullIn: 0, bestCase: 0.8 };
  if (roll < 0.55) return { kind: "optimist", commit: 1, pullIn: 0.25 + 0.2 * random.float(), bestCase: 1.1 };
  return { kind: "neutral", commit: 0.95 + 0.1 * random.float(), pullIn: 0, bestCase: 1 };
}

/** A manager's correction of a rep's commit: up for sandbaggers, down for optimists, either way for the rest. */
function overrideOf(
  bias: Bias,
  deals: Record<Called, number>,
  call: number,
  random: Random,
): { cents: number; down: boolean } {
  if (bias.kind === "sandbagger")
    return { cents: round1000(deals.commit + 0.2 * deals.best_case), down: false };
  if (bias.kind === "optimist") return { cents: round1000(deals.commit * 0.95), down: true };
  const down = random.chance(0.5);
  return { cents: round1000(call * (down ? 0.85 : 1.15)), down };
}

/** The deal's state from the last row of a day before `day` (null before it existed). */
function stateBefore(states: readonly DealState[], day: number): DealState | null {
  let found: DealState | null = null;
  for (const state of states) {
    if (state.day >= day) break;
    found = state;
  }
  return found;
}

/** Who owned the deal on `day`: whoever worked it first, until they left and it was handed over. */
function ownerOn(opp: DemoOpportunity, day: number): DemoPerson {
  const first = opp.firstOwner;
  return first.id !== opp.owner.id && first.leaveDay !== null && day > first.leaveDay ? opp.owner : first;
}

/** person → manager on a day, from the effective-dated reporting lines (`valid_to` exclusive). */
function reportingLookup(
  lines: readonly ReportingLineRow[],
): (personId: string, day: number) => string | null {
  const byPerson = new Map<string, { from: number; to: number | null; managerId: string }[]>();
  for (const line of lines) {
    const list = byPerson.get(line.personId) ?? [];
    list.push({
      from: toDay(line.validFrom),
      to: line.validTo === null ? null : toDay(line.validTo),
      managerId: line.managerId,
    });
    byPerson.set(line.personId, list);
  }
  return (personId, day) =>
    byPerson.get(personId)?.find((l) => l.from <= day && (l.to === null || day < l.to))?.managerId ?? null;
}

/** Local cents → EUR cents at the rate of the close date's month (the latest on or before it), to the cent. */
function exchangeRateTable(rates: readonly ExchangeRateRow[]) {
  const table = new Map<string, { first: number; byMonth: Map<number, number> }>();
  for (const rate of rates) {
    const month = monthIndex(toDay(rate.month));
    // Four decimals, as integers: exact.
    const ten = Number(rate.rate.replace(".", ""));
    let series = table.get(rate.currency);
    if (!series) {
      series = { first: month, byMonth: new Map() };
      table.set(rate.currency, series);
    }
    series.first = Math.min(series.first, month);
    series.byMonth.set(month, ten);
  }
  return (currency: string, closeDay: number, cents: number): number => {
    const series = table.get(currency);
    if (!series) return cents;
    let month = monthIndex(closeDay);
    while (!series.byMonth.has(month) && month > series.first) month--;
    const ten = series.byMonth.get(month) ?? series.byMonth.get(series.first)!;
    return Math.round((cents * ten) / 10_000);
  };
}

function centsOf(amount: string): number {
  const negative = amount.startsWith("-");
  const [whole, fraction = "0"] = amount.replace("-", "").split(".");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0").slice(0, 2));
  return negative ? -cents : cents;
}
