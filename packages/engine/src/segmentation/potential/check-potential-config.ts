import type { PotentialConfig, SegmentationIssue } from "../types";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

function fraction(value: unknown, field: string, low: "open" | "closed", issues: SegmentationIssue[]): void {
  if (typeof value !== "string" || !PLAIN_DECIMAL.test(value)) {
    issues.push({
      code: "not_a_decimal",
      field,
      message: `${field}: ${JSON.stringify(value)} is not a plain decimal`,
    });
    return;
  }
  const number = Number(value);
  const ok = low === "open" ? number > 0 && number < 1 : number >= 0 && number <= 1;
  if (!ok) {
    const range = low === "open" ? "above 0 and below 1" : "from 0 to 1";
    issues.push({ code: "invalid", field, message: `${field}: ${value} must be ${range}` });
  }
}

/** Every problem with a potential config, by field; empty when the model can be fitted. */
export function checkPotentialConfig(config: PotentialConfig): SegmentationIssue[] {
  const issues: SegmentationIssue[] = [];
  if (typeof config.year !== "string" || !/^\d{4}$/.test(config.year)) {
    issues.push({
      code: "invalid",
      field: "year",
      message: `year: ${JSON.stringify(config.year)} is not a year`,
    });
  }
  fraction(config.holdoutShare, "holdoutShare", "open", issues);
  fraction(config.headroomQuantile, "headroomQuantile", "closed", issues);
  if (!Number.isSafeInteger(config.seed)) {
    issues.push({ code: "invalid", field: "seed", message: `seed: ${config.seed} is not a whole number` });
  }
  if (!Number.isSafeInteger(config.minIndustryCustomers) || config.minIndustryCustomers < 1) {
    issues.push({
      code: "invalid",
      field: "minIndustryCustomers",
      message: `minIndustryCustomers: ${config.minIndustryCustomers} must be a whole number, 1 or more`,
    });
  }
  return issues;
}
