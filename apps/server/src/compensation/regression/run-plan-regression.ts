import { and, desc, eq, inArray } from "drizzle-orm";
import { compPeriods, compPlans, compPlanVersions, compResults, type Db, people } from "@attain/db";
import {
  calculatePayeePeriod,
  compareAmounts,
  EngineInputError,
  type PlanDefinition,
  subtractAmounts,
  sumAmounts,
} from "@attain/engine";
import type { Viewer } from "../../auth/viewer";
import { problems } from "../../http/problem";
import type { CalcDb } from "../calculation/calc-db";
import { loadPeriodInputs } from "../calculation/load-period-inputs";
import { requireCompAdmin } from "../workflow/require-comp-admin";

export type RegressionRow = {
  periodKey: string;
  personId: string;
  personName: string;
  currency: string;
  /** Earned in the published results (0 when the payee had none on this plan). */
  current: string;
  /** Earned recomputed with the candidate version, not stored. */
  candidate: string;
  difference: string;
};

export type Regression = {
  planKey: string;
  version: number;
  periods: string[];
  rows: RegressionRow[];
  summary: {
    currency: string;
    current: string;
    candidate: string;
    difference: string;
    payees: number;
    changed: number;
  }[];
  problems: { periodKey: string; personId: string | null; message: string }[];
};

/**
 * Plan regression: for the last `periods` published or paid periods, every payee of the plan with their published
 * earned (current) against earned recomputed with version `version`'s definition (candidate, through
 * loadPeriodInputs' planOverride and calculatePayeePeriod; nothing is stored). Each period is recomputed on the stored
 * history of earlier periods (prior carry), not on the candidate's own earlier results.
 */
export async function runPlanRegression(
  database: CalcDb,
  viewer: Viewer,
  params: { planKey: string; version: number; periods: number },
): Promise<Regression> {
  requireCompAdmin(viewer);
  const db: Db = database.db;
  const [found] = await db
    .select({ planId: compPlans.id, definition: compPlanVersions.definition })
    .from(compPlanVersions)
    .innerJoin(compPlans, eq(compPlans.id, compPlanVersions.planId))
    .where(
      and(
        eq(compPlans.workspaceId, viewer.workspaceId),
        eq(compPlans.key, params.planKey),
        eq(compPlanVersions.version, params.version),
      ),
    );
  if (!found) throw problems.notFound(`Version ${params.version} of plan ${params.planKey}`);
  const definition = found.definition as PlanDefinition;
  const versionIds = (
    await db
      .select({ id: compPlanVersions.id })
      .from(compPlanVersions)
      .where(eq(compPlanVersions.planId, found.planId))
  ).map((v) => v.id);
  const closed = (
    await db
      .select()
      .from(compPeriods)
      .where(
        and(
          eq(compPeriods.workspaceId, viewer.workspaceId),
          inArray(compPeriods.status, ["published", "paid"]),
        ),
      )
      .orderBy(desc(compPeriods.periodStart))
      .limit(params.periods)
  ).reverse();

  const rows: RegressionRow[] = [];
  const issues: Regression["problems"] = [];
  for (const period of closed) {
    const current = await db
      .select({
        personId: compResults.personId,
        name: people.fullName,
        currency: compResults.currency,
        earned: compResults.earned,
      })
      .from(compResults)
      .innerJoin(people, eq(people.id, compResults.personId))
      .where(
        and(eq(compResults.runId, period.publishedRunId!), inArray(compResults.planVersionId, versionIds)),
      );
    const loaded = await loadPeriodInputs(database, {
      workspaceId: viewer.workspaceId,
      periodKey: period.periodKey,
      personIds: null,
      planOverride: { planKey: params.planKey, definition },
    });
    for (const p of loaded.problems.filter((p) => !p.planKey || p.planKey === params.planKey)) {
      issues.push({ periodKey: period.periodKey, personId: p.personId ?? null, message: p.message });
    }
    const candidates = new Map<string, { name: string; currency: string; earned: string }>();
    loaded.inputs.forEach((input, i) => {
      if (loaded.meta[i]?.planKey !== params.planKey) return;
      try {
        const result = calculatePayeePeriod(input);
        candidates.set(input.payee.id, {
          name: input.payee.name,
          currency: result.currency,
          earned: result.totals.earned,
        });
      } catch (error) {
        if (!(error instanceof EngineInputError)) throw error;
        issues.push({ periodKey: period.periodKey, personId: input.payee.id, message: error.message });
      }
    });
    const personIds = [...new Set([...current.map((c) => c.personId), ...candidates.keys()])];
    for (const personId of personIds) {
      const before = current.find((c) => c.personId === personId);
      const after = candidates.get(personId);
      const currentEarned = before?.earned ?? "0";
      const candidateEarned = after?.earned ?? "0";
      rows.push({
        periodKey: period.periodKey,
        personId,
        personName: before?.name ?? after?.name ?? "",
        currency: before?.currency ?? after?.currency ?? definition.currency,
        current: currentEarned,
        candidate: candidateEarned,
        difference: subtractAmounts(candidateEarned, currentEarned),
      });
    }
  }
  rows.sort(
    (a, b) =>
      closed.findIndex((p) => p.periodKey === a.periodKey) -
        closed.findIndex((p) => p.periodKey === b.periodKey) || a.personName.localeCompare(b.personName),
  );
  const summary = [...new Set(rows.map((r) => r.currency))].sort().map((currency) => {
    const inCurrency = rows.filter((r) => r.currency === currency);
    const total = (pick: (r: RegressionRow) => string) => sumAmounts(inCurrency.map(pick));
    return {
      currency,
      current: total((r) => r.current),
      candidate: total((r) => r.candidate),
      difference: total((r) => r.difference),
      payees: new Set(inCurrency.map((r) => r.personId)).size,
      changed: inCurrency.filter((r) => compareAmounts(r.difference, "0") !== 0).length,
    };
  });
  return {
    planKey: params.planKey,
    version: params.version,
    periods: closed.map((p) => p.periodKey),
    rows,
    summary,
    problems: issues,
  };
}
