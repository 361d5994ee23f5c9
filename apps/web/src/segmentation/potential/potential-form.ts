import type { PotentialFitRequest } from "../../api/segmentation-types";
import { compareDecimalStrings } from "../../format/decimal-string";
import type { AppLocale } from "../../format/locale";
import { parseAmountInput } from "../../planning/grid/parse-amount-input";
import { percentToFraction } from "../../planning/wizard/percent-text";

/** The fit form as typed: shares and the quantile in percent ("20", "75"); an empty year = last complete year. */
export type PotentialForm = {
  year: string;
  holdoutShare: string;
  seed: string;
  headroomQuantile: string;
  minIndustryCustomers: string;
};

export type PotentialIssue =
  | "not_a_year"
  | "required"
  | "not_a_number"
  | "too_many_decimals"
  | "not_an_integer"
  | "percent_range"
  | "quantile_range";
export type PotentialIssues = Partial<Record<keyof PotentialForm, PotentialIssue>>;

/** The API's defaults: 20% held out, seed 1, headroom at the 75th percentile, 5 customers per industry. */
export function defaultPotentialForm(): PotentialForm {
  return { year: "", holdoutShare: "20", seed: "1", headroomQuantile: "75", minIndustryCustomers: "5" };
}

/**
 * The fit request the form describes, and its problems, checked as the server does: the hold-out share strictly
 * between 0% and 100% (a model needs customers to train on and to score), the headroom quantile from 50% (the
 * median prediction) to below 100% (the best peer is an extreme, not a benchmark).
 */
export function readPotentialForm(
  form: PotentialForm,
  locale: AppLocale,
): { request: PotentialFitRequest; issues: PotentialIssues } {
  const issues: PotentialIssues = {};
  const request: PotentialFitRequest = {};
  const year = form.year.trim();
  if (year !== "") {
    if (/^\d{4}$/.test(year)) request.year = year;
    else issues.year = "not_a_year";
  }
  // `low` is the smallest percentage allowed; `open` excludes it too. 100% is always excluded.
  const percent = (
    key: "holdoutShare" | "headroomQuantile",
    low: string,
    open: boolean,
    issue: PotentialIssue,
  ) => {
    const parsed = parseAmountInput(form[key], locale, 2);
    if (!parsed.ok) {
      issues[key] =
        parsed.reason === "empty" ? "required" : parsed.reason === "negative" ? issue : parsed.reason;
      return;
    }
    const belowLow = compareDecimalStrings(parsed.amount, low) < (open ? 1 : 0);
    if (belowLow || compareDecimalStrings(parsed.amount, "100") >= 0) issues[key] = issue;
    else request[key] = percentToFraction(parsed.amount);
  };
  const integer = (key: "seed" | "minIndustryCustomers", min: number) => {
    const text = form[key].trim();
    if (text === "") issues[key] = "required";
    else if (!/^\d+$/.test(text) || Number(text) < min) issues[key] = "not_an_integer";
    else request[key] = Number(text);
  };
  percent("holdoutShare", "0", true, "percent_range");
  integer("seed", 0);
  percent("headroomQuantile", "50", false, "quantile_range");
  integer("minIndustryCustomers", 1);
  return { request, issues };
}
