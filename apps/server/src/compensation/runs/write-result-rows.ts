import { randomUUID } from "node:crypto";
import type { PayeePeriodResult } from "@attain/engine";
import type { SqlSession } from "@attain/db";
import { carryStateOf } from "../calculation/carry-state";
import type { PayeeMeta } from "../calculation/load-period-inputs";
import { csvField, csvJson, csvText } from "./csv-field";
import { encodeResultLines, totalLines } from "./encode-result-lines";

export const resultColumns = [
  "id",
  "workspace_id",
  "run_id",
  "period_key",
  "person_id",
  "plan_version_id",
  "currency",
  "earned",
  "payable",
  "totals",
  "attainment",
  "carry",
  "next_tier",
  "input_fingerprint",
  "line_set_id",
  "line_count",
  "line_totals",
] as const;

export const lineSetColumns = ["id", "workspace_id", "run_id", "line_count", "lines"] as const;

/**
 * Writes computed results and their line sets with COPY (on PostgreSQL through pg-copy-streams, on PGlite from a
 * blob): one statement per table per call, rows built as CSV text, each result's lines one compact document
 * (encodeResultLines) whose id is the result's. Returns how many lines were written.
 */
export async function writeResultRows(
  sql: SqlSession,
  params: {
    workspaceId: string;
    runId: string;
    periodKey: string;
    rows: readonly { meta: PayeeMeta; result: PayeePeriodResult }[];
  },
): Promise<number> {
  if (params.rows.length === 0) return 0;
  const results: string[] = [];
  const lineSets: string[] = [];
  let lineCount = 0;
  for (const { meta, result } of params.rows) {
    const resultId = randomUUID();
    lineCount += result.lines.length;
    results.push(
      [
        resultId,
        params.workspaceId,
        params.runId,
        csvField(params.periodKey),
        meta.personId,
        meta.planVersionId,
        result.currency,
        result.totals.earned,
        result.totals.payable,
        csvJson(result.totals),
        csvJson(result.attainment),
        csvJson(carryStateOf(result)),
        result.nextTier ? csvJson(result.nextTier) : "",
        meta.fingerprint,
        resultId,
        result.lines.length,
        csvJson(totalLines(result.lines)),
      ].join(","),
    );
    lineSets.push(
      `${resultId},${params.workspaceId},${params.runId},${result.lines.length},${csvText(encodeResultLines(result.lines))}`,
    );
  }
  await sql.copyCsv("comp_result_line_sets", lineSetColumns, `${lineSets.join("\n")}\n`);
  await sql.copyCsv("comp_results", resultColumns, `${results.join("\n")}\n`);
  return lineCount;
}
