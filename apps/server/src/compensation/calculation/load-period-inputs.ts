import {
  type CalcPeriod,
  type CreditLine,
  creditTransactions,
  type DuplicateCredit,
  type PayeePeriodInput,
  type PlanDefinition,
  sumAmounts,
  type UnassignedCredit,
} from "@attain/engine";
import { loadWorkspace } from "../../revenue/resolve-revenue-request";
import { annotateTeams } from "./annotate-teams";
import { buildQuotas, rateIndexOf } from "./build-quotas";
import type { CalcDb, CalcProblem } from "./calc-db";
import { createQuotaLookup } from "./create-quota-lookup";
import { fingerprintOf } from "./fingerprint-of";
import { groupCreditingErrors } from "./group-crediting-errors";
import { loadCreditingRules } from "./load-crediting-rules";
import { loadExchangeRates } from "./load-exchange-rates";
import { loadHolds } from "./load-holds";
import { loadMboScores } from "./load-mbo-scores";
import { loadPayeePlans } from "./load-payee-plans";
import { emptyPriorPeriods, loadPriorPeriods } from "./load-prior-periods";
import { loadReportingLines } from "./load-reporting-lines";
import { loadTransactions } from "./load-transactions";
import { orderCreditsByDate } from "./order-credits-by-date";
import { createPhaseTimer, type PhaseTimer } from "./phase-timer";
import { type ReportingTrees, reportingTreesAsOf } from "./reporting-trees";
import { resolveCalcPeriod } from "./resolve-calc-period";

/** Which stored plan version (and input fingerprint) each input comes from; `meta[i]` belongs to `inputs[i]`. */
export type PayeeMeta = { personId: string; planKey: string; planVersionId: string; fingerprint: string };

export type PeriodInputs = {
  period: CalcPeriod;
  inputs: PayeePeriodInput[];
  meta: PayeeMeta[];
  /** Credits that reached nobody on a plan (people without a plan, transactions no rule credits): never dropped. */
  unassigned: UnassignedCredit[];
  problems: CalcProblem[];
  duplicates: DuplicateCredit[];
  /** plan key → version used. */
  planVersions: Record<string, number>;
  /** SHA-256 over every payee's inputs, the unassigned credits and the problems: equal data, equal fingerprint. */
  fingerprint: string;
};

/**
 * Everything a calculation of `periodKey` needs, read from the database (fetch → compute → persist): each payee on a
 * published plan with their credits for the plan year to date (order lines credited by the workspace's rules, in the
 * plan currency), quotas (prorated for hires and leavers and ramped by the workspace's quota policy, each change
 * reported), team quotas, MBO scores, holds and what earlier periods of the year produced.
 * `personIds` limits the payees (null = everyone on a plan); crediting still sees every transaction, so roll-up credit
 * and unassigned reporting are the same as in a full run. `planOverride` calculates one plan with another definition.
 */
export async function loadPeriodInputs(
  db: CalcDb,
  params: {
    workspaceId: string;
    periodKey: string;
    personIds: string[] | null;
    planOverride?: { planKey: string; definition: PlanDefinition };
    /** Receives the time of each loading phase (`load.*`). */
    timer?: PhaseTimer;
  },
): Promise<PeriodInputs> {
  const { sql } = db;
  const timer = params.timer ?? createPhaseTimer();
  const { workspaceId } = params;
  const workspace = await loadWorkspace(db.db, workspaceId);
  const { period, kind, fiscalYear, yearPeriods } = resolveCalcPeriod(params.periodKey, workspace.calendar);
  const problems: CalcProblem[] = [];
  timer.mark("load.workspace");

  const loaded = await loadPayeePlans(sql, {
    workspaceId,
    period,
    personIds: null,
    planOverride: params.planOverride,
  });
  problems.push(...loaded.problems);
  const withPlan = new Set(loaded.payees.map((p) => p.personId));
  const inScope = params.personIds ? new Set(params.personIds) : null;
  const payees = loaded.payees.filter((payee) => {
    if (inScope && !inScope.has(payee.personId)) return false;
    if (payee.plan.period === kind) return true;
    problems.push({
      code: "period_mismatch",
      message: `Plan "${payee.planKey}" is calculated per ${payee.plan.period}; ${payee.name} is not calculated for ${period.key}.`,
      personId: payee.personId,
      planKey: payee.planKey,
    });
    return false;
  });
  const planVersions: Record<string, number> = {};
  for (const payee of payees) planVersions[payee.planKey] = payee.plan.version;
  timer.mark("load.plans");

  const yearStart = yearPeriods[0]!.start;
  const [transactions, rules, reportingLines, holds, mbo] = await Promise.all([
    loadTransactions(sql, { workspaceId, from: yearStart, to: period.end }),
    loadCreditingRules(sql, workspaceId),
    loadReportingLines(sql, workspaceId),
    loadHolds(sql, { workspaceId }),
    loadMboScores(sql, { workspaceId, periodKey: period.key }),
  ]);
  if (rules.team) annotateTeams(transactions, rules.team);
  timer.mark("load.transactions");
  const currencies = [...new Set(payees.map((p) => p.plan.currency))].sort();
  const rates = await loadExchangeRates(sql, {
    workspaceId,
    reportingCurrency: workspace.currency,
    planCurrencies: currencies,
    to: period.end,
  });
  timer.mark("load.rates");

  const currencyOf = new Map(payees.map((p) => [p.personId, p.plan.currency]));
  const creditsOf = new Map<string, CreditLine[]>();
  const duplicates: DuplicateCredit[] = [];
  let unassigned: UnassignedCredit[] = [];
  currencies.forEach((currency, i) => {
    const result = creditTransactions({
      transactions,
      rules,
      reportingLines,
      planCurrency: currency,
      exchangeRates: rates,
      payeesWithPlan: withPlan,
    });
    for (const credit of result.credits) {
      if (currencyOf.get(credit.payeeId) !== currency) continue;
      const list = creditsOf.get(credit.payeeId);
      if (list) list.push(credit);
      else creditsOf.set(credit.payeeId, [credit]);
    }
    duplicates.push(...result.duplicates.filter((d) => currencyOf.get(d.payeeId) === currency));
    if (i === 0) unassigned = result.unassigned;
    problems.push(...groupCreditingErrors(result.errors, transactions, currency));
  });
  if (currencies.length === 0)
    unassigned = creditTransactions({
      transactions,
      rules,
      reportingLines,
      planCurrency: workspace.currency,
      exchangeRates: [],
      payeesWithPlan: withPlan,
    }).unassigned;
  timer.mark("load.crediting");

  const { sources: quotaSources, quotasOf } = await createQuotaLookup(sql, {
    workspaceId,
    measures: [...new Set(payees.map((p) => p.plan.quotaMeasure))].sort(),
    year: { fiscalYear, calendar: workspace.calendar, kind, periods: yearPeriods, reportThrough: period.end },
    report: (problem) => problems.push(problem),
  });
  const earlierPeriods = yearPeriods.filter((p) => p.end < period.start);
  const prior = await loadPriorPeriods(sql, {
    workspaceId,
    earlierPeriods,
    personIds: payees.map((p) => p.personId),
  });
  const trees = reportingTreesAsOf(reportingLines, period.end);
  timer.mark("load.quotas_prior");

  const inputs: PayeePeriodInput[] = [];
  const meta: PayeeMeta[] = [];
  for (const payee of payees) {
    const report = (problem: CalcProblem) => problems.push({ ...problem, personId: payee.personId });
    const currency = payee.plan.currency;
    const rateOf = rateIndexOf(rates, currency);
    const sources = quotaSources.get(payee.plan.quotaMeasure)!;
    const measure = payee.plan.quotaMeasure;
    const quotas = quotasOf(payee.personId, measure, currency, rateOf);
    if (sources.derived.has(payee.personId))
      report({
        code: "derived_quota",
        message: `${payee.name} has no ${payee.plan.quotaMeasure} quota for ${period.key}'s year: derived from monthly booking targets.`,
      });
    else if (!sources.byPerson.has(payee.personId))
      report({ code: "missing_quota", message: `${payee.name} has no quota and no booking targets.` });
    const tree = trees.treeOf(payee.personId);
    const teamQuotas =
      tree.length === 0
        ? {}
        : teamQuotaOf(tree, trees, (member) => quotasOf(member, measure, currency, rateOf));
    const targetIncentive = convertTargetIncentive(payee, currency, rateOf, period.end, report);
    const credits = orderCreditsByDate(creditsOf.get(payee.personId) ?? []);
    const input: PayeePeriodInput = {
      plan: payee.plan,
      payee: {
        id: payee.personId,
        name: payee.name,
        jobRole: payee.jobRole,
        targetIncentive,
        hireDate: payee.hireDate,
        leaveDate: payee.leaveDate,
      },
      period,
      yearPeriods,
      credits,
      quotas,
      teamQuotas,
      mboScores: mbo.get(payee.personId) ?? {},
      prior: prior.get(payee.personId) ?? emptyPriorPeriods(),
      holds: {
        payeeHeld: holds.people.has(payee.personId),
        transactionIds: credits
          .filter((c) => holds.transactions.has(c.transactionId))
          .map((c) => c.transactionId),
        release: !holds.people.has(payee.personId),
      },
    };
    inputs.push(input);
    timer.mark("load.assemble");
    meta.push({
      personId: payee.personId,
      planKey: payee.planKey,
      planVersionId: payee.planVersionId,
      fingerprint: fingerprintOf([payee.planVersionId, input]),
    });
    timer.mark("load.fingerprint");
  }
  const fingerprint = fingerprintOf([meta.map((m) => m.fingerprint), unassigned, problems]);
  timer.mark("load.fingerprint");
  return { period, inputs, meta, unassigned, problems, duplicates, planVersions, fingerprint };
}

/** Team quota per period: the (adjusted) quotas of the people in the manager's tree who manage nobody (the sellers). */
function teamQuotaOf(
  tree: readonly string[],
  trees: ReportingTrees,
  quotasOf: (personId: string) => Record<string, string>,
): Record<string, string> {
  const perPeriod = new Map<string, string[]>();
  for (const member of tree) {
    if (trees.managesAnyone(member)) continue;
    const quotas = quotasOf(member);
    for (const [key, amount] of Object.entries(quotas)) {
      const amounts = perPeriod.get(key);
      if (amounts) amounts.push(amount);
      else perPeriod.set(key, [amount]);
    }
  }
  return Object.fromEntries([...perPeriod].map(([key, amounts]) => [key, sumAmounts(amounts)]));
}

function convertTargetIncentive(
  payee: { targetIncentive: string; targetIncentiveCurrency: string; name: string },
  currency: string,
  rateOf: ReturnType<typeof rateIndexOf>,
  periodEnd: string,
  report: (problem: CalcProblem) => void,
): string {
  if (payee.targetIncentiveCurrency === currency) return payee.targetIncentive;
  const pieces = new Map([
    [
      "ti",
      [
        {
          amount: payee.targetIncentive,
          currency: payee.targetIncentiveCurrency,
          month: `${periodEnd.slice(0, 7)}-01`,
          grain: "period" as const,
          final: true,
        },
      ],
    ],
  ]);
  const converted = buildQuotas(pieces, currency, rateOf, report).ti;
  return converted ?? "0";
}
