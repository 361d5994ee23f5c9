import { createHash } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { compPayoutExports, type Db } from "@attain/db";
import type { Viewer } from "../../auth/viewer";
import { loadPeriod } from "../workflow/load-period";
import { periodConflict } from "../workflow/period-conflict";
import { recordCompEvent } from "../audit/record-comp-event";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import { buildPayrollRows } from "./build-payroll-rows";
import { loadPayrollPayees } from "./load-payroll-payees";
import { type PayrollPresetName, payrollPresets } from "./payroll-presets";
import { writeCsv } from "./write-csv";

/** The CSV text of a payroll export (UTF-8, CRLF rows). */
export type PayrollExport = { periodKey: string; preset: PayrollPresetName; content: string };

/**
 * The payroll file of an approved, published or paid period. For a published or paid period the first export of each
 * preset is stored (comp_payout_exports) and every later export returns those exact bytes, even if names changed
 * since. An approved period may still change (a rejection, an adjustment), so its file is built fresh each time.
 */
export async function exportPayroll(
  db: Db,
  viewer: Viewer,
  params: { periodKey: string; preset: PayrollPresetName },
): Promise<PayrollExport> {
  requireCompAdmin(viewer);
  const period = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey: params.periodKey });
  const allowed = ["approved", "published", "paid"] as const;
  const runId = period.publishedRunId ?? period.currentRunId;
  if (!(allowed as readonly string[]).includes(period.status) || !runId) {
    throw periodConflict(period.periodKey, period.status, "exported", allowed);
  }
  const final = period.status !== "approved";
  const stored = async () => {
    const [row] = await db
      .select()
      .from(compPayoutExports)
      .where(
        and(
          eq(compPayoutExports.workspaceId, viewer.workspaceId),
          eq(compPayoutExports.periodKey, params.periodKey),
          eq(compPayoutExports.preset, params.preset),
          eq(compPayoutExports.runId, runId),
        ),
      );
    return row ? { periodKey: row.periodKey, preset: params.preset, content: row.content } : null;
  };
  if (final) {
    const existing = await stored();
    if (existing) return existing;
  }

  const preset = payrollPresets[params.preset];
  const { rows, controls } = buildPayrollRows(
    params.periodKey,
    await loadPayrollPayees(db, { workspaceId: viewer.workspaceId, periodKey: params.periodKey, runId }),
  );
  const content = writeCsv([preset.header, ...rows.map(preset.row), ...controls.map(preset.control)]);
  const built = { periodKey: params.periodKey, preset: params.preset, content };
  if (!final) return built;

  await db.transaction(async (tx) => {
    const inserted = await tx
      .insert(compPayoutExports)
      .values({
        workspaceId: viewer.workspaceId,
        periodKey: params.periodKey,
        preset: params.preset,
        runId,
        content,
        contentSha256: createHash("sha256").update(content).digest("hex"),
        // One numeric column: the control total when the file has one currency (the file holds one per currency).
        controlTotal: controls.length === 1 ? controls[0]!.total : "0",
        rowCount: rows.length,
        createdBy: viewer.userId,
      })
      .onConflictDoNothing()
      .returning({ id: compPayoutExports.id, sha: compPayoutExports.contentSha256 });
    if (inserted[0]) {
      await recordCompEvent(tx, {
        workspaceId: viewer.workspaceId,
        actorId: viewer.userId,
        action: "export",
        entity: "payout_export",
        entityId: inserted[0].id,
        before: null,
        after: {
          periodKey: params.periodKey,
          preset: params.preset,
          runId,
          sha256: inserted[0].sha,
          controls,
        },
      });
    }
  });
  return (await stored()) ?? built;
}
