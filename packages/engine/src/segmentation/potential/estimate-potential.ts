import { SegmentationInputError, throwIfIssues } from "../segmentation-input-error";
import { checkSegmentationAccounts } from "../segments/check-segmentation-accounts";
import type { PotentialConfig, PotentialEstimate, PotentialResult, SegmentationAccount } from "../types";
import { checkPotentialConfig } from "./check-potential-config";
import { type Customer, fitPotentialModel, type PotentialModel } from "./fit-potential-model";
import { firmographics } from "./potential-design";
import { heldOutAccuracy } from "./held-out-accuracy";
import { peerMedianEstimate, peerMedians } from "./peer-median";
import { splitCustomers } from "./split-customers";
import { atLeastBestYear, bestYearOf, bookingsIn, toAmount } from "./to-amount";

/** The fewest customers with firmographics a model is fitted on (and held out from). */
export const MIN_CUSTOMERS = 5;

const signed = (value: number) => `${value >= 0 ? "+" : "−"}${Math.abs(value).toFixed(4)}`;

function modelEstimate(
  account: SegmentationAccount,
  logs: [number, number],
  model: PotentialModel,
  config: PotentialConfig,
): PotentialEstimate {
  const log = model.predictLog(account, logs);
  const predicted = toAmount(Math.exp(log));
  const withHeadroom = toAmount(Math.exp(log + model.residualQuantile));
  const best = bestYearOf(account.history.revenueByYear);
  const { potential, ownHistory } = atLeastBestYear(withHeadroom, best?.amount ?? null);
  const actual = bookingsIn(account.history.revenueByYear, config.year);
  const industry = model.design.industries.includes(account.industry ?? "") ? account.industry : "pooled";
  const country = model.design.countries.includes(account.countryCode ?? "") ? account.countryCode : "pooled";
  return {
    accountId: account.id,
    potential,
    predicted,
    actual,
    basis: ownHistory ? "own history" : "model",
    trace: [
      `ln employees ${logs[0].toFixed(4)}, ln annual revenue ${logs[1].toFixed(4)}, industry ${industry}, country ${country} → ln bookings ${log.toFixed(4)}`,
      `median prediction e^${log.toFixed(4)} = ${predicted}; headroom: residual q${config.headroomQuantile} ${signed(model.residualQuantile)} → ${withHeadroom}`,
      best === null
        ? `no bookings yet → potential ${potential}`
        : `best year ${best.year} ${best.amount.toFixed()} → potential ${potential} (${ownHistory ? "own history" : "model"})`,
    ],
  };
}

/**
 * Account potential (docs/calculations/account-potential.md): a log-linear ridge regression of customers' bookings
 * in `year` on ln employees, ln annual revenue, industry and country (rare levels pooled), fitted on a seeded split
 * and scored on the held-out customers against the industry-median baseline. Potential = the prediction raised to
 * the residuals' `headroomQuantile`, never below the account's own best year; accounts without firmographics get
 * their industry peers' median potential. Amounts to 2 decimals, half up.
 */
export function estimatePotential(
  accounts: readonly SegmentationAccount[],
  config: PotentialConfig,
): PotentialResult {
  throwIfIssues([...checkPotentialConfig(config), ...checkSegmentationAccounts(accounts)]);
  const customers: Customer[] = [];
  for (const account of accounts) {
    const logs = firmographics(account);
    const bookings = Number(account.history.revenueByYear[config.year] ?? "0");
    if (logs !== null && bookings > 0) customers.push({ account, logs, bookings });
  }
  if (customers.length < MIN_CUSTOMERS) {
    throw new SegmentationInputError([
      {
        code: "too_few_accounts",
        field: "year",
        message: `year ${config.year}: ${customers.length} customers with bookings, employees and annual revenue; the model needs at least ${MIN_CUSTOMERS}`,
      },
    ]);
  }
  const { train, heldOut } = splitCustomers(
    customers.map((c) => c.account.id),
    config.holdoutShare,
    config.seed,
  );
  const training = customers.filter((c) => train.has(c.account.id));
  const testing = customers.filter((c) => heldOut.has(c.account.id));
  const model = fitPotentialModel(training, config);

  const estimates: (PotentialEstimate | null)[] = accounts.map((account) => {
    const logs = firmographics(account);
    return logs === null ? null : modelEstimate(account, logs, model, config);
  });
  const modelled = estimates.filter((estimate): estimate is PotentialEstimate => estimate !== null);
  const medians = peerMedians(
    modelled,
    new Map(accounts.map((account) => [account.id, account.industry])),
    config.minIndustryCustomers,
  );
  const warnings: { accountId: string; message: string }[] = [];
  return {
    estimates: accounts.map((account, i) => {
      const estimate = estimates[i];
      if (estimate !== null && estimate !== undefined) return estimate;
      warnings.push({
        accountId: account.id,
        message: "no employees or annual revenue: potential is the peer median",
      });
      return peerMedianEstimate(account, medians, config);
    }),
    model: {
      features: model.coefficients.map((c) => c.name),
      coefficients: model.coefficients,
      residualQuantile: model.residualQuantile,
    },
    accuracy: heldOutAccuracy(model, training, testing),
    warnings,
  };
}
