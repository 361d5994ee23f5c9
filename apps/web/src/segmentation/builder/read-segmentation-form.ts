import type { SegmentationConfig, SegmentCondition, TierConfig } from "../../api/segmentation-types";
import { sumDecimalStrings } from "../../comp/shared/decimal-sum";
import { compareDecimalStrings } from "../../format/decimal-string";
import type { AppLocale } from "../../format/locale";
import { parseAmountInput } from "../../planning/grid/parse-amount-input";
import { percentToFraction } from "../../planning/wizard/percent-text";
import { toSegmentField } from "../shared/segment-fields";
import type { ConditionForm, SegmentationForm } from "./segmentation-form";

/** Why a field is refused; the builder words each reason (segmentation.issues.*). */
export type FormIssue =
  | "required"
  | "not_a_number"
  | "negative"
  | "too_many_decimals"
  | "not_an_integer"
  | "no_values"
  | "range_empty"
  | "range_reversed"
  | "share_not_positive"
  | "shares_over_100"
  | "mins_not_descending"
  | "duplicate_tier"
  | "too_few_tiers"
  | "bins_range"
  | "k_range"
  | "no_features";

/** Issues by the engine's dotted path ("rules[0].conditions[1].values", "tiers[2].share", "kMax"). */
export type FormIssues = Partial<Record<string, FormIssue>>;

export const binsRange = { min: 2, max: 10 } as const;
export const kRange = { min: 2, max: 20 } as const;

type Reader = {
  issues: FormIssues;
  decimal: (path: string, text: string, places: number) => string | null;
  integer: (path: string, text: string) => number | null;
  required: (path: string, text: string) => string;
};

function reader(locale: AppLocale): Reader {
  const issues: FormIssues = {};
  return {
    issues,
    decimal(path, text, places) {
      const parsed = parseAmountInput(text, locale, places);
      if (parsed.ok) return parsed.amount;
      issues[path] = parsed.reason === "empty" ? "required" : parsed.reason;
      return null;
    },
    integer(path, text) {
      const value = text.trim();
      if (value === "") issues[path] = "required";
      else if (!/^\d+$/.test(value)) issues[path] = "not_an_integer";
      else return Number(value);
      return null;
    },
    required(path, text) {
      if (text.trim() === "") issues[path] = "required";
      return text.trim();
    },
  };
}

// Win rates are typed in percent ("40" = 40%) but the engine compares fractions ("0.4").
function readBound(read: Reader, path: string, text: string, field: ConditionForm["field"]): string | null {
  if (field !== "winRate") return read.decimal(path, text, 4);
  const percent = read.decimal(path, text, 2);
  return percent === null ? null : percentToFraction(percent);
}

function readCondition(read: Reader, path: string, form: ConditionForm): SegmentCondition {
  if (form.field === "attribute") read.required(`${path}.field`, form.attribute);
  const field = toSegmentField(form.field, form.attribute);
  if (form.op === "isNull" || form.op === "notNull") return { field, op: form.op };
  if (form.op === "between") {
    const min = form.min.trim() === "" ? undefined : readBound(read, `${path}.min`, form.min, form.field);
    const max = form.max.trim() === "" ? undefined : readBound(read, `${path}.max`, form.max, form.field);
    if (form.min.trim() === "" && form.max.trim() === "") read.issues[`${path}.min`] = "range_empty";
    else if (min && max && compareDecimalStrings(min, max) >= 0)
      read.issues[`${path}.max`] = "range_reversed";
    return { field, op: "between", ...(min ? { min } : {}), ...(max ? { max } : {}) };
  }
  const values = form.values
    .split(",")
    .map((v) => v.trim())
    .filter((v) => v !== "");
  if (values.length === 0) read.issues[`${path}.values`] = "no_values";
  return { field, op: form.op, values };
}

function readTiers(read: Reader, form: SegmentationForm): TierConfig {
  const names = new Set<string>();
  if (form.tiers.length < 2) read.issues.tiers = "too_few_tiers";
  const ruled = form.tiers.slice(0, -1);
  const tiers: TierConfig["tiers"] = form.tiers.map((row, i) => {
    const tier = read.required(`tiers[${i}].tier`, row.tier);
    if (tier !== "" && names.has(tier)) read.issues[`tiers[${i}].tier`] = "duplicate_tier";
    names.add(tier);
    // The last tier takes the rest: its share or minimum is not asked for.
    if (i === form.tiers.length - 1) return { tier };
    if (form.method === "threshold") {
      const min = read.decimal(`tiers[${i}].min`, row.min, 2);
      return min === null ? { tier } : { tier, min };
    }
    const percent = read.decimal(`tiers[${i}].share`, row.share, 2);
    if (percent !== null && compareDecimalStrings(percent, "0") <= 0)
      read.issues[`tiers[${i}].share`] = "share_not_positive";
    return percent === null ? { tier } : { tier, share: percentToFraction(percent) };
  });
  if (form.method === "threshold") {
    // Tiers are tried top down, so each minimum must be below the one before it.
    tiers.slice(1, ruled.length).forEach((row, j) => {
      const before = tiers[j]?.min;
      if (row.min && before && compareDecimalStrings(row.min, before) >= 0)
        read.issues[`tiers[${j + 1}].min`] = "mins_not_descending";
    });
  } else {
    const shares = tiers.flatMap((row) => (row.share ? [row.share] : []));
    if (compareDecimalStrings(sumDecimalStrings(shares), "1") > 0)
      read.issues[`tiers[${ruled.length - 1}].share`] = "shares_over_100";
  }
  return { kind: "tiers", basis: form.basis, method: form.method, tiers };
}

/**
 * The engine configuration the builder describes, and every problem found, by the engine's field path (the same
 * paths the API's 422 names, so a server refusal lands on the same field). Shares are typed in percent.
 */
export function readSegmentationForm(
  form: SegmentationForm,
  locale: AppLocale,
): { config: SegmentationConfig; issues: FormIssues } {
  const read = reader(locale);
  const config = ((): SegmentationConfig => {
    switch (form.kind) {
      case "rules":
        return {
          kind: "rules",
          rules: form.rules.map((rule, i) => ({
            segment: read.required(`rules[${i}].segment`, rule.segment),
            conditions: rule.conditions.map((c, j) => readCondition(read, `rules[${i}].conditions[${j}]`, c)),
          })),
          otherwise: form.otherwise.trim() === "" ? null : form.otherwise.trim(),
        };
      case "tiers":
        return readTiers(read, form);
      case "rfm": {
        const bins = read.integer("bins", form.bins);
        if (bins !== null && (bins < binsRange.min || bins > binsRange.max)) read.issues.bins = "bins_range";
        return { kind: "rfm", bins: bins ?? 0 };
      }
      case "clusters": {
        const kMin = read.integer("kMin", form.kMin);
        const kMax = read.integer("kMax", form.kMax);
        const seed = read.integer("seed", form.seed);
        if (kMin !== null && (kMin < kRange.min || kMin > kRange.max)) read.issues.kMin = "k_range";
        if (kMax !== null && (kMax > kRange.max || (kMin !== null && kMax < kMin)))
          read.issues.kMax = "k_range";
        if (form.features.length === 0) read.issues.features = "no_features";
        return {
          kind: "clusters",
          features: form.features,
          // A log transform only means something on a feature the clustering uses.
          logFeatures: form.logFeatures.filter((f) => form.features.includes(f)),
          kMin: kMin ?? 0,
          kMax: kMax ?? 0,
          seed: seed ?? 0,
        };
      }
    }
  })();
  return { config, issues: read.issues };
}
