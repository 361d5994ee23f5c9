import {
  type FiscalCalendar,
  fiscalQuarterOf,
  fiscalQuarterRange,
  fiscalYearOf,
  fiscalYearRange,
} from "@attain/engine";
import { defaultEvaluationTemplate } from "../evaluations/default-evaluation-template";
import { resolveEvaluationPeriod } from "../evaluations/resolve-evaluation-period";
import { annualGrowth, webChannels } from "./catalog";
import { addMonths, fromDay, monthIndex, monthStart, toDay } from "./days";
import type { TableData } from "./demo-tables";
import type { DemoCompany } from "./generate-demo-company";
import type { DemoPerson } from "./generate-organisation";
import { formatCents } from "./money";
import { createRandom, hashString, mixSeed, type Random } from "./random";

/**
 * Loaded monthly cost (salary, taxes, tools) per seller role at scale 1, EUR cents; commissions come on top. The
 * demo's headcount is the same at every scale while its deal volume scales, so the cost per head scales with it and
 * CAC stays around €11–13k at any scale.
 */
const loadedMonthlyCents: Record<string, number> = {
  ae: 900_000,
  sdr: 550_000,
  manager: 1_200_000,
  director: 1_500_000,
};
/** Commission cost as a share of the month's won deals. */
const COMMISSION_RATE = 0.08;
/** Marketing spend per month at scale 1 at the start of history, EUR cents, by web channel (generate-traffic.ts). */
const channelSpendCents: Record<(typeof webChannels)[number], number> = {
  organic_search: 2_000_000,
  paid_search: 6_000_000,
  social: 2_500_000,
  referral: 800_000,
  direct: 1_500_000,
  email: 1_000_000,
};
const ratingWeights = [3, 5, 12, 35, 45];
const complaintCategories = ["billing", "delivery", "product", "support", "pricing"] as const;
const severities: readonly (readonly [string, number])[] = [
  ["low", 40],
  ["medium", 35],
  ["high", 20],
  ["critical", 5],
];

type Row = Record<string, unknown>;

/**
 * The demo's performance data (pure, deterministic from the seed; its own random streams): monthly sales and
 * marketing costs for the whole history (sales ≈ seller headcount × loaded cost + 8 % commissions; marketing by web
 * channel, growing like the traffic), customer feedback and complaints on the accounts served each quarter, reps'
 * feedback on leads and on the process, the default evaluation template with every AE's and SDR's quarterly
 * evaluations by their manager (submitted for ended quarters, drafts for the current one), and goals: a bookings goal
 * per AE for the fiscal year with quarterly milestones, a win-rate goal per sales team, a company MQL goal and a few
 * calls-per-rep goals. Tables in foreign-key order, rows for COPY.
 */
export function generatePerformance(company: DemoCompany): TableData[] {
  const seed = company.options.seed;
  const stream = (name: string) => createRandom(mixSeed(seed, hashString(`performance:${name}`)));
  const ids = createRandom(mixSeed(seed, hashString(`performance-ids:${company.options.idNamespace ?? ""}`)));
  const calendar: FiscalCalendar = { startMonth: company.workspace.fiscalYearStartMonth, naming: "end" };
  const today = company.options.today;
  const context = { company, ids, calendar, today };
  const costs = generateCosts(context, stream("costs"));
  const feedback = generateFeedback(context, stream("feedback"));
  const { templates, evaluations } = generateEvaluations(context, stream("evaluations"));
  const { goals, milestones } = generateGoals(context, stream("goals"));
  return [
    table("sales_marketing_costs", costs),
    table("feedback_entries", feedback),
    table("evaluation_templates", templates),
    table("evaluations", evaluations),
    table("goals", goals),
    table("goal_milestones", milestones),
  ];
}

type Context = { company: DemoCompany; ids: Random; calendar: FiscalCalendar; today: string };

/** fiscalQuarterOf by month, memoised: it is called for every deal and validates its input each time. */
function quarterLookup(calendar: FiscalCalendar) {
  const cache = new Map<string, { fiscalYear: number; quarter: 1 | 2 | 3 | 4 }>();
  return (day: string) => {
    const month = day.slice(0, 7);
    let q = cache.get(month);
    if (!q) {
      q = fiscalQuarterOf(`${month}-01`, calendar);
      cache.set(month, q);
    }
    return q;
  };
}

function table(name: string, rows: Row[]): TableData {
  const keys = rows[0] ? Object.keys(rows[0]) : [];
  return { name, rows, columns: keys.map(snake), keys };
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

const employedOn = (p: DemoPerson, day: string) =>
  p.hireDate <= day && (p.leaveDate === null || p.leaveDate >= day);

function generateCosts({ company, ids, today }: Context, random: Random): Row[] {
  const rates = new Map(
    company.exchangeRates.map((r) => [`${r.currency}|${r.month.slice(0, 7)}`, Number(r.rate)]),
  );
  const wonCents = new Map<string, number>();
  for (const o of company.opportunities) {
    if (o.status !== "won" || o.closeDate > today) continue;
    const month = o.closeDate.slice(0, 7);
    const rate =
      o.currency === company.workspace.reportingCurrency ? 1 : (rates.get(`${o.currency}|${month}`) ?? 1);
    wonCents.set(month, (wonCents.get(month) ?? 0) + Number(o.amount) * 100 * rate);
  }
  const rows: Row[] = [];
  const first = monthIndex(toDay(company.firstDay));
  const last = monthIndex(toDay(today));
  for (let m = first; m <= last; m++) {
    const monthDay = fromDay(monthStart(m));
    const month = monthDay.slice(0, 7);
    const endDay = fromDay(addMonths(monthStart(m), 1) - 1);
    let salesCents = 0;
    for (const p of company.people) {
      const cost = loadedMonthlyCents[p.jobRole];
      if (cost !== undefined && p.hireDate <= endDay && (p.leaveDate === null || p.leaveDate >= monthDay))
        salesCents += cost * company.options.scale;
    }
    salesCents += (wonCents.get(month) ?? 0) * COMMISSION_RATE;
    rows.push(
      costRow(ids, monthDay, "sales", null, salesCents, "Seller salaries, taxes and tools; commissions"),
    );
    const growth = (1 + annualGrowth) ** ((m - first) / 12);
    for (const channel of webChannels) {
      const cents =
        channelSpendCents[channel] * company.options.scale * growth * (0.85 + 0.3 * random.float());
      rows.push(costRow(ids, monthDay, "marketing", channel, cents, "Programmes and agency fees"));
    }
  }
  return rows;
}

function costRow(
  ids: Random,
  month: string,
  category: string,
  channel: string | null,
  cents: number,
  note: string,
) {
  return {
    id: ids.uuid(),
    month,
    category,
    channel,
    amount: formatCents(Math.round(cents)),
    currency: "EUR",
    note,
  };
}

function generateFeedback({ company, ids, calendar, today }: Context, random: Random): Row[] {
  const rows: Row[] = [];
  let serial = 0;
  const entry = (fields: Row): Row => ({
    id: ids.uuid(),
    externalId: `FB-${String(++serial).padStart(6, "0")}`,
    kind: null,
    personId: null,
    leadId: null,
    accountId: null,
    opportunityId: null,
    receivedOn: null,
    channel: null,
    category: null,
    sentiment: null,
    rating: null,
    severity: null,
    subject: "",
    body: "",
    status: "open",
    resolvedOn: null,
    ...fields,
  });
  const todayDay = toDay(today);
  // Customers served per fiscal quarter: the accounts with a deal won in it.
  const served = new Map<string, Map<string, string>>();
  const quarterOf = quarterLookup(calendar);
  for (const o of company.opportunities) {
    if (o.status !== "won" || o.closeDate > today) continue;
    const q = quarterOf(o.closeDate);
    const key = `${q.fiscalYear}|${q.quarter}`;
    const accounts = served.get(key) ?? new Map<string, string>();
    accounts.set(o.accountId, o.account.ownerId);
    served.set(key, accounts);
  }
  for (const [key, accounts] of [...served].sort(([a], [b]) => a.localeCompare(b))) {
    const [year, quarter] = key.split("|").map(Number) as [number, number];
    const range = fiscalQuarterRange(year, quarter, calendar);
    const startDay = toDay(range.start);
    const span = Math.min(toDay(range.end), todayDay) - startDay;
    const dayIn = () => fromDay(startDay + random.int(0, span));
    for (const [accountId, ownerId] of [...accounts].sort(([a], [b]) => a.localeCompare(b))) {
      if (random.chance(0.3)) {
        const rating = weighted(random, ratingWeights) + 1;
        rows.push(
          entry({
            kind: "customer_feedback",
            personId: ownerId,
            accountId,
            receivedOn: dayIn(),
            channel: "survey",
            category: rating >= 4 ? "support" : random.pick(["product", "pricing", "support"]),
            sentiment: rating >= 4 ? "positive" : rating === 3 ? "neutral" : "negative",
            rating,
            subject:
              rating >= 4
                ? "Quarterly satisfaction survey: happy"
                : "Quarterly satisfaction survey: concerns",
          }),
        );
      }
      if (random.chance(0.03)) {
        const receivedOn = dayIn();
        const resolvedDay = toDay(receivedOn) + random.int(1, 20);
        const resolved = random.chance(0.8) && resolvedDay <= todayDay;
        const category = random.pick(complaintCategories);
        rows.push(
          entry({
            kind: "complaint",
            personId: ownerId,
            accountId,
            receivedOn,
            channel: random.pick(["email", "phone", "support_ticket"]),
            category,
            sentiment: "negative",
            severity:
              severities[
                weighted(
                  random,
                  severities.map(([, w]) => w),
                )
              ]![0],
            subject: `Complaint about ${category}`,
            status: resolved ? "resolved" : "open",
            resolvedOn: resolved ? fromDay(resolvedDay) : null,
          }),
        );
      }
    }
  }
  // AEs on the leads they were handed (lost deals more often from poor leads), SDRs on the process.
  for (const o of company.opportunities) {
    if (!o.leadId || o.createdOn > today || o.createdOn < company.firstDay || !random.chance(0.08)) continue;
    const negative = random.chance(o.status === "lost" ? 0.6 : 0.2);
    const receivedDay = Math.min(toDay(o.createdOn) + random.int(3, 14), todayDay);
    const category = negative && random.chance(0.3) ? "routing" : "lead_quality";
    rows.push(
      entry({
        kind: "lead_feedback",
        personId: o.ownerId,
        leadId: o.leadId,
        accountId: o.accountId,
        opportunityId: o.id,
        receivedOn: fromDay(receivedDay),
        channel: "app",
        category,
        sentiment: negative ? "negative" : random.chance(0.7) ? "positive" : "neutral",
        subject: negative
          ? category === "routing"
            ? "Lead sent to the wrong territory"
            : "Lead was not ready to buy"
          : "Well-qualified lead",
      }),
    );
  }
  for (const q of endedQuarters(company, calendar, today))
    for (const p of company.people) {
      if (p.jobRole !== "sdr" || !employedOn(p, q.end) || !random.chance(0.5)) continue;
      const negative = random.chance(0.5);
      rows.push(
        entry({
          kind: "process_feedback",
          personId: p.id,
          receivedOn: q.end,
          channel: "app",
          category: negative ? random.pick(["routing", "tooling"]) : "lead_quality",
          sentiment: negative ? "negative" : "positive",
          subject: negative ? "Hand-off rules slow us down" : "Scoring changes helped this quarter",
        }),
      );
    }
  return rows;
}

type QuarterSpan = { key: string; start: string; end: string };

function endedQuarters(company: DemoCompany, calendar: FiscalCalendar, today: string): QuarterSpan[] {
  const quarters: QuarterSpan[] = [];
  let { fiscalYear, quarter } = fiscalQuarterOf(company.firstDay, calendar);
  for (;;) {
    const range = fiscalQuarterRange(fiscalYear, quarter, calendar);
    if (range.end >= today) return quarters;
    quarters.push({ key: `${fiscalYear}-Q${quarter}`, ...range });
    if (quarter === 4) {
      fiscalYear += 1;
      quarter = 1;
    } else quarter = (quarter + 1) as 1 | 2 | 3 | 4;
  }
}

function managerOn(company: DemoCompany, personId: string, day: string): string | null {
  const line = company.reportingLines.find(
    (l) => l.personId === personId && l.validFrom <= day && (l.validTo === null || l.validTo > day),
  );
  return line?.managerId ?? null;
}

function generateEvaluations({ company, ids, calendar, today }: Context, random: Random) {
  const template = { id: ids.uuid(), ...defaultEvaluationTemplate, active: true };
  const evaluations: Row[] = [];
  const won = new Map<string, number>();
  const quarterOf = quarterLookup(calendar);
  for (const o of company.opportunities)
    if (o.status === "won" && o.closeDate <= today) {
      const q = quarterOf(o.closeDate);
      const key = `${o.ownerId}|${q.fiscalYear}-Q${q.quarter}`;
      won.set(key, (won.get(key) ?? 0) + 1);
    }
  const sellers = company.people.filter((p) => p.jobRole === "ae" || p.jobRole === "sdr");
  const current = fiscalQuarterOf(today, calendar);
  const currentKey = `${current.fiscalYear}-Q${current.quarter}`;
  const quarters = [...endedQuarters(company, calendar, today).map((q) => q.key), currentKey];
  for (const key of quarters) {
    const period = resolveEvaluationPeriod(key, "quarterly", calendar);
    if ("error" in period) continue;
    const draft = key === currentKey;
    const asOf = draft ? today : period.lastDay;
    const aes = sellers.filter((p) => p.jobRole === "ae" && employedOn(p, asOf));
    const meanWon =
      aes.reduce((sum, p) => sum + (won.get(`${p.id}|${key}`) ?? 0), 0) / Math.max(1, aes.length);
    for (const p of sellers) {
      if (!employedOn(p, asOf) || p.hireDate > period.start) continue;
      const evaluator = managerOn(company, p.id, asOf);
      if (!evaluator) continue;
      // A little of the quarter's results shows in the scores: deals won against the AEs' mean, and skill.
      const results =
        p.jobRole === "ae" && meanWon > 0 ? ((won.get(`${p.id}|${key}`) ?? 0) / meanWon - 1) * 0.6 : 0;
      const lean = Math.max(-1, Math.min(1, results + (p.skill - 1) * 1.5));
      const scores: Record<string, number> = {};
      for (const [i, c] of template.criteria.entries()) {
        if (draft && i >= 2) break;
        scores[c.key] = Math.max(1, Math.min(5, Math.round(3.3 + lean + random.normal() * 0.7)));
      }
      const low = Object.entries(scores).sort(([, a], [, b]) => a - b)[0]!;
      evaluations.push({
        id: ids.uuid(),
        templateId: template.id,
        personId: p.id,
        evaluatorPersonId: evaluator,
        periodKey: key,
        periodStart: period.start,
        periodEnd: period.end,
        scores,
        comments: low[1] <= 2 ? { [low[0]]: "Let's make this the focus of our coaching next quarter." } : {},
        overallComment: draft
          ? ""
          : lean > 0.3
            ? "A strong quarter."
            : lean < -0.3
              ? "A hard quarter; let's plan the next one together."
              : "A solid quarter.",
        status: draft ? "draft" : "submitted",
        submittedAt: draft ? null : `${fromDay(toDay(period.end) + random.int(2, 12))}T09:00:00.000Z`,
      });
    }
  }
  return {
    templates: [
      {
        id: template.id,
        name: template.name,
        cadence: template.cadence,
        criteria: template.criteria,
        scale: template.scale,
        active: true,
      },
    ],
    evaluations,
  };
}

function generateGoals({ company, ids, calendar, today }: Context, random: Random) {
  const goals: Row[] = [];
  const milestones: Row[] = [];
  const fiscalYear = fiscalYearOf(today, calendar);
  const year = fiscalYearRange(fiscalYear, calendar);
  const q = fiscalQuarterOf(today, calendar);
  const quarter = fiscalQuarterRange(q.fiscalYear, q.quarter, calendar);
  const goal = (fields: Row): string => {
    const id = ids.uuid();
    goals.push({
      id,
      name: "",
      description: "",
      ownerKind: "person",
      personId: null,
      teamId: null,
      kpiKey: "",
      target: "0",
      baseline: null,
      startsOn: year.start,
      deadline: year.end,
      rationale: "",
      relevance: "",
      status: "active",
      ...fields,
    });
    return id;
  };
  const rates = new Map(
    company.exchangeRates.map((r) => [`${r.currency}|${r.month.slice(0, 7)}`, Number(r.rate)]),
  );
  const targets = new Map<string, number[]>();
  const quarterOf = quarterLookup(calendar);
  for (const t of company.bookingTargets) {
    if (!t.personId || t.month < year.start || t.month > year.end) continue;
    const rate = t.currency === "EUR" ? 1 : (rates.get(`${t.currency}|${t.month.slice(0, 7)}`) ?? 1);
    const byQuarter = targets.get(t.personId) ?? [0, 0, 0, 0];
    byQuarter[quarterOf(t.month).quarter - 1]! += Number(t.amount) * rate;
    targets.set(t.personId, byQuarter);
  }
  const aes = company.people.filter((p) => p.jobRole === "ae" && employedOn(p, today));
  for (const p of aes) {
    const byQuarter = targets.get(p.id);
    if (!byQuarter) continue;
    const total = Math.round(byQuarter.reduce((a, b) => a + b, 0));
    if (total <= 0) continue;
    const id = goal({
      name: `${fiscalYear} bookings`,
      description: `Book ${fiscalYear}'s target.`,
      personId: p.id,
      kpiKey: "bookings",
      target: String(total),
      rationale: "The year's booking target, ramped and prorated.",
      relevance: "The company plan adds up the sellers' targets.",
    });
    let cumulative = 0;
    for (let i = 0; i < 4; i++) {
      cumulative += byQuarter[i]!;
      milestones.push({
        id: ids.uuid(),
        goalId: id,
        label: `Q${i + 1}`,
        dueOn: fiscalQuarterRange(fiscalYear, i + 1, calendar).end,
        target: String(Math.min(total, Math.round(cumulative))),
      });
    }
  }
  const memberTeams = new Set(
    company.teamMemberships
      .filter((m) => m.validTo === null && aes.some((p) => p.id === m.personId))
      .map((m) => m.teamId),
  );
  for (const team of company.teams.filter((t) => memberTeams.has(t.id)))
    goal({
      name: `${team.name}: win rate`,
      description: "Win more of the deals we close.",
      ownerKind: "team",
      teamId: team.id,
      kpiKey: "win_rate",
      target: random.pick(["0.25", "0.3", "0.35"]),
      rationale: "Last year's rate plus better qualification.",
      relevance: "A higher win rate needs less pipeline for the same bookings.",
    });
  const leadDeals = company.opportunities.filter(
    (o) => o.leadId && o.createdOn >= fromDay(toDay(year.start) - 365) && o.createdOn < year.start,
  ).length;
  goal({
    name: `${fiscalYear} marketing-qualified leads`,
    description: "Grow the MQLs handed to sales.",
    ownerKind: "workspace",
    kpiKey: "mqls",
    target: String(Math.max(10, Math.round(leadDeals * 3))),
    rationale: "About three MQLs per lead-sourced deal of last year.",
    relevance: "Pipeline for next year's target.",
  });
  const callers = company.people.filter(
    (p) => (p.jobRole === "sdr" || p.jobRole === "ae") && employedOn(p, today),
  );
  for (const [i, p] of callers
    .filter((_, i) => i % 5 === 0)
    .slice(0, 6)
    .entries())
    goal({
      name: "More calls this quarter",
      description: "Call every new lead within a day.",
      personId: p.id,
      kpiKey: "calls_per_rep",
      target: i % 2 === 0 ? "60" : "240",
      startsOn: quarter.start,
      deadline: quarter.end,
      rationale: i % 2 === 0 ? "Last quarter's pace." : "A stretch: twice last quarter's pace.",
      relevance: "Speed to lead converts more leads.",
    });
  return { goals, milestones };
}

function weighted(random: Random, weights: readonly number[]): number {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = random.float() * total;
  for (let i = 0; i < weights.length; i++) {
    x -= weights[i]!;
    if (x < 0) return i;
  }
  return weights.length - 1;
}
