import { annualGrowth, companyName, type ProductKey, productSpecs, reportingCurrency } from "./catalog";
import { type CountryCode, citiesByCountry } from "./cities";
import { addMonths, dayOf, fromDay, isWeekend, monthOf, toDay, yearOf } from "./days";
import { type DemoAccount, generateAccounts } from "./generate-accounts";
import { demoPipelineSettings } from "./demo-pipeline-settings";
import { generateDealActivities, utcOffsetOf } from "./generate-deal-activities";
import { addDealChanges } from "./generate-deal-changes";
import { generateDealHygiene } from "./generate-deal-hygiene";
import { generateForecastCalls } from "./generate-forecast-calls";
import { type DemoPeriod, generateForecastPeriods } from "./generate-forecast-periods";
import { generateForecastSnapshots } from "./generate-forecast-snapshots";
import { generateExchangeRates } from "./generate-exchange-rates";
import { convertedLead, type LeadContext, openLead } from "./generate-leads";
import { type DemoOpportunity, generateOpportunities } from "./generate-opportunities";
import { generateOrderLines, orderNumberFor } from "./generate-order-lines";
import { type DemoPerson, generateOrganisation, isActive, type Organisation } from "./generate-organisation";
import { generateStageHistory } from "./generate-stage-history";
import { generateTargets, monthCapacity, seasonalShare } from "./generate-targets";
import { generateTraffic } from "./generate-traffic";
import { formatCents } from "./money";
import { createRandom, cumulative, hashString, mixSeed } from "./random";
import type {
  ActivityRow,
  BookingTargetRow,
  DemoChunk,
  ExchangeRateRow,
  ForecastSnapshotLineRow,
  ForecastSnapshotRow,
  ForecastSubmissionRow,
  LeadRow,
  OrderLineRow,
  PipelineSettingsRow,
  PipelineStageRow,
  ProductRow,
  ReportingLineRow,
  StageHistoryRow,
  TeamMembershipRow,
  TeamRow,
  TrafficRow,
} from "./types";

export type DemoCompanyOptions = {
  seed: number;
  /** Volume multiplier: 1 ≈ 5,000 accounts, 20,000 deals, 100,000 order lines, 200,000 activities, 30,000 leads. */
  scale: number;
  /** The date the company is built around (YYYY-MM-DD): history up to it, open pipeline after it. */
  today: string;
  /** Salt for the ids only (the data stays the same), so that several demo workspaces can share one database. */
  idNamespace?: string | undefined;
};

/** The people the demo sign-ins are attached to. */
export type DemoCast = {
  admin: DemoPerson;
  finance: DemoPerson;
  hr: DemoPerson;
  manager: DemoPerson;
  director: DemoPerson;
  rep: DemoPerson;
  rep2: DemoPerson;
  marketing: DemoPerson;
  viewer: DemoPerson;
};

export type DemoCompany = {
  options: DemoCompanyOptions;
  /** First day of history (1 January two fiscal years back) and last day with data (end of the open pipeline). */
  firstDay: string;
  lastDay: string;
  workspace: { id: string; name: string; reportingCurrency: string; fiscalYearStartMonth: number };
  regions: Organisation["regions"];
  teams: TeamRow[];
  people: DemoPerson[];
  reportingLines: ReportingLineRow[];
  teamMemberships: TeamMembershipRow[];
  accounts: DemoAccount[];
  products: ProductRow[];
  opportunities: DemoOpportunity[];
  exchangeRates: ExchangeRateRow[];
  bookingTargets: BookingTargetRow[];
  marketingTrafficDaily: TrafficRow[];
  /** The sales process (MEDDICC, stages with probabilities and criteria) and the forecast calls. */
  pipelineSettings: PipelineSettingsRow;
  pipelineStages: PipelineStageRow[];
  forecastPeriods: DemoPeriod[];
  forecastSubmissions: ForecastSubmissionRow[];
  /** Weekly snapshots of every Monday with calls, backfilled from the deals as they stood that day (built lazily). */
  readonly forecastSnapshots: ForecastSnapshotRow[];
  readonly forecastSnapshotLines: ForecastSnapshotLineRow[];
  cast: DemoCast;
  /** Full-year quota per `${region}|${year}` in cents of the region's currency. */
  quotas: ReadonlyMap<string, number>;
  /**
   * The large tables (stage history, order lines, activities, leads) in chunks of at most `chunkSize` rows, built on
   * the fly; every call replays the same rows. Opportunities precede them, so foreign keys hold in stream order.
   */
  stream(chunkSize?: number): Generator<DemoChunk>;
};

const leadMonthFactor = [1.0, 1.0, 1.15, 1.0, 1.0, 1.1, 0.8, 0.55, 1.15, 1.2, 1.1, 0.7];

/** Generates the whole demo company from a seed: pure, deterministic, no clock, no Math.random. */
export function generateDemoCompany(options: DemoCompanyOptions): DemoCompany {
  const { seed, scale } = options;
  if (!(scale > 0)) throw new Error(`scale must be positive, got ${scale}`);
  const today = toDay(options.today);
  const year = yearOf(today);
  const start = dayOf(year - 2, 1, 1);
  const horizon = addMonths(today, 9);
  const root = createRandom(seed);
  const ids = createRandom(mixSeed(seed, hashString(options.idNamespace ?? "")));

  const workspaceId = ids.uuid();
  const organisation = generateOrganisation(root.fork(), ids, { scale, start, today });
  const products: ProductRow[] = productSpecs.map((p) => ({
    id: ids.uuid(),
    externalId: p.externalId,
    name: p.name,
    family: p.family,
    listPrice: formatCents(p.listCents),
    currency: "EUR",
    recurring: p.recurring,
  }));
  const productIds = new Map<ProductKey, string>(productSpecs.map((p, i) => [p.key, products[i]!.id]));
  const accounts = generateAccounts(root.fork(), ids, {
    count: Math.max(40, Math.round(5000 * scale)),
    today,
    organisation,
  });
  const opportunities = generateOpportunities(root.fork(), ids, {
    count: Math.max(100, Math.round(20_000 * scale)),
    start,
    today,
    horizon,
    accounts,
    organisation,
    productIds,
  });
  const exchangeRates = generateExchangeRates(root.fork(), { start, end: horizon });
  const sellers = organisation.people.filter((p) => p.jobRole === "ae");
  const { rows: bookingTargets, quotas } = generateTargets(ids, {
    start,
    today,
    sellers,
    opportunities,
    rates: exchangeRates,
  });
  const marketingTrafficDaily = generateTraffic(root.fork(), { start, today, scale });
  const cast = chooseCast(organisation, opportunities, quotas, today);

  const streamSeed = root.bits();
  const streamIdSeed = ids.bits();

  // Pipeline hygiene, the sales process and forecast calls draw from streams of their own (named, not forked), so
  // every row above keeps the draws it had before they existed.
  const pipelineRandom = createRandom(mixSeed(seed, hashString("pipeline")));
  const pipelineIds = createRandom(
    mixSeed(seed, hashString(options.idNamespace ?? ""), hashString("pipeline")),
  );
  generateDealHygiene(pipelineRandom.fork(), opportunities, today);
  const pipeline = demoPipelineSettings(pipelineIds, opportunities, options.today);
  const forecastPeriods = generateForecastPeriods(pipelineIds, { start, today });
  const changeIdSeed = mixSeed(streamIdSeed, hashString("deal-changes"));
  // The forecast needs each deal's history as it will be streamed; its ids do not matter here.
  const scratchIds = createRandom(0);
  const forecast = generateForecastCalls(pipelineRandom.fork(), pipelineIds, {
    today,
    periods: forecastPeriods,
    opportunities,
    historyOf: (opp) => {
      const offset = utcOffsetOf(opp.account.region.key);
      return addDealChanges(
        opp,
        generateStageHistory(opp, scratchIds, today, offset),
        scratchIds,
        today,
        offset,
      );
    },
    people: organisation.people,
    reportingLines: organisation.reportingLines,
    cro: organisation.cro,
    exchangeRates,
  });
  const forecastSubmissions = forecast.submissions;
  // The backfilled snapshots (151 roll-ups, ~78,000 lines) are built on first use: most callers of the generator
  // (tests of other tables) never read them. Their ids come from a stream forked now, so the order does not matter.
  const snapshotIds = pipelineIds.fork();
  let snapshots: ReturnType<typeof generateForecastSnapshots> | undefined;
  const snapshotsOf = () => {
    snapshots ??= generateForecastSnapshots(snapshotIds, {
      weeks: forecast.weeks,
      submissions: forecastSubmissions,
      reportingLines: organisation.reportingLines,
      personIds: organisation.people.map((p) => p.id),
    });
    return snapshots;
  };
  const leadCount = Math.max(200, Math.round(30_000 * scale));
  const accountsByCountry = new Map<CountryCode, DemoAccount[]>();
  for (const code of Object.keys(citiesByCountry) as CountryCode[])
    accountsByCountry.set(
      code,
      accounts.filter((a) => a.countryCode === code),
    );

  function* stream(chunkSize = 25_000): Generator<DemoChunk> {
    const data = createRandom(streamSeed);
    const idsOut = createRandom(streamIdSeed);
    const changeIds = createRandom(changeIdSeed);
    const lineRandom = data.fork();
    const activityRandom = data.fork();
    const leadRandom = data.fork();
    const history: StageHistoryRow[] = [];
    const lines: OrderLineRow[] = [];
    const activities: ActivityRow[] = [];
    const leads: LeadRow[] = [];
    const sequence = { next: 1 };
    const orderSequence = new Map<number, number>();
    function* flush(force: boolean): Generator<DemoChunk> {
      if (history.length >= chunkSize || (force && history.length > 0))
        yield { table: "opportunity_stage_history", rows: history.splice(0) };
      if (lines.length >= chunkSize || (force && lines.length > 0))
        yield { table: "order_lines", rows: lines.splice(0) };
      if (activities.length >= chunkSize || (force && activities.length > 0))
        yield { table: "activities", rows: activities.splice(0) };
      if (leads.length >= chunkSize || (force && leads.length > 0))
        yield { table: "leads", rows: leads.splice(0) };
    }
    for (const opp of opportunities) {
      const offset = utcOffsetOf(opp.account.region.key);
      history.push(
        ...addDealChanges(opp, generateStageHistory(opp, idsOut, today, offset), changeIds, today, offset),
      );
      if (opp.status === "won") {
        const y = yearOf(opp.closeDay);
        const n = (orderSequence.get(y) ?? 0) + 1;
        orderSequence.set(y, n);
        lines.push(
          ...generateOrderLines(opp, orderNumberFor(opp, n), lineRandom, idsOut, { today, productIds }),
        );
      }
      activities.push(
        ...generateDealActivities(opp, activityRandom, idsOut, sequence, { today, organisation }),
      );
      yield* flush(false);
    }
    const leadDays: number[] = [];
    const leadWeights: number[] = [];
    for (let day = start; day <= today; day++) {
      leadDays.push(day);
      leadWeights.push(
        leadMonthFactor[monthOf(day) - 1]! *
          (1 + annualGrowth) ** ((day - start) / 365) *
          (isWeekend(day) ? 0.3 : 1),
      );
    }
    const ctx: LeadContext = {
      today,
      organisation,
      accountsByCountry,
      leadDays,
      leadDayTable: cumulative(leadWeights),
      activitySequence: sequence,
    };
    let leadSequence = 1;
    for (const opp of opportunities) {
      if (!opp.leadId) continue;
      const { lead, activities: touches } = convertedLead(opp, leadSequence++, leadRandom, idsOut, ctx);
      leads.push(lead);
      activities.push(...touches);
      yield* flush(false);
    }
    while (leadSequence <= leadCount) {
      const { lead, activities: touches } = openLead(leadSequence++, leadRandom, idsOut, ctx);
      leads.push(lead);
      activities.push(...touches);
      yield* flush(false);
    }
    yield* flush(true);
  }

  return {
    options,
    firstDay: fromDay(start),
    lastDay: fromDay(horizon),
    workspace: { id: workspaceId, name: companyName, reportingCurrency, fiscalYearStartMonth: 1 },
    regions: organisation.regions,
    teams: organisation.teams,
    people: organisation.people,
    reportingLines: organisation.reportingLines,
    teamMemberships: organisation.teamMemberships,
    accounts,
    products,
    opportunities,
    exchangeRates,
    bookingTargets,
    marketingTrafficDaily,
    pipelineSettings: pipeline.settings,
    pipelineStages: pipeline.stages,
    forecastPeriods,
    forecastSubmissions,
    get forecastSnapshots() {
      return snapshotsOf().snapshots;
    },
    get forecastSnapshotLines() {
      return snapshotsOf().lines;
    },
    cast,
    quotas,
    stream,
  };
}

/**
 * Picks the people behind the demo sign-ins: the first-line manager with the most (6–10) reps today, the CRO, and two
 * established AEs (one in that manager's team, one elsewhere) whose attainment last year was closest to 100%.
 */
function chooseCast(
  organisation: Organisation,
  opportunities: DemoOpportunity[],
  quotas: ReadonlyMap<string, number>,
  today: number,
): DemoCast {
  const year = yearOf(today);
  const activeReps = (team: Organisation["salesTeams"][number]) =>
    team.members.filter((m) => m.to === null && isActive(m.person, today)).map((m) => m.person);
  const candidates = organisation.salesTeams
    .filter((t) => activeReps(t).length >= 6 && activeReps(t).length <= 10)
    .sort((a, b) => activeReps(b).length - activeReps(a).length || a.index - b.index);
  const team = candidates[0] ?? organisation.salesTeams[0]!;
  const manager = team.managers[team.managers.length - 1]!.person;
  const lastYear = new Map<string, number>();
  for (const opp of opportunities) {
    if (opp.status === "won" && yearOf(opp.closeDay) === year - 1)
      lastYear.set(opp.ownerId, (lastYear.get(opp.ownerId) ?? 0) + opp.totalCents);
  }
  const attainment = (p: DemoPerson) => {
    let target = 0;
    for (let m = 1; m <= 12; m++)
      target +=
        (quotas.get(`${p.regionKey}|${year - 1}`) ?? 0) *
        seasonalShare(m) *
        monthCapacity(p, (year - 1) * 12 + m - 1);
    return target > 0 ? (lastYear.get(p.id) ?? 0) / target : 0;
  };
  const established = (p: DemoPerson) => p.hireDay < dayOf(year - 2, 1, 1) && p.leaveDay === null;
  const closest = (people: DemoPerson[]) =>
    [...people]
      .filter(established)
      .sort((a, b) => Math.abs(attainment(a) - 1) - Math.abs(attainment(b) - 1) || a.index - b.index)[0]!;
  const rep = closest(activeReps(team));
  const otherTeam = organisation.salesTeams.find(
    (t) => t.regionKey !== team.regionKey && activeReps(t).some(established),
  )!;
  const rep2 = closest(activeReps(otherTeam));
  const byTitle = (title: string) => organisation.people.find((p) => p.title === title)!;
  return {
    admin: byTitle("Director of Revenue Operations"),
    finance: byTitle("Sales Compensation Analyst"),
    hr: byTitle("HR Business Partner, Sales"),
    manager,
    director: organisation.cro,
    rep,
    rep2,
    marketing: byTitle("Demand Generation Manager"),
    viewer: organisation.ceo,
  };
}
