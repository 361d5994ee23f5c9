import { randomUUID } from "node:crypto";
import type { PayeePeriodResult } from "@attain/engine";
import type { SqlSession } from "@attain/db";
import { carryStateOf } from "../calculation/carry-state";
import type { PayeeMeta } from "../calculation/load-period-inputs";
import type { PhaseTimer } from "../calculation/phase-timer";
import { csvField, csvJson, csvText } from "./csv-field";
import { PACKED_PREFIX, packResultLines, totalLines } from "./encode-result-lines";

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

/** One computed result ready for COPY: its comp_results CSV row now, its line set once packed (thread pool). */
export type PreparedResult = { resultRow: string; lineSet: Promise<string>; lineCount: number };

/**
 * Builds a result's comp_results row (CSV) and starts packing its lines (packResultLines, one document whose id is
 * the result's), so the engine's output can be dropped right after the payee is calculated.
 */
export function prepareResultRow(
  params: { workspaceId: string; runId: string; periodKey: string },
  meta: PayeeMeta,
  result: PayeePeriodResult,
): PreparedResult {
  const resultId = randomUUID();
  const lineCount = result.lines.length;
  const resultRow = [
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
    lineCount,
    csvJson(totalLines(result.lines)),
  ].join(",");
  const lineSet = packResultLines(result.lines).then(
    // A packed document is base64 after a prefix: nothing in it needs CSV quoting.
    (doc) =>
      `${resultId},${params.workspaceId},${params.runId},${lineCount},${doc.startsWith(PACKED_PREFIX) ? doc : csvText(doc)}`,
  );
  // Awaited by writeResultRows; a failed run may drop it first, which must not be an unhandled rejection.
  lineSet.catch(() => undefined);
  return { resultRow, lineSet, lineCount };
}

/**
 * Writes prepared results and their line sets with COPY (on PostgreSQL through pg-copy-streams, on PGlite from a
 * blob): one statement per table per call. Returns how many lines were written.
 */
export async function writeResultRows(
  sql: SqlSession,
  rows: readonly PreparedResult[],
  timer?: PhaseTimer,
): Promise<number> {
  if (rows.length === 0) return 0;
  const lineSets = await Promise.all(rows.map((row) => row.lineSet));
  const copyStart = performance.now();
  await sql.copyCsv("comp_result_line_sets", lineSetColumns, `${lineSets.join("\n")}\n`);
  await sql.copyCsv("comp_results", resultColumns, `${rows.map((row) => row.resultRow).join("\n")}\n`);
  // Overlaps the engine's work on the next chunk: the sum of the COPYs' own durations.
  timer?.add("write.copy (overlapped)", performance.now() - copyStart);
  let lineCount = 0;
  for (const row of rows) lineCount += row.lineCount;
  return lineCount;
}
