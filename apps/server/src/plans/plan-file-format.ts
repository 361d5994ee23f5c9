/** A plan file is YAML or JSON: by extension (.json / .yaml / .yml), otherwise by content (JSON starts with "{"). */
export type PlanFileFormat = "yaml" | "json";

export function detectPlanFileFormat(fileName: string, text: string): PlanFileFormat {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  return text.trimStart().startsWith("{") ? "json" : "yaml";
}
