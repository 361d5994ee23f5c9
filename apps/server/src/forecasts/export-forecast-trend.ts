import ExcelJS from "exceljs";
import type { Db } from "@attain/db";
import { resolveScope } from "../auth/resolve-scope";
import type { Viewer } from "../auth/viewer";
import { type CsvCell, writeCsv } from "../compensation/exports/write-csv";
import { amountCellValue } from "../planning/quota-sheet/amount-cell";
import type { MotionView } from "./compute-forecast-roll-up";
import { loadForecastCalendar, loadForecastPeriod } from "./ensure-forecast-periods";
import { assertMayReadForecasts } from "./forecast-access";
import { loadOrgOn } from "./load-org-on";
import { loadSnapshotPoints, type SnapshotPoint } from "./load-snapshot-points";

export const TREND_COLUMNS = [
  "taken_on",
  "kind",
  "person",
  "manager",
  "motion",
  "closed",
  "commit",
  "best_case",
  "pipeline",
  "commit_forecast",
  "best_case_forecast",
  "own_commit",
  "own_best_case",
  "statistical_expected",
  "statistical_low",
  "statistical_high",
  "currency",
] as const;

type Cell = string | { amount: string } | null;

/**
 * Every snapshot of the period for everyone in the caller's scope (or `personId`'s tree today), one row per
 * snapshot, person and motion — both motions and their sum when `motion` is "all" — oldest first, then by name.
 */
async function trendRows(
  db: Db,
  viewer: Viewer,
  params: { periodId: string; personId?: string | undefined; motion: MotionView; today: string },
): Promise<{ label: string; currency: string; rows: Cell[][] }> {
  assertMayReadForecasts(viewer);
  const period = await loadForecastPeriod(db, viewer.workspaceId, params.periodId);
  const { currency, name: workspaceName } = await loadForecastCalendar(db, viewer.workspaceId);
  const scope = await resolveScope(db, viewer, {
    personId: params.personId,
    asOf: params.today,
    workspaceName,
  });
  const { people } = await loadOrgOn(db, viewer.workspaceId, params.today);
  const motions: MotionView[] =
    params.motion === "all" ? ["new_business", "expansion_renewal", "all"] : [params.motion];
  const points: SnapshotPoint[] = [];
  for (const motion of motions) {
    points.push(
      ...(await loadSnapshotPoints(db, {
        workspaceId: viewer.workspaceId,
        periodId: period.id,
        personIds: scope.personIds,
        motion,
      })),
    );
  }
  const nameOf = (id: string | null) => (id === null ? "" : (people.get(id)?.name ?? id));
  points.sort(
    (a, b) =>
      a.takenOn.localeCompare(b.takenOn) ||
      nameOf(a.personId).localeCompare(nameOf(b.personId)) ||
      motions.indexOf(a.motion) - motions.indexOf(b.motion),
  );
  const amount = (v: string | null): Cell => (v === null ? null : { amount: v });
  const rows = points.map((p): Cell[] => [
    p.takenOn,
    p.kind,
    nameOf(p.personId),
    nameOf(p.managerId),
    p.motion,
    amount(p.closed),
    amount(p.commit),
    amount(p.bestCase),
    amount(p.pipeline),
    amount(p.commitForecast),
    amount(p.bestCaseForecast),
    amount(p.ownCommit),
    amount(p.ownBestCase),
    amount(p.statisticalExpected),
    amount(p.statisticalLow),
    amount(p.statisticalHigh),
    currency,
  ]);
  return { label: period.label, currency, rows };
}

const fileName = (label: string, ext: string) => `forecast-trend-${label.replace(/[^\w.-]+/g, "-")}.${ext}`;

/** The trend of everyone in scope as CSV (RFC 4180; text cells neutralised against formula injection). */
export async function exportForecastTrendCsv(
  db: Db,
  viewer: Viewer,
  params: Parameters<typeof trendRows>[2],
): Promise<{ fileName: string; content: string }> {
  const { label, rows } = await trendRows(db, viewer, params);
  const cells = rows.map((r) => r.map((c): CsvCell => c ?? ""));
  return { fileName: fileName(label, "csv"), content: writeCsv([[...TREND_COLUMNS], ...cells]) };
}

/** The same rows as an XLSX sheet, amounts as numbers (exact to 15 significant digits). */
export async function exportForecastTrendXlsx(
  db: Db,
  viewer: Viewer,
  params: Parameters<typeof trendRows>[2],
): Promise<{ fileName: string; body: Buffer }> {
  const { label, rows } = await trendRows(db, viewer, params);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Trend");
  sheet.addRow([...TREND_COLUMNS]).font = { bold: true };
  for (const row of rows) {
    const added = sheet.addRow(
      row.map((c) => (c === null ? null : typeof c === "string" ? c : amountCellValue(c.amount))),
    );
    row.forEach((c, i) => {
      if (c !== null && typeof c !== "string") added.getCell(i + 1).numFmt = "#,##0.00";
    });
  }
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { fileName: fileName(label, "xlsx"), body };
}
