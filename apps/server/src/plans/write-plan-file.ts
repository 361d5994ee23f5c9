import { Document, type ScalarTag } from "yaml";
import type { PlanDefinition } from "@attain/engine";
import type { PlanFileFormat } from "./plan-file-format";

const PLAIN_DECIMAL = /^-?\d+(\.\d+)?$/;

// Decimal strings are written unquoted (`rate: 0.050`): readPlanFile reads numbers from their source text, so
// they come back as the same strings, and the file reads like one a person wrote.
const decimalText: ScalarTag = {
  tag: "tag:yaml.org,2002:float",
  default: true,
  identify: (value) => typeof value === "string" && PLAIN_DECIMAL.test(value),
  test: PLAIN_DECIMAL,
  resolve: (source) => source,
  stringify: ({ value }) => String(value),
};

/** Writes a plan as a plan file; `readPlanFile(writePlanFile(plan, format), …)` gives the same plan back. */
export function writePlanFile(plan: PlanDefinition, format: PlanFileFormat): string {
  if (format === "json") return `${JSON.stringify(plan, null, 2)}\n`;
  const doc = new Document(plan, { customTags: (tags) => [decimalText, ...tags] });
  return doc.toString({ lineWidth: 0 });
}
