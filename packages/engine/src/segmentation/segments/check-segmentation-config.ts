import { toDec } from "../../money/decimal";
import type { SegmentationConfig, SegmentationIssue } from "../types";
import { isTextField, numericFields } from "./segment-fields";
import { segmentationConfigSchema, UNKNOWN_FIELD } from "./segmentation-config-schema";

function issueCode(path: string): SegmentationIssue["code"] {
  if (path.startsWith("rules")) return "bad_rule";
  if (path.startsWith("tiers")) return "bad_tiers";
  if (path.startsWith("kMin") || path.startsWith("kMax")) return "bad_k";
  if (path.startsWith("features") || path.startsWith("logFeatures")) return "no_features";
  return "invalid";
}

function checkRules(
  config: Extract<SegmentationConfig, { kind: "rules" }>,
  issues: SegmentationIssue[],
): void {
  config.rules.forEach((rule, r) => {
    rule.conditions.forEach((condition, c) => {
      const field = `rules[${r}].conditions[${c}]`;
      if (condition.op !== "between") return;
      if (isTextField(condition.field)) {
        issues.push({
          code: "bad_rule",
          field: `${field}.op`,
          message: `${field}: ${condition.field} is text, "between" needs a number`,
        });
      }
      if (condition.min === undefined && condition.max === undefined) {
        issues.push({ code: "bad_rule", field, message: `${field}: "between" needs a min, a max or both` });
      } else if (condition.min !== undefined && condition.max !== undefined) {
        if (toDec(condition.min).gte(toDec(condition.max))) {
          issues.push({
            code: "bad_rule",
            field: `${field}.max`,
            message: `${field}: max ${condition.max} must be above min ${condition.min}`,
          });
        }
      }
    });
  });
}

function checkTiers(
  config: Extract<SegmentationConfig, { kind: "tiers" }>,
  issues: SegmentationIssue[],
): void {
  const seen = new Set<string>();
  config.tiers.forEach((tier, i) => {
    if (seen.has(tier.tier)) {
      issues.push({
        code: "bad_tiers",
        field: `tiers[${i}].tier`,
        message: `tiers[${i}]: tier "${tier.tier}" is named twice`,
      });
    }
    seen.add(tier.tier);
  });
  const ruled = config.tiers.slice(0, -1);
  if (config.method === "threshold") {
    ruled.forEach((tier, i) => {
      if (tier.min === undefined) {
        issues.push({
          code: "bad_tiers",
          field: `tiers[${i}].min`,
          message: `tiers[${i}]: a threshold tier needs a min`,
        });
        return;
      }
      const previous = ruled[i - 1]?.min;
      if (previous !== undefined && toDec(tier.min).gte(toDec(previous))) {
        issues.push({
          code: "bad_tiers",
          field: `tiers[${i}].min`,
          message: `tiers[${i}]: min ${tier.min} must be below the tier above's ${previous}`,
        });
      }
    });
    return;
  }
  let total = toDec("0");
  ruled.forEach((tier, i) => {
    if (tier.share === undefined) {
      issues.push({
        code: "bad_tiers",
        field: `tiers[${i}].share`,
        message: `tiers[${i}]: a ${config.method} tier needs a share`,
      });
      return;
    }
    const share = toDec(tier.share);
    if (share.lte(0) || share.gt(1)) {
      issues.push({
        code: "bad_tiers",
        field: `tiers[${i}].share`,
        message: `tiers[${i}]: share ${tier.share} must be above 0 and at most 1`,
      });
    }
    total = total.plus(share);
  });
  if (total.gt(1)) {
    issues.push({
      code: "bad_tiers",
      field: "tiers",
      message: `tiers: the shares add up to ${total.toFixed()}, more than 1`,
    });
  }
}

function checkClusters(
  config: Extract<SegmentationConfig, { kind: "clusters" }>,
  issues: SegmentationIssue[],
): void {
  if (config.kMax < config.kMin) {
    issues.push({
      code: "bad_k",
      field: "kMax",
      message: `kMax ${config.kMax} is below kMin ${config.kMin}`,
    });
  }
  config.features.forEach((feature, i) => {
    if (isTextField(feature)) {
      issues.push({
        code: "no_features",
        field: `features[${i}]`,
        message: `features[${i}]: ${feature} is text; clustering needs numbers (${numericFields.join(", ")} or a numeric attribute)`,
      });
    }
    if (config.features.indexOf(feature) !== i) {
      issues.push({
        code: "no_features",
        field: `features[${i}]`,
        message: `features[${i}]: ${feature} is listed twice`,
      });
    }
  });
  config.logFeatures.forEach((feature, i) => {
    if (!config.features.includes(feature)) {
      issues.push({
        code: "no_features",
        field: `logFeatures[${i}]`,
        message: `logFeatures[${i}]: ${feature} is not one of the features`,
      });
    }
  });
}

/**
 * Every problem with a segmentation config, each naming its field ("rules[2].conditions[0].max"); empty when the
 * config can run. Shape first (zod), then what the shape cannot say: min below max, tier shares within 1,
 * thresholds decreasing, kMin ≤ kMax, numeric clustering features.
 */
export function checkSegmentationConfig(config: unknown): SegmentationIssue[] {
  const parsed = segmentationConfigSchema.safeParse(config);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const field = issue.path
        .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
        .join("");
      return {
        code: issue.message === UNKNOWN_FIELD ? ("unknown_field" as const) : issueCode(field),
        field,
        message: field === "" ? issue.message : `${field}: ${issue.message}`,
      };
    });
  }
  const valid: SegmentationConfig = parsed.data;
  const issues: SegmentationIssue[] = [];
  if (valid.kind === "rules") checkRules(valid, issues);
  if (valid.kind === "tiers") checkTiers(valid, issues);
  if (valid.kind === "clusters") checkClusters(valid, issues);
  return issues;
}
