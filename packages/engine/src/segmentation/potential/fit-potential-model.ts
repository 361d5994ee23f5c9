import type { PotentialConfig, SegmentationAccount } from "../types";
import { fitRidge } from "./fit-ridge";
import {
  designRow,
  featureNames,
  frequentLevels,
  type PotentialDesign,
  penaltiesOf,
} from "./potential-design";
import { quantile } from "./quantile";

export type Customer = { account: SegmentationAccount; logs: [number, number]; bookings: number };

export type PotentialModel = {
  design: PotentialDesign;
  /** Coefficients of the centred design, in featureNames order. */
  beta: number[];
  residualQuantile: number;
  /** ln of the median prediction for an account with firmographics. */
  predictLog: (account: SegmentationAccount, logs: [number, number]) => number;
  /** Coefficients as reported: the intercept of the uncentred logs. */
  coefficients: { name: string; value: number }[];
};

/**
 * Fits ln(bookings) = b₀ + b₁ ln employees + b₂ ln annual revenue + industry + country effects on the training
 * customers (ridge least squares; rare levels pooled), and takes the `headroomQuantile` of its residuals.
 */
export function fitPotentialModel(train: readonly Customer[], config: PotentialConfig): PotentialModel {
  const n = train.length;
  const means: [number, number] = [
    train.reduce((sum, c) => sum + c.logs[0], 0) / n,
    train.reduce((sum, c) => sum + c.logs[1], 0) / n,
  ];
  const design: PotentialDesign = {
    industries: frequentLevels(
      train.map((c) => c.account.industry),
      config.minIndustryCustomers,
    ),
    countries: frequentLevels(
      train.map((c) => c.account.countryCode),
      config.minIndustryCustomers,
    ),
    means,
  };
  const rows = train.map((c) => designRow(c.account, c.logs, design));
  const targets = train.map((c) => Math.log(c.bookings));
  const beta = fitRidge(rows, targets, penaltiesOf(design));
  const predictLog = (account: SegmentationAccount, logs: [number, number]) =>
    designRow(account, logs, design).reduce((sum, x, j) => sum + x * (beta[j] ?? 0), 0);
  const residuals = train.map((c, i) => (targets[i] ?? 0) - predictLog(c.account, c.logs));
  const residualQuantile = quantile(residuals, Number(config.headroomQuantile));
  const names = featureNames(design);
  const [b0, b1, b2] = [beta[0] ?? 0, beta[1] ?? 0, beta[2] ?? 0];
  const coefficients = names.map((name, j) => ({
    name,
    value: j === 0 ? b0 - b1 * means[0] - b2 * means[1] : (beta[j] ?? 0),
  }));
  return { design, beta, residualQuantile, predictLog, coefficients };
}
