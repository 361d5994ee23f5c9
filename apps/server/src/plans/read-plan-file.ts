import { LineCounter, parseDocument } from "yaml";
import type { PlanDefinition } from "@attain/engine";
import { type PlanIssue, validatePlan } from "@attain/engine";
import { locatePlanIssue } from "./locate-plan-issue";
import { detectPlanFileFormat } from "./plan-file-format";
import { yamlToPlanValue } from "./yaml-to-plan-value";

export type LocatedPlanIssue = PlanIssue & { line: number; column: number };

/**
 * Reads a plan file (YAML, or JSON — YAML's subset, parsed with the JSON schema) and validates it. Every issue
 * carries the line and column of the value it is about, so `attain plans validate` can print `plan.yaml:12:7`.
 */
export function readPlanFile(
  text: string,
  fileName: string,
  options: { measures?: readonly string[] } = {},
): { ok: true; plan: PlanDefinition } | { ok: false; issues: LocatedPlanIssue[] } {
  const lineCounter = new LineCounter();
  const json = detectPlanFileFormat(fileName, text) === "json";
  const doc = parseDocument(text, {
    lineCounter,
    prettyErrors: false,
    uniqueKeys: true,
    ...(json ? { schema: "json" as const } : {}),
  });
  if (doc.errors.length > 0) {
    const issues = doc.errors.map((error) => {
      const { line, col } = lineCounter.linePos(error.pos[0]);
      return { path: [], message: `${json ? "JSON" : "YAML"} syntax: ${error.message}`, line, column: col };
    });
    return { ok: false, issues };
  }
  let value: unknown;
  try {
    value = yamlToPlanValue(doc);
  } catch (error) {
    return {
      ok: false,
      issues: [{ path: [], message: String((error as Error).message), line: 1, column: 1 }],
    };
  }
  const result = validatePlan(value, options);
  if (result.ok) return result;
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      ...issue,
      ...locatePlanIssue(doc, lineCounter, issue.path, issue.message.startsWith("unknown key")),
    })),
  };
}
