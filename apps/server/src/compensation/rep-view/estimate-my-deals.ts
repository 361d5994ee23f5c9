import {
  compareAmounts,
  convertAmount,
  EngineInputError,
  estimateDealCommission,
  subtractAmounts,
  type TraceStep,
} from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import { loadWorkspace } from "../../revenue/resolve-revenue-request";
import type { CalcDb } from "../calculation/calc-db";
import { loadExchangeRates } from "../calculation/load-exchange-rates";
import { loadPayeePlans } from "../calculation/load-payee-plans";
import { loadPeriodInputs } from "../calculation/load-period-inputs";
import { buildDealCredit } from "./build-deal-credit";
import { loadOpenDeals } from "./load-open-deals";
import { resolveCurrentPeriod } from "./resolve-current-period";

export type WhatIf = {
  opportunityId: string;
  name: string;
  amount: string;
  currency: string;
  share: string;
  /** What closing the deal today adds to earned this period, in the plan currency; null when it cannot be estimated. */
  estimatedCommission: string | null;
  earnedBefore: string | null;
  earnedAfter: string | null;
  attainmentBefore: string | null;
  attainmentAfter: string | null;
  trace: TraceStep[];
  problem: string | null;
};

export type WhatIfReport = { periodKey: string; planKey: string; planCurrency: string; items: WhatIf[] };

/**
 * "What if I close this deal today": for each of the caller's open opportunities (or one), the engine's
 * estimateDealCommission on the caller's inputs for the current period (loadPeriodInputs) with the deal added as a
 * credit of the owner's share, converted to the plan currency at the latest rate (rounded half-up to the minor unit).
 */
export async function estimateMyDeals(
  database: CalcDb,
  viewer: Viewer,
  today: string,
  opportunityId: string | null,
): Promise<WhatIfReport> {
  const me = viewer.personId;
  if (!me) throw problems.forbidden("Your user is not linked to a person, so it has no deals to estimate.");
  const { sql } = database;
  const workspace = await loadWorkspace(database.db, viewer.workspaceId);
  const { payees } = await loadPayeePlans(sql, {
    workspaceId: viewer.workspaceId,
    period: { start: today, end: today },
    personIds: [me],
  });
  const plan = payees[0]?.plan;
  if (!plan) throw problems.notFound("A compensation plan of yours in force today");
  const periodKey = resolveCurrentPeriod(today, plan.period, workspace.calendar);
  const loaded = await loadPeriodInputs(database, {
    workspaceId: viewer.workspaceId,
    periodKey,
    personIds: [me],
  });
  const input = loaded.inputs.find((i) => i.payee.id === me);
  if (!input) throw problems.notFound(`Your calculation inputs for ${periodKey}`);
  const deals = await loadOpenDeals(sql, { workspaceId: viewer.workspaceId, ownerId: me, opportunityId });
  if (opportunityId && deals.length === 0)
    throw problems.notFound("An open opportunity of yours with an amount");
  const rates = await loadExchangeRates(sql, {
    workspaceId: viewer.workspaceId,
    reportingCurrency: workspace.currency,
    planCurrencies: [plan.currency],
    to: today,
  });

  const items = deals.map((deal): WhatIf => {
    const share = compareAmounts(deal.othersShare, "1") >= 0 ? "0" : subtractAmounts("1", deal.othersShare);
    const base = {
      opportunityId: deal.id,
      name: deal.name,
      amount: deal.amount,
      currency: deal.currency,
      share,
    };
    const empty = {
      earnedBefore: null,
      earnedAfter: null,
      attainmentBefore: null,
      attainmentAfter: null,
      trace: [],
    };
    const rate =
      deal.currency === plan.currency
        ? "1"
        : rates
            .filter((r) => r.from === deal.currency && r.validFrom <= today)
            .sort((a, b) => (a.validFrom < b.validFrom ? 1 : -1))[0]?.rate;
    if (!rate) {
      return {
        ...base,
        ...empty,
        estimatedCommission: null,
        problem: `No exchange rate from ${deal.currency} to ${plan.currency} on or before ${today}.`,
      };
    }
    const credit = buildDealCredit(deal, {
      payeeId: me,
      date: today,
      share,
      planAmount: convertAmount(deal.amount, rate, plan.currency, "half_up"),
    });
    try {
      const { before, after, difference } = estimateDealCommission(input, credit);
      const dealSteps = after.lines
        .filter((l) => l.transactionId === credit.transactionId)
        .flatMap((l) => l.trace);
      return {
        ...base,
        estimatedCommission: difference,
        earnedBefore: before.totals.earned,
        earnedAfter: after.totals.earned,
        attainmentBefore: before.attainment.ratio,
        attainmentAfter: after.attainment.ratio,
        trace: [
          ...dealSteps,
          {
            rule: "what-if",
            detail: `Earned this period: ${before.totals.earned} without the deal, ${after.totals.earned} with it; difference ${difference} ${plan.currency}.`,
            values: {
              before: before.totals.earned,
              after: after.totals.earned,
              difference,
              bookings: credit.measures.bookings ?? "0",
            },
          },
        ],
        problem: null,
      };
    } catch (error) {
      if (!(error instanceof EngineInputError)) throw error;
      return { ...base, ...empty, estimatedCommission: null, problem: error.message };
    }
  });
  return { periodKey, planKey: plan.key, planCurrency: plan.currency, items };
}
