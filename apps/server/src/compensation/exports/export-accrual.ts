import { and, asc, eq, gte, lte } from "drizzle-orm";
import { compAdjustments, compPeriods, compResults, type Db, workspaces } from "@attain/db";
import { fiscalYearOf, fiscalYearRange, roundAmount, sumAmounts } from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { loadPeriod } from "../workflow/load-period";
import { requireCompAdmin } from "../workflow/require-comp-admin";
import { loadCostCentres } from "./load-cost-centres";
import { writeCsv } from "./write-csv";

type Bucket = {
  costCentre: string;
  region: string;
  periodKey: string;
  status: string;
  currency: string;
  earned: string[];
  adjustments: string[];
};

const header = [
  "cost_centre",
  "region",
  "period",
  "period_status",
  "currency",
  "earned",
  "adjustments",
  "expense",
  "unpaid",
];

/**
 * Commission expense by cost centre and period for finance: every period of the fiscal year up to `periodKey` with
 * results (published run, else current run). expense = earned + adjustments; unpaid = expense of periods not yet paid
 * (earned but not paid). Amounts rounded half-up to the currency's minor unit per row; a control-total row per currency.
 */
export async function exportAccrual(db: Db, viewer: Viewer, periodKey: string): Promise<string> {
  requireCompAdmin(viewer);
  const selected = await loadPeriod(db, { workspaceId: viewer.workspaceId, periodKey });
  const [workspace] = await db.select().from(workspaces).where(eq(workspaces.id, viewer.workspaceId));
  const calendar = {
    startMonth: workspace?.fiscalYearStartMonth ?? 1,
    naming: workspace?.fiscalYearNaming === "start" ? ("start" as const) : ("end" as const),
  };
  const year = fiscalYearRange(fiscalYearOf(selected.periodStart, calendar), calendar);
  const periods = await db
    .select()
    .from(compPeriods)
    .where(
      and(
        eq(compPeriods.workspaceId, viewer.workspaceId),
        gte(compPeriods.periodStart, year.start),
        lte(compPeriods.periodStart, selected.periodStart),
      ),
    )
    .orderBy(asc(compPeriods.periodStart));

  const buckets = new Map<string, Bucket>();
  for (const period of periods) {
    const runId = period.publishedRunId ?? period.currentRunId;
    const results = runId
      ? await db
          .select({
            personId: compResults.personId,
            currency: compResults.currency,
            amount: compResults.earned,
          })
          .from(compResults)
          .where(and(eq(compResults.workspaceId, viewer.workspaceId), eq(compResults.runId, runId)))
      : [];
    const adjustments = await db
      .select({
        personId: compAdjustments.personId,
        currency: compAdjustments.currency,
        amount: compAdjustments.amount,
      })
      .from(compAdjustments)
      .where(
        and(
          eq(compAdjustments.workspaceId, viewer.workspaceId),
          eq(compAdjustments.periodKey, period.periodKey),
        ),
      );
    const centres = await loadCostCentres(db, {
      workspaceId: viewer.workspaceId,
      personIds: [...new Set([...results, ...adjustments].map((r) => r.personId))],
      asOf: period.periodEnd,
    });
    const bucketOf = (personId: string, currency: string) => {
      const centre = centres.get(personId) ?? { costCentre: "unassigned", region: "" };
      const key = JSON.stringify([centre.costCentre, period.periodKey, currency]);
      const bucket = buckets.get(key) ?? {
        ...centre,
        periodKey: period.periodKey,
        status: period.status,
        currency,
        earned: [],
        adjustments: [],
      };
      buckets.set(key, bucket);
      return bucket;
    };
    for (const r of results) bucketOf(r.personId, r.currency).earned.push(r.amount);
    for (const a of adjustments) bucketOf(a.personId, a.currency).adjustments.push(a.amount);
  }

  const periodOrder = periods.map((p) => p.periodKey);
  const rows = [...buckets.values()]
    .sort(
      (a, b) =>
        periodOrder.indexOf(a.periodKey) - periodOrder.indexOf(b.periodKey) ||
        a.costCentre.localeCompare(b.costCentre) ||
        a.currency.localeCompare(b.currency),
    )
    .map((b) => {
      const round = (value: string) => roundAmount(value, b.currency, "half_up");
      const earned = round(sumAmounts(b.earned));
      const adjustments = round(sumAmounts(b.adjustments));
      const expense = sumAmounts([earned, adjustments]);
      return { ...b, earned, adjustments, expense, unpaid: b.status === "paid" ? round("0") : expense };
    });
  const controls = [...new Set(rows.map((r) => r.currency))].sort().map((currency) => {
    const inCurrency = rows.filter((r) => r.currency === currency);
    const total = (pick: (r: (typeof rows)[number]) => string) => ({
      amount: sumAmounts(inCurrency.map(pick)),
    });
    return [
      "CONTROL_TOTAL",
      "",
      periodKey,
      `${inCurrency.length} rows`,
      currency,
      total((r) => r.earned),
      total((r) => r.adjustments),
      total((r) => r.expense),
      total((r) => r.unpaid),
    ];
  });
  return writeCsv([
    header,
    ...rows.map((r) => [
      r.costCentre,
      r.region,
      r.periodKey,
      r.status,
      r.currency,
      { amount: r.earned },
      { amount: r.adjustments },
      { amount: r.expense },
      { amount: r.unpaid },
    ]),
    ...controls,
  ]);
}
