import { rampFactor } from "./capacity";
import {
  annualGrowth,
  monthlySeasonality,
  type OpenStage,
  type OpportunitySource,
  type ProductKey,
  type Segment,
} from "./catalog";
import { composeOrder, type OrderRequest } from "./compose-order";
import { dayOfMonth, daysInMonth, fromDay, isWeekend, monthOf, yearOf } from "./days";
import type { DemoAccount } from "./generate-accounts";
import { type DemoPerson, isActive, type Organisation, type SalesTeam } from "./generate-organisation";
import { formatCents } from "./money";
import { createRandom, cumulative, pickIndex, pickWeighted, type Random } from "./random";
import type { OpportunityRow } from "./types";

export type DemoOpportunity = OpportunityRow & {
  index: number;
  account: DemoAccount;
  owner: DemoPerson;
  /** Who worked the deal before it was handed over (a leaver's deals go to a teammate). */
  firstOwner: DemoPerson;
  segment: Segment;
  createdDay: number;
  closeDay: number;
  /** How many of the open stages (Qualify … Negotiate) the deal went through. */
  stagesReached: number;
  /** Seeds that let the streamed tables rebuild this deal's lines and history without keeping them in memory. */
  orderSeed: number;
  historySeed: number;
  /** What `composeOrder(createRandom(orderSeed), request)` needs to rebuild the order lines. */
  request: OrderRequest;
  totalCents: number;
  /** The rough amount the seller entered in the first stages, before a quote existed. */
  estimateCents: number;
  mainProduct: ProductKey;
  /** Came from a marketing or SDR lead. */
  fromLead: boolean;
};

const shortNames: Record<ProductKey, string> = {
  starter: "Starter",
  professional: "Professional",
  enterprise: "Enterprise",
  users: "additional users",
  connectors: "data connectors",
  ai: "AI Forecasting",
  support: "Premium Support",
  implementation: "implementation",
  training: "training",
};

const baseWinRate: Record<OpportunitySource, number> = {
  inbound: 0.25,
  outbound: 0.14,
  partner: 0.29,
  event: 0.19,
  referral: 0.38,
  customer_success: 0.5,
};
const segmentWinFactor: Record<Segment, number> = { SMB: 1.12, "Mid-Market": 1, Enterprise: 0.78 };
const cycleMedian: Record<Segment, number> = { SMB: 28, "Mid-Market": 62, Enterprise: 125 };

/** Opportunities across the period: seasonal close dates, owners from the account's team, outcomes by source, segment and skill. */
export function generateOpportunities(
  random: Random,
  ids: Random,
  params: {
    count: number;
    start: number;
    today: number;
    horizon: number;
    accounts: DemoAccount[];
    organisation: Organisation;
    productIds: ReadonlyMap<ProductKey, string>;
  },
): DemoOpportunity[] {
  const { start, today, horizon } = params;
  const days: number[] = [];
  const weights: number[] = [];
  for (let day = start; day <= horizon; day++) {
    const month = monthOf(day);
    const quarterEnd = month % 3 === 0 && dayOfMonth(day) > daysInMonth(yearOf(day), month) - 8;
    let w =
      monthlySeasonality[month - 1]! *
      (1 + annualGrowth) ** ((day - start) / 365) *
      (isWeekend(day) ? 0.1 : 1);
    if (quarterEnd) w *= 1.9;
    if (day > today) w *= 0.9 * Math.exp(-(day - today) / 100);
    days.push(day);
    weights.push(w);
  }
  const closeTable = cumulative(weights);
  const accountWeight = (a: DemoAccount) =>
    a.segment === "Enterprise" ? 2.5 : a.segment === "Mid-Market" ? 1.6 : 1;
  const allTable = cumulative(params.accounts.map(accountWeight));
  const base = params.accounts.filter((a) => a.installedBase);
  const baseTable = cumulative(base.map(accountWeight));

  const drafts: Omit<DemoOpportunity, "id" | "externalId" | "leadId">[] = [];
  for (let index = 0; index < params.count; index++) {
    const type = pickWeighted(random, [
      ["new_business", 64],
      ["renewal", 16],
      ["expansion", 20],
    ] as const);
    const account =
      type === "new_business"
        ? params.accounts[pickIndex(random, allTable)]!
        : base[pickIndex(random, baseTable)]!;
    const source: OpportunitySource =
      type === "renewal"
        ? "customer_success"
        : type === "expansion"
          ? pickWeighted(random, [
              ["customer_success", 55],
              ["outbound", 25],
              ["inbound", 20],
            ] as const)
          : pickWeighted(random, [
              ["inbound", 34],
              ["outbound", 28],
              ["partner", 12],
              ["event", 10],
              ["referral", 8],
            ] as const);
    const segment = account.segment;
    let closeDay = days[pickIndex(random, closeTable)]!;
    const cycleBase = type === "renewal" ? 45 : cycleMedian[segment] * (type === "expansion" ? 0.6 : 1);
    const cycle = Math.round(
      Math.min(400, Math.max(5, random.lognormal(cycleBase, type === "renewal" ? 0.3 : 0.5))),
    );
    let createdDay = closeDay - cycle;
    if (createdDay > today) createdDay = today - random.int(0, Math.min(cycle, 45));
    if (isWeekend(createdDay)) createdDay -= 2;

    const team = account.team;
    const firstOwner = pickSeller(random, team, createdDay, account);
    const outcomeDay = Math.min(closeDay, today);
    const owner = isActive(firstOwner, outcomeDay)
      ? firstOwner
      : pickSeller(random, team, outcomeDay, account);

    const quarterEnd = monthOf(closeDay) % 3 === 0 && dayOfMonth(closeDay) > 20;
    const sizeFactor =
      Math.min(
        2.2,
        Math.max(
          0.55,
          (account.employees / (segment === "SMB" ? 40 : segment === "Mid-Market" ? 600 : 6000)) ** 0.25,
        ),
      ) *
      owner.skill ** 0.3;
    const orderSeed = random.bits();
    const request: OrderRequest = {
      segment,
      type,
      priceFactor: account.region.priceFactor,
      size: sizeFactor,
      quarterEnd,
    };
    const plan = composeOrder(createRandom(orderSeed), request);
    const estimateCents = Math.max(
      100_000,
      Math.round((plan.totalCents * random.lognormal(1, 0.3)) / 100_000) * 100_000,
    );
    const fromLead =
      type === "new_business" &&
      (source === "inbound" ||
        source === "event" ||
        (source === "outbound" && random.chance(0.4)) ||
        (source === "partner" && random.chance(0.3)));

    let winRate =
      type === "renewal"
        ? 0.86 * owner.skill ** 0.15
        : baseWinRate[source] *
          (type === "new_business" ? segmentWinFactor[segment] : 1) *
          account.winFactor *
          owner.skill ** 0.6;
    winRate *= 0.8 + 0.2 * rampFactor(owner, outcomeDay);
    if (monthOf(closeDay) === 12) winRate *= 1.06;
    winRate = Math.min(0.97, Math.max(0.02, winRate));

    let status: "open" | "won" | "lost";
    let stagesReached: number;
    if (closeDay > today || (closeDay >= today - 45 && random.chance(0.12))) {
      status = "open";
      const elapsed = (today - createdDay) / Math.max(1, closeDay - createdDay);
      stagesReached = elapsed < 0.25 ? 1 : elapsed < 0.5 ? 2 : elapsed < 0.8 ? 3 : 4;
      if (closeDay <= today) stagesReached = Math.max(2, stagesReached);
    } else if (random.chance(winRate)) {
      status = "won";
      stagesReached = 4;
    } else {
      status = "lost";
      stagesReached =
        type === "renewal"
          ? pickWeighted(random, [
              [3, 30],
              [4, 70],
            ] as const)
          : pickWeighted(random, [
              [1, 36],
              [2, 30],
              [3, 20],
              [4, 14],
            ] as const);
      // Lost deals tend to die before their planned date.
      closeDay = Math.max(
        createdDay + 1,
        createdDay + Math.round((closeDay - createdDay) * (0.5 + 0.5 * random.float())),
      );
      if (isWeekend(closeDay)) closeDay = Math.min(today, closeDay + 2);
    }
    const stage =
      status === "won" ? "Closed Won" : status === "lost" ? "Closed Lost" : openStageName(stagesReached);
    const forecastCategory =
      status === "won"
        ? "closed"
        : status === "lost"
          ? "omitted"
          : random.chance(0.05)
            ? "omitted"
            : stagesReached <= 2
              ? "pipeline"
              : stagesReached === 3
                ? random.chance(0.75)
                  ? "best_case"
                  : "pipeline"
                : random.chance(0.8)
                  ? "commit"
                  : "best_case";
    const name =
      type === "renewal"
        ? `${account.name} - Renewal ${yearOf(closeDay)}`
        : type === "expansion"
          ? `${account.name} - Expansion: ${shortNames[plan.mainProduct]}`
          : `${account.name} - ${shortNames[plan.mainProduct]}`;
    drafts.push({
      name,
      accountId: account.id,
      ownerId: owner.id,
      productId: "",
      type,
      source,
      stage,
      status,
      forecastCategory,
      amount: formatCents(status === "won" || stagesReached >= 3 ? plan.totalCents : estimateCents),
      currency: account.region.currency,
      createdOn: fromDay(createdDay),
      closeDate: fromDay(closeDay),
      index,
      account,
      owner,
      firstOwner,
      segment,
      createdDay,
      closeDay,
      stagesReached,
      orderSeed,
      historySeed: random.bits(),
      request,
      totalCents: plan.totalCents,
      estimateCents,
      mainProduct: plan.mainProduct,
      fromLead,
      // Filled in by generate-deal-hygiene.ts from a stream of its own, so these draws stay as they were.
      nextStep: null,
      nextStepDue: null,
      qualification: {},
      contactCount: null,
    });
  }

  // Number deals in the order they were created, as a CRM would.
  drafts.sort((a, b) => a.createdDay - b.createdDay || a.index - b.index);
  return drafts.map((draft, index) => {
    const opp = draft as DemoOpportunity;
    opp.index = index;
    opp.id = ids.uuid();
    opp.externalId = `OPP-${String(index + 1).padStart(6, "0")}`;
    opp.productId = params.productIds.get(draft.mainProduct)!;
    opp.leadId = draft.fromLead ? ids.uuid() : null;
    return opp;
  });
}

function openStageName(reached: number): OpenStage {
  return (["Qualify", "Discover", "Propose", "Negotiate"] as const)[reached - 1]!;
}

/** A seller of `team` working on `day`: the account owner often, otherwise weighted by ramp and skill. */
function pickSeller(random: Random, team: SalesTeam, day: number, account: DemoAccount): DemoPerson {
  const active = team.members
    .filter((m) => m.from <= day && (m.to === null || day < m.to))
    .map((m) => m.person);
  if (active.includes(account.owner) && random.chance(0.5 * rampFactor(account.owner, day)))
    return account.owner;
  if (active.length === 0) {
    const manager =
      team.managers.find((m) => m.from <= day && (m.to === null || day < m.to)) ?? team.managers[0]!;
    return manager.person;
  }
  return pickWeighted(
    random,
    active.map((p) => [p, Math.max(0.08, rampFactor(p, day + 45)) * p.skill ** 0.3] as const),
  );
}
