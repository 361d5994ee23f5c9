import Decimal from "decimal.js";
import type { EvaluationCriterion, EvaluationScale } from "@attain/db";
import type { FieldProblem } from "../http/problem";

/** A score's place on the scale, 0 at `min` and 1 at `max`: exact to 10 places (4 on 1–5 → 0.75). */
export function normaliseScore(score: number, scale: EvaluationScale): Decimal {
  return new Decimal(score - scale.min).div(scale.max - scale.min).toDecimalPlaces(10, Decimal.ROUND_HALF_UP);
}

/**
 * The overall score: Σ weight × normalised score ÷ Σ weight, 4 places half up; null until every criterion is scored.
 * 4, 3, 5, 4 on 1–5 with weights 0.25 → (0.75 + 0.5 + 1 + 0.75) ÷ 4 = 0.75.
 */
export function overallScore(
  criteria: readonly EvaluationCriterion[],
  scale: EvaluationScale,
  scores: Readonly<Record<string, number>>,
): string | null {
  let weighted = new Decimal(0);
  let weights = new Decimal(0);
  for (const c of criteria) {
    const score = scores[c.key];
    if (score === undefined) return null;
    weighted = weighted.plus(new Decimal(c.weight).times(normaliseScore(score, scale)));
    weights = weights.plus(c.weight);
  }
  if (weights.isZero()) return null;
  return weighted.div(weights).toDecimalPlaces(4, Decimal.ROUND_HALF_UP).toFixed(4);
}

/**
 * Checks scores against the template: every criterion scored (when `complete`), whole numbers within the scale, no
 * unknown criterion; comments only on known criteria. Problems name `scores.<key>` / `comments.<key>`.
 */
export function checkScores(
  criteria: readonly EvaluationCriterion[],
  scale: EvaluationScale,
  input: { scores: Record<string, number>; comments: Record<string, string> },
  complete: boolean,
): FieldProblem[] {
  const errors: FieldProblem[] = [];
  const keys = new Set(criteria.map((c) => c.key));
  for (const c of criteria) {
    const score = input.scores[c.key];
    if (score === undefined) {
      if (complete) errors.push({ path: `scores.${c.key}`, message: `"${c.label}" is not scored` });
    } else if (!Number.isInteger(score))
      errors.push({ path: `scores.${c.key}`, message: "Must be a whole number" });
    else if (score < scale.min || score > scale.max)
      errors.push({ path: `scores.${c.key}`, message: `Must be between ${scale.min} and ${scale.max}` });
  }
  for (const key of Object.keys(input.scores))
    if (!keys.has(key)) errors.push({ path: `scores.${key}`, message: "Not a criterion of the template" });
  for (const key of Object.keys(input.comments))
    if (!keys.has(key)) errors.push({ path: `comments.${key}`, message: "Not a criterion of the template" });
  return errors;
}
