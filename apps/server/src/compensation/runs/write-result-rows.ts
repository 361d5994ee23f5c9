import { randomUUID } from "node:crypto";
import type { PayeePeriodResult } from "@attain/engine";
import type { SqlSession } from "@attain/db";
import { carryStateOf } from "../calculation/carry-state";
import type { PayeeMeta } from "../calculation/load-period-inputs";
import { csvField, csvJson } from "./csv-field";

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
] as const;

export const lineColumns = [
  "workspace_id",
  "result_id",
  "run_id",
  "person_id",
  "line_no",
  "component",
  "kind",
  "credit_id",
  "transaction_id",
  "exact",
  "amount",
  "trace",
] as const;

/**
 * Writes computed results and their lines with COPY (on PostgreSQL through pg-copy-streams, on PGlite from a blob):
 * one statement per table per call, rows built as CSV text. Returns how many lines were written.
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
  const lines: string[] = [];
  const fixed = `${params.workspaceId},`;
  for (const { meta, result } of params.rows) {
    const resultId = randomUUID();
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
      ].join(","),
    );
    const prefix = `${fixed}${resultId},${params.runId},${meta.personId},`;
    result.lines.forEach((line, index) => {
      lines.push(
        `${prefix}${index + 1},${csvField(line.component)},${line.kind},${csvField(line.creditId)},${csvField(line.transactionId)},${line.exact},${line.amount},${csvJson(line.trace)}`,
      );
    });
  }
  await sql.copyCsv("comp_results", resultColumns, `${results.join("\n")}\n`);
  if (lines.length > 0) await sql.copyCsv("comp_result_lines", lineColumns, `${lines.join("\n")}\n`);
  return lines.length;
}
