import { fitLogisticRegression, sigmoid } from "./fit-logistic-regression";
import type { PlattCalibration } from "./types";

const EPSILON = 1e-6;

/**
 * Platt scaling on a held-out slice: a one-feature logistic regression of the outcome on logit(raw score). When the
 * slice lacks a class, or the fitted slope is not positive (which would reverse the ranking), the identity is kept.
 */
export function fitPlattScaling(raw: readonly number[], labels: readonly boolean[]): PlattCalibration {
  const identity = { a: 0, b: 1 };
  if (raw.length === 0 || labels.every(Boolean) || !labels.some(Boolean)) return identity;
  const fit = fitLogisticRegression(
    raw.map((p) => [1, logit(p)]),
    labels,
    { lambda: 1e-6 },
  );
  const [a, b] = fit.coefficients as [number, number];
  return Number.isFinite(a) && Number.isFinite(b) && b > 0 ? { a, b } : identity;
}

export function applyPlattScaling(calibration: PlattCalibration, raw: number): number {
  return sigmoid(calibration.a + calibration.b * logit(raw));
}

function logit(p: number): number {
  const clipped = Math.min(Math.max(p, EPSILON), 1 - EPSILON);
  return Math.log(clipped / (1 - clipped));
}
