import type { Assumptions } from "../../api/planning-types";
import { sumDecimalStrings } from "../../comp/shared/decimal-sum";
import { compareDecimalStrings } from "../../format/decimal-string";
import type { AppLocale } from "../../format/locale";
import { parseAmountInput } from "../grid/parse-amount-input";
import { fractionToPercent, percentToFraction } from "./percent-text";

export type DriverName = "history" | "potential" | "pipeline" | "capacity";
export const driverNames: readonly DriverName[] = ["history", "potential", "pipeline", "capacity"];
export type OverAssignmentLevel = "region" | "team" | "person";
export const overAssignmentLevels: readonly OverAssignmentLevel[] = ["region", "team", "person"];

/** The wizard's fields as typed: shares and factors in percent, amounts as the planner writes them. */
export type AssumptionsForm = {
  target: string;
  seasonalitySource: "history" | "entered";
  seasonality: string[];
  weights: Record<DriverName, string>;
  overAssignment: Record<OverAssignmentLevel, string>;
  unit: string;
  proration: "months" | "days";
  ramp: string[];
};

/** Why a field is refused; the wizard words each reason. */
export type FormIssue =
  | "required"
  | "not_a_number"
  | "negative"
  | "too_many_decimals"
  | "seasonality_not_100"
  | "weights_zero"
  | "over_assignment_range"
  | "unit_not_positive"
  | "ramp_over_100"
  | "ramp_empty";

export type FormIssues = Partial<Record<string, FormIssue>>;

export function toAssumptionsForm(assumptions: Assumptions): AssumptionsForm {
  const { allocation, people, target } = assumptions;
  return {
    target: target.annual,
    seasonalitySource: target.seasonality.source,
    seasonality: target.seasonality.weights.map(fractionToPercent),
    weights: {
      history: fractionToPercent(allocation.weights.history),
      potential: fractionToPercent(allocation.weights.potential),
      pipeline: fractionToPercent(allocation.weights.pipeline),
      capacity: fractionToPercent(allocation.weights.capacity),
    },
    overAssignment: {
      region: fractionToPercent(allocation.overAssignment.region),
      team: fractionToPercent(allocation.overAssignment.team),
      person: fractionToPercent(allocation.overAssignment.person),
    },
    unit: allocation.unit,
    proration: people.proration,
    ramp: people.ramp.values.map(fractionToPercent),
  };
}

/**
 * The assumptions the form describes (the fields it does not show are kept from `base`), and every problem found.
 * Same rules as the server, so the planner hears about them before the preview: seasonality sums to exactly 100%,
 * driver weights not all 0, over-assignment 50–300%, unit > 0, each ramp month ≤ 100%.
 */
export function readAssumptionsForm(
  form: AssumptionsForm,
  base: Assumptions,
  locale: AppLocale,
): { assumptions: Assumptions; issues: FormIssues } {
  const issues: FormIssues = {};
  const read = (field: string, text: string, places: number): string => {
    const parsed = parseAmountInput(text, locale, places);
    if (parsed.ok) return parsed.amount;
    issues[field] = parsed.reason === "empty" ? "required" : parsed.reason;
    return "0";
  };

  const target = read("target", form.target, 2);
  const seasonality = form.seasonality.map((w, i) => read(`seasonality.${i}`, w, 4));
  if (
    form.seasonalitySource === "entered" &&
    seasonality.length === 12 &&
    !form.seasonality.some((_, i) => issues[`seasonality.${i}`]) &&
    compareDecimalStrings(sumDecimalStrings(seasonality), "100") !== 0
  )
    issues.seasonality = "seasonality_not_100";

  const weights = Object.fromEntries(
    driverNames.map((name) => [name, read(`weights.${name}`, form.weights[name], 4)]),
  ) as Record<DriverName, string>;
  if (driverNames.every((name) => compareDecimalStrings(weights[name], "0") === 0))
    issues.weights = "weights_zero";

  const overAssignment = Object.fromEntries(
    overAssignmentLevels.map((level) => {
      const field = `overAssignment.${level}`;
      const value = read(field, form.overAssignment[level], 2);
      if (
        !issues[field] &&
        (compareDecimalStrings(value, "50") < 0 || compareDecimalStrings(value, "300") > 0)
      )
        issues[field] = "over_assignment_range";
      return [level, percentToFraction(value)];
    }),
  ) as Record<OverAssignmentLevel, string>;

  const unit = read("unit", form.unit, 2);
  if (!issues.unit && compareDecimalStrings(unit, "0") <= 0) issues.unit = "unit_not_positive";

  if (form.ramp.length === 0) issues.ramp = "ramp_empty";
  const ramp = form.ramp.map((share, i) => {
    const value = read(`ramp.${i}`, share, 2);
    if (!issues[`ramp.${i}`] && compareDecimalStrings(value, "100") > 0)
      issues[`ramp.${i}`] = "ramp_over_100";
    return percentToFraction(value);
  });

  const assumptions: Assumptions = {
    ...base,
    target: {
      annual: target,
      seasonality:
        form.seasonalitySource === "entered"
          ? { source: "entered", weights: seasonality.map(percentToFraction) }
          : { source: "history", weights: base.target.seasonality.weights },
    },
    allocation: {
      ...base.allocation,
      weights: Object.fromEntries(driverNames.map((n) => [n, percentToFraction(weights[n])])) as Record<
        DriverName,
        string
      >,
      overAssignment,
      unit,
    },
    people: { proration: form.proration, ramp: { kind: "share", values: ramp } },
  };
  return { assumptions, issues };
}

/** The fields each wizard step owns, so a step with a problem cannot be left forwards. */
export const stepFields: readonly (readonly string[])[] = [
  ["target", "seasonality"],
  ["weights"],
  ["overAssignment", "unit"],
  ["ramp"],
];

export function stepHasIssues(issues: FormIssues, step: number): boolean {
  const prefixes = stepFields[step] ?? [];
  return Object.keys(issues).some((field) =>
    prefixes.some((prefix) => field === prefix || field.startsWith(`${prefix}.`)),
  );
}
