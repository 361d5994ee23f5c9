import type { MboComponent, PlanDefinition } from "@attain/engine";
import { reportingTreesAsOf } from "../compensation/calculation/reporting-trees";
import { dayOf, fromDay, monthIndex, monthOf, monthStart, timestamp, toDay, toWorkday, yearOf } from "./days";
import { demoPlans } from "./demo-plans";
import type { TableData } from "./demo-tables";
import type { DemoCompany } from "./generate-demo-company";
import type { DemoPerson } from "./generate-organisation";
import { monthCapacity, seasonalShare } from "./generate-targets";
import { formatCents } from "./money";
import { createRandom, hashString, mixSeed } from "./random";
import type { CompQuotaRow, CreditSplitRow, LeadRow, MboScoreRow, ReportingLineRow } from "./types";

/** Opportunity id → the SDR who qualified the lead it was converted from. */
export type SourcedDeals = ReadonlyMap<string, string>;

/** Annual target incentive (EUR) by job role; people on none of these roles get no plan. */
const targetIncentives: Record<string, string> = {
  ae: "60000.00",
  sdr: "24000.00",
  manager: "45000.00",
  director: "70000.00",
};

/** Months between an SDR's start and their first sourced deals closing, on top of their ramp (deals take 1–4 months). */
const SOURCING_LAG_MONTHS = 2;
/** SDR quotas are set so that this share of SDR-quarters reaches 70% (a healthy plan's rule of thumb). */
const SDR_SHARE_AT_70 = 0.7;

type Quarter = { key: string; year: number; start: number; end: number; months: number[] };

/** Adds the SDR of every converted lead (a lead with an SDR and an opportunity) to `into`. */
export function collectSourcedDeals(leads: Iterable<LeadRow>, into = new Map<string, string>()) {
  for (const lead of leads) if (lead.opportunityId && lead.sdrId) into.set(lead.opportunityId, lead.sdrId);
  return into;
}

/**
 * The demo's compensation data as rows, in foreign-key order (pure; `sourced` comes from the streamed leads):
 * - plans (demo-plans.ts), published; assignments from each payee's hire date: AEs on the AE plan, SDRs on the SDR
 *   plan, regional sales managers (who lead AEs) on the override plan, the Head of Sales Development (who leads the
 *   SDRs) on the SDR plan paid on the team's overlay credit; the Head of Customer Success leads no quota carriers and
 *   has no plan.
 * - quarterly bookings quotas: AEs' from their monthly booking targets; SDRs' on the deals they sourced (per region
 *   and year from a fully ramped SDR's sourced bookings, ramped and prorated, sized so that about 70% of SDR-quarters
 *   reach 70%); each manager's = the sum of the quotas of the people in their reporting tree who manage nobody on the
 *   quarter's last day: what the calculation derives as their team quota, so the two agree.
 * - credit splits: overlay share 1 on each sourced deal to its SDR and to the SDR's manager.
 * - MBO scores for every closed quarter of everyone on the SDR plan, scored by their manager, 0.60–1.20, seeded.
 */
export function generateCompensation(company: DemoCompany, sourced: SourcedDeals): TableData[] {
  const from = company.firstDay;
  const currency = company.workspace.reportingCurrency;
  const today = toDay(company.options.today);
  const definitions = demoPlans(from, currency);
  const planIds: Record<string, string> = {
    "ae-standard": company.workspace.id.replace(/^.{8}/, "c0000001"),
    "sdr-standard": company.workspace.id.replace(/^.{8}/, "c0000002"),
    "manager-override": company.workspace.id.replace(/^.{8}/, "c0000003"),
  };
  const people = new Map(company.people.map((p) => [p.id, p]));
  const managerOn = managerLookup(company.reportingLines);

  const leads = new Map<string, Set<string>>();
  for (const line of company.reportingLines) {
    const roles = leads.get(line.managerId) ?? new Set();
    roles.add(people.get(line.personId)!.jobRole);
    leads.set(line.managerId, roles);
  }
  const planOf = (p: DemoPerson): string | null => {
    if (p.jobRole === "ae") return "ae-standard";
    if (p.jobRole === "sdr") return "sdr-standard";
    if (p.jobRole !== "manager" && p.jobRole !== "director") return null;
    const team = leads.get(p.id);
    if (team?.has("ae") || team?.has("manager")) return "manager-override";
    return team?.has("sdr") ? "sdr-standard" : null;
  };
  const assigned = company.people.flatMap((p) => {
    const planKey = planOf(p);
    return planKey === null
      ? []
      : [{ person: p, planKey, validFrom: p.hireDate > from ? p.hireDate : from, validTo: p.leaveDate }];
  });
  const planKeyOf = new Map(assigned.map((a) => [a.person.id, a.planKey]));

  const splits: CreditSplitRow[] = [];
  for (const opp of company.opportunities) {
    const sdrId = sourced.get(opp.id);
    if (sdrId === undefined) continue;
    splits.push({ opportunityId: opp.id, personId: sdrId, share: "1", role: "overlay" });
    const lead = managerOn(sdrId, opp.createdOn);
    if (lead !== null && lead !== sdrId && planKeyOf.get(lead) === "sdr-standard")
      splits.push({ opportunityId: opp.id, personId: lead, share: "1", role: "overlay" });
  }

  const year = yearOf(today);
  const quarters: Quarter[] = [];
  for (let y = yearOf(toDay(from)); y <= year; y++)
    for (let q = 1; q <= 4; q++) {
      const start = dayOf(y, q * 3 - 2);
      const first = monthIndex(start);
      quarters.push({
        key: `${y}-Q${q}`,
        year: y,
        start,
        end: dayOf(y, q * 3 + 1) - 1,
        months: [first, first + 1, first + 2],
      });
    }
  const closed = quarters.filter((q) => q.end < today);
  const quotas = [...aeQuotas(company), ...sdrQuotas(company, sourced, quarters, closed, currency)];
  quotas.push(...teamQuotas(company, quotas, quarters, assigned));

  const sdrPlan = definitions.find((d) => d.key === "sdr-standard")!;
  const mbo = mboScores(company, sdrPlan, closed, assigned, managerOn, people);

  const versions = definitions.map((plan) => ({
    planId: planIds[plan.key],
    version: 1,
    status: "published",
    definition: JSON.stringify(plan),
    effectiveFrom: plan.effectiveFrom,
    publishedAt: `${from}T00:00:00Z`,
  }));
  const assignments = assigned.map((a) => ({
    personId: a.person.id,
    planId: planIds[a.planKey],
    validFrom: a.validFrom,
    validTo: a.validTo,
    targetIncentive: targetIncentives[a.person.jobRole],
    currency,
  }));
  return [
    table(
      "comp_plans",
      definitions.map((plan) => ({ id: planIds[plan.key], key: plan.key, name: plan.name })),
      [
        ["id", "id"],
        ["key", "key"],
        ["name", "name"],
      ],
    ),
    table("comp_plan_versions", versions, [
      ["plan_id", "planId"],
      ["version", "version"],
      ["status", "status"],
      ["definition", "definition"],
      ["effective_from", "effectiveFrom"],
      ["published_at", "publishedAt"],
    ]),
    table("comp_assignments", assignments, [
      ["person_id", "personId"],
      ["plan_id", "planId"],
      ["valid_from", "validFrom"],
      ["valid_to", "validTo"],
      ["target_incentive", "targetIncentive"],
      ["currency", "currency"],
    ]),
    table("comp_quotas", quotas, [
      ["person_id", "personId"],
      ["measure", "measure"],
      ["period_key", "periodKey"],
      ["amount", "amount"],
      ["currency", "currency"],
      ["source", "source"],
    ]),
    table("comp_credit_splits", splits, [
      ["opportunity_id", "opportunityId"],
      ["person_id", "personId"],
      ["share", "share"],
      ["role", "role"],
    ]),
    table("comp_mbo_scores", mbo, [
      ["person_id", "personId"],
      ["period_key", "periodKey"],
      ["component", "component"],
      ["objective", "objective"],
      ["score", "score"],
      ["comment", "comment"],
      ["scored_by", "scoredBy"],
      ["created_at", "scoredAt"],
    ]),
  ];
}

function table<Row>(name: string, rows: readonly Row[], columns: readonly (readonly [string, keyof Row])[]) {
  return {
    name,
    rows,
    columns: columns.map(([c]) => c),
    keys: columns.map(([, k]) => k),
  } satisfies TableData;
}

const quarterKeyOfMonth = (month: string) =>
  `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;

/** AEs: their monthly booking targets summed per calendar quarter (the demo's fiscal year starts in January). */
function aeQuotas(company: DemoCompany): CompQuotaRow[] {
  const sums = new Map<string, { personId: string; periodKey: string; cents: number; currency: string }>();
  for (const t of company.bookingTargets) {
    if (t.personId === null) continue;
    const periodKey = quarterKeyOfMonth(t.month);
    const key = `${t.personId}|${periodKey}`;
    const sum = sums.get(key) ?? { personId: t.personId, periodKey, cents: 0, currency: t.currency };
    sum.cents += centsOf(t.amount);
    sums.set(key, sum);
  }
  return [...sums.values()].map((s) => ({
    personId: s.personId,
    measure: "bookings",
    periodKey: s.periodKey,
    amount: formatCents(s.cents),
    currency: s.currency,
    source: "booking_targets",
  }));
}

/**
 * SDRs: a quarterly quota on sourced bookings, in the plan currency. Per region and year, a fully ramped SDR's sourced
 * bookings over the year's closed months; each SDR's quarter gets that × the quarter's seasonal share × their
 * capacity (ramp plus the sourcing lag, prorated for joiners and leavers), scaled once so that about 70% of closed
 * SDR-quarters reach 70%, rounded to 1,000. A quarter with no capacity has no quota.
 */
function sdrQuotas(
  company: DemoCompany,
  sourced: SourcedDeals,
  quarters: readonly Quarter[],
  closed: readonly Quarter[],
  currency: string,
): CompQuotaRow[] {
  const today = toDay(company.options.today);
  const sdrs = company.people.filter((p) => p.jobRole === "sdr");
  const sdrById = new Map(sdrs.map((p) => [p.id, p]));
  const rate = new Map(company.exchangeRates.map((r) => [`${r.currency}|${r.month}`, Number(r.rate)]));
  const booked = new Map<string, number>();
  const quarterOf = (day: number) => `${yearOf(day)}-Q${Math.floor((monthOf(day) - 1) / 3) + 1}`;
  for (const opp of company.opportunities) {
    const sdr = sdrById.get(sourced.get(opp.id) ?? "");
    // Deals closing after their SDR left pay nobody (the leaver is off the plan): they do not size quotas.
    if (opp.status !== "won" || opp.closeDay > today || !sdr || (sdr.leaveDay ?? today) < opp.closeDay)
      continue;
    const month = fromDay(monthStart(monthIndex(opp.closeDay)));
    const value =
      opp.currency === currency
        ? opp.totalCents
        : opp.totalCents * (rate.get(`${opp.currency}|${month}`) ?? 1);
    const key = `${sdr.id}|${quarterOf(opp.closeDay)}`;
    booked.set(key, (booked.get(key) ?? 0) + value);
  }
  const capacity = (sdr: DemoPerson, month: number) =>
    monthCapacity({ ...sdr, rampMonths: sdr.rampMonths + SOURCING_LAG_MONTHS }, month) *
    seasonalShare(monthOf(monthStart(month)));
  const quarterCapacity = (sdr: DemoPerson, q: Quarter) =>
    q.months.reduce((sum, m) => sum + capacity(sdr, m), 0);

  // Sourced bookings per fully ramped SDR-year, by region and year (closed quarters only; a year with none
  // follows the year before).
  const productivity = new Map<string, number>();
  const regions = [...new Set(sdrs.map((s) => s.regionKey))];
  for (const region of regions) {
    for (const y of [...new Set(quarters.map((q) => q.year))]) {
      let sum = 0;
      let years = 0;
      for (const q of closed.filter((c) => c.year === y))
        for (const sdr of sdrs.filter((s) => s.regionKey === region)) {
          sum += booked.get(`${sdr.id}|${q.key}`) ?? 0;
          years += quarterCapacity(sdr, q);
        }
      productivity.set(
        `${region}|${y}`,
        years > 0.05 ? sum / years : (productivity.get(`${region}|${y - 1}`) ?? 0),
      );
    }
  }
  const raw = (sdr: DemoPerson, q: Quarter) =>
    (productivity.get(`${sdr.regionKey}|${q.year}`) ?? 0) * quarterCapacity(sdr, q);
  const attainments: number[] = [];
  for (const sdr of sdrs)
    for (const q of closed) {
      const quota = raw(sdr, q);
      if (quota >= 100_000) attainments.push((booked.get(`${sdr.id}|${q.key}`) ?? 0) / quota);
    }
  attainments.sort((a, b) => a - b);
  const pivot = attainments[Math.floor(attainments.length * (1 - SDR_SHARE_AT_70))] ?? 0.7;
  const factor = pivot > 0 ? pivot / 0.7 : 1;
  const rows: CompQuotaRow[] = [];
  for (const sdr of sdrById.values())
    for (const q of quarters) {
      const cents = Math.round((raw(sdr, q) * factor) / 100_000) * 100_000;
      if (cents > 0)
        rows.push({
          personId: sdr.id,
          measure: "bookings",
          periodKey: q.key,
          amount: formatCents(cents),
          currency,
          source: "sourced_bookings",
        });
    }
  return rows;
}

/**
 * Managers on a plan: per quarter they are on it, the sum of the quotas of the people in their reporting tree who
 * manage nobody, on the quarter's last day — exactly what loadPeriodInputs derives as their team quota.
 */
function teamQuotas(
  company: DemoCompany,
  quotas: readonly CompQuotaRow[],
  quarters: readonly Quarter[],
  assigned: readonly { person: DemoPerson; validFrom: string; validTo: string | null }[],
): CompQuotaRow[] {
  const byPerson = new Map<string, Map<string, CompQuotaRow>>();
  for (const q of quotas) {
    const periods = byPerson.get(q.personId) ?? new Map();
    periods.set(q.periodKey, q);
    byPerson.set(q.personId, periods);
  }
  const managers = assigned.filter((a) => a.person.jobRole === "manager" || a.person.jobRole === "director");
  const rows: CompQuotaRow[] = [];
  for (const q of quarters) {
    const trees = reportingTreesAsOf(company.reportingLines, fromDay(q.end));
    for (const m of managers) {
      if (m.validFrom > fromDay(q.end) || (m.validTo !== null && m.validTo < fromDay(q.start))) continue;
      let cents = 0;
      let currency: string | null = null;
      for (const member of trees.treeOf(m.person.id)) {
        if (trees.managesAnyone(member)) continue;
        const quota = byPerson.get(member)?.get(q.key);
        if (!quota) continue;
        if (currency !== null && quota.currency !== currency)
          throw new Error(`${m.person.fullName}'s team has quotas in ${currency} and ${quota.currency}`);
        currency = quota.currency;
        cents += centsOf(quota.amount);
      }
      if (currency !== null)
        rows.push({
          personId: m.person.id,
          measure: "bookings",
          periodKey: q.key,
          amount: formatCents(cents),
          currency,
          source: "team",
        });
    }
  }
  return rows.sort((a, b) => byText(a.personId, b.personId) || byText(a.periodKey, b.periodKey));
}

/**
 * Scores of every objective of the SDR plan's MBO for each closed quarter a payee was on it, by their manager on the
 * quarter's last day (or their own last day), about a week after the quarter: 0.60–1.20 in steps of 0.05, the meetings
 * objective following the SDR's skill. Seeded by the demo's seed.
 */
function mboScores(
  company: DemoCompany,
  sdrPlan: PlanDefinition,
  closed: readonly Quarter[],
  assigned: readonly { person: DemoPerson; planKey: string; validFrom: string; validTo: string | null }[],
  managerOn: (personId: string, day: string) => string | null,
  people: ReadonlyMap<string, DemoPerson>,
): MboScoreRow[] {
  const random = createRandom(mixSeed(company.options.seed, hashString("comp_mbo_scores")));
  const component = sdrPlan.components.find((c): c is MboComponent => c.kind === "mbo")!;
  const rows: MboScoreRow[] = [];
  for (const a of assigned) {
    if (a.planKey !== sdrPlan.key) continue;
    for (const q of closed) {
      const last = fromDay(q.end);
      if (a.validFrom > last || (a.validTo !== null && a.validTo < fromDay(q.start))) continue;
      const scorer = people.get(
        managerOn(a.person.id, a.validTo !== null && a.validTo < last ? a.validTo : last) ?? "",
      );
      for (const objective of component.objectives) {
        const mean = objective.key === "meetings" ? 0.9 + 0.35 * (a.person.skill - 1) : 0.95;
        const twentieths = Math.min(24, Math.max(12, Math.round((mean + 0.12 * random.normal()) * 20)));
        rows.push({
          personId: a.person.id,
          periodKey: q.key,
          component: component.name,
          objective: objective.key,
          score: formatCents(twentieths * 5),
          comment: scorer ? `Quarterly review by ${scorer.fullName}` : null,
          scoredBy: null,
          scoredAt: timestamp(toWorkday(q.end + 8, true), 9 * 60),
        });
      }
    }
  }
  return rows;
}

/** The manager of `personId` on `day` (the line in force, else their last line before it), or null. */
function managerLookup(lines: readonly ReportingLineRow[]): (personId: string, day: string) => string | null {
  const byPerson = new Map<string, ReportingLineRow[]>();
  for (const line of lines) {
    const list = byPerson.get(line.personId) ?? [];
    list.push(line);
    byPerson.set(line.personId, list);
  }
  for (const list of byPerson.values()) list.sort((a, b) => byText(a.validFrom, b.validFrom));
  return (personId, day) => {
    const list = byPerson.get(personId) ?? [];
    const inForce = list.filter((l) => l.validFrom <= day && (l.validTo === null || day < l.validTo)).at(-1);
    return (inForce ?? list.filter((l) => l.validFrom <= day).at(-1) ?? list[0])?.managerId ?? null;
  };
}

function centsOf(amount: string): number {
  const [whole, fraction = "00"] = amount.replace("-", "").split(".");
  const cents = Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
  return amount.startsWith("-") ? -cents : cents;
}

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
