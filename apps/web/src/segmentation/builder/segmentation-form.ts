import type { SegmentationKind, TierConfig } from "../../api/segmentation-types";
import type { FieldChoice, NumericField } from "../shared/segment-fields";

export type ConditionOp = "in" | "notIn" | "startsWith" | "between" | "isNull" | "notNull";
export const conditionOps: readonly ConditionOp[] = [
  "in",
  "notIn",
  "startsWith",
  "between",
  "isNull",
  "notNull",
];

/** A condition as typed: the values as one comma-separated text, the range bounds as the planner writes them. */
export type ConditionForm = {
  field: FieldChoice;
  attribute: string;
  op: ConditionOp;
  values: string;
  min: string;
  max: string;
};

export type RuleForm = { segment: string; conditions: ConditionForm[] };

/** A tier as typed: its share in percent ("20" = the top 20%), or its minimum of the basis. */
export type TierForm = { tier: string; share: string; min: string };

export type SegmentationForm = {
  kind: SegmentationKind;
  rules: RuleForm[];
  /** Empty: accounts no rule matches stay unsegmented. */
  otherwise: string;
  basis: TierConfig["basis"];
  method: TierConfig["method"];
  tiers: TierForm[];
  bins: string;
  features: NumericField[];
  logFeatures: NumericField[];
  kMin: string;
  kMax: string;
  seed: string;
};

export const segmentationKinds: readonly SegmentationKind[] = ["tiers", "rules", "rfm", "clusters"];
export const tierBases: readonly TierConfig["basis"][] = [
  "potential",
  "monetary",
  "annualRevenue",
  "employees",
];
export const tierMethods: readonly TierConfig["method"][] = ["rank", "cumulative", "threshold"];

export function newCondition(): ConditionForm {
  return { field: "industry", attribute: "", op: "in", values: "", min: "", max: "" };
}

export function newRule(segment = ""): RuleForm {
  return { segment, conditions: [newCondition()] };
}

/** A usable start for every kind: ABC tiers by potential (20% / 30% / rest), 5 RFM bins, k 2–6 on the money. */
export function defaultSegmentationForm(): SegmentationForm {
  return {
    kind: "tiers",
    rules: [newRule()],
    otherwise: "",
    basis: "potential",
    method: "rank",
    tiers: [
      { tier: "A", share: "20", min: "" },
      { tier: "B", share: "30", min: "" },
      { tier: "C", share: "", min: "" },
    ],
    bins: "5",
    features: ["monetary", "frequency", "potential"],
    logFeatures: ["monetary", "potential"],
    kMin: "2",
    kMax: "6",
    seed: "1",
  };
}

/** The next tier's name after the last one: "C" → "D"; anything else → "". */
export function nextTierName(tiers: readonly TierForm[]): string {
  const last = tiers[tiers.length - 1]?.tier ?? "";
  return /^[A-Y]$/.test(last) ? String.fromCharCode(last.charCodeAt(0) + 1) : "";
}

/** Every field path the builder shows for this form, so a server error on any other path is listed above it. */
export function formFieldPaths(form: SegmentationForm): string[] {
  const top = ["name", "asOf", "validFrom", "kind"];
  switch (form.kind) {
    case "rules":
      return [
        ...top,
        "rules",
        "otherwise",
        ...form.rules.flatMap((rule, i) => [
          `rules[${i}]`,
          `rules[${i}].segment`,
          ...rule.conditions.flatMap((_, j) =>
            ["", ".field", ".op", ".values", ".min", ".max"].map(
              (end) => `rules[${i}].conditions[${j}]${end}`,
            ),
          ),
        ]),
      ];
    case "tiers":
      return [
        ...top,
        "basis",
        "method",
        "tiers",
        ...form.tiers.flatMap((_, i) => [`tiers[${i}].tier`, `tiers[${i}].share`, `tiers[${i}].min`]),
      ];
    case "rfm":
      return [...top, "bins"];
    case "clusters":
      return [...top, "features", "logFeatures", "kMin", "kMax", "seed"];
  }
}
