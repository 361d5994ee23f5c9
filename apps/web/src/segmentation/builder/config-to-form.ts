import type { SegmentationConfig, SegmentCondition } from "../../api/segmentation-types";
import { fractionToPercent } from "../../planning/wizard/percent-text";
import { fromSegmentField, isNumericField, type NumericField } from "../shared/segment-fields";
import { type ConditionForm, defaultSegmentationForm, type SegmentationForm } from "./segmentation-form";

function toConditionForm(condition: SegmentCondition): ConditionForm {
  const { choice, attribute } = fromSegmentField(condition.field);
  const base = { field: choice, attribute, op: condition.op, values: "", min: "", max: "" };
  // Win rates are fractions in the engine and percentages in the builder.
  const bound = (value: string | undefined) =>
    value === undefined ? "" : choice === "winRate" ? fractionToPercent(value) : value;
  if (condition.op === "between") return { ...base, min: bound(condition.min), max: bound(condition.max) };
  return "values" in condition ? { ...base, values: condition.values.join(", ") } : base;
}

const numeric = (fields: readonly string[]): NumericField[] => fields.filter(isNumericField);

/** A stored configuration back in the builder (to start a new run from an existing one); other kinds keep defaults. */
export function configToForm(config: SegmentationConfig): SegmentationForm {
  const form = { ...defaultSegmentationForm(), kind: config.kind };
  switch (config.kind) {
    case "rules":
      return {
        ...form,
        rules: config.rules.map((rule) => ({
          segment: rule.segment,
          conditions: rule.conditions.map(toConditionForm),
        })),
        otherwise: config.otherwise ?? "",
      };
    case "tiers":
      return {
        ...form,
        basis: config.basis,
        method: config.method,
        tiers: config.tiers.map((row) => ({
          tier: row.tier,
          share: row.share === undefined ? "" : fractionToPercent(row.share),
          min: row.min ?? "",
        })),
      };
    case "rfm":
      return { ...form, bins: String(config.bins) };
    case "clusters":
      return {
        ...form,
        features: numeric(config.features),
        logFeatures: numeric(config.logFeatures),
        kMin: String(config.kMin),
        kMax: String(config.kMax),
        seed: String(config.seed),
      };
  }
}
