import type { Db } from "@attain/db";
import { addMonths, elapsedShare, kpiAccrues, kpiAttainment, kpiStatus, monthsInRange } from "@attain/engine";
import { Decimal } from "decimal.js";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { computeMeasureValues, type MonthWindow, monthWindows } from "./compute-measure-values";
import { evaluateKpiEntry, formulaTarget, ignoredFiltersOf } from "./evaluate-kpi-entry";
import { findGoalTargets } from "./find-goal-targets";
import { type KpiEntry, loadWorkspaceKpis } from "./kpi-definitions";
import { kpiResponseCache } from "./kpi-response-cache";
import { refreshKpiFacts } from "./refresh-kpi-facts";
import { resolveKpiRequest } from "./resolve-kpi-request";
import type { KpiValueDto, KpiValuesQuery, KpiValuesResponse } from "./types";

/**
 * Every requested KPI's value, target, attainment, status, comparison and trend for the caller's scope and filters.
 * Refreshes the facts first (so a figure never lags its rows), then answers from the response cache or computes:
 * one facts read and the direct measures for the period, the comparison period and every trend month together.
 */
export async function getKpiValues(
  db: Db,
  viewer: Viewer,
  today: string,
  query: KpiValuesQuery,
): Promise<KpiValuesResponse> {
  const [version, resolved, workspaceKpis] = await Promise.all([
    refreshKpiFacts(db, viewer.workspaceId),
    resolveKpiRequest(db, viewer, today, query),
    loadWorkspaceKpis(db, viewer.workspaceId),
  ]);
  const entries = query.keys.map((key) => {
    const entry = workspaceKpis.kpis.get(key);
    if (!entry) throw problems.invalid([{ path: "keys", message: `Unknown KPI: ${key}` }]);
    return entry;
  });
  const cacheKey = JSON.stringify([
    "values",
    viewer.workspaceId,
    version,
    resolved.request,
    resolved.context,
    query.keys,
    query.compare ?? null,
    query.trend ?? false,
    entries.map((e) => (e.definition.custom ? e.definition.formula : "")),
  ]);
  return kpiResponseCache.get(cacheKey, async () => {
    const { request } = resolved;
    const period: MonthWindow = { fromDay: request.fromDay, toDayExclusive: request.toDayExclusive };
    const months = monthsInRange(resolved.period.from, resolved.period.to).length;
    const previous = comparisonWindow(period, months, query.compare);
    const trend = query.trend ? trendWindows(period, months) : [];
    const windows = [period, ...(previous ? [previous] : []), ...trend];
    const measures = [...new Set(entries.flatMap((e) => [...e.measures, ...e.targetMeasures]))];
    const [values, goals] = await Promise.all([
      computeMeasureValues(db, request, measures, windows),
      findGoalTargets(db, resolved, query, query.keys),
    ]);
    const elapsed = elapsedShare(period.fromDay, period.toDayExclusive, today);
    const valueDtos = entries.map((entry): KpiValueDto => {
      const now = values[0]!;
      const evaluation = evaluateKpiEntry(entry, now, request);
      const target = evaluation.reason?.code === "not_applicable" ? null : targetOf(entry, now, goals);
      const direction = entry.definition.direction;
      const before = previous ? evaluateKpiEntry(entry, values[1]!, { ...request, ...previous }) : null;
      const trendValues = trend.map((window, i) => ({
        month: window.fromDay.slice(0, 7),
        value: evaluateKpiEntry(entry, values[(previous ? 2 : 1) + i]!, { ...request, ...window }).value,
      }));
      return {
        key: entry.definition.key,
        value: evaluation.value,
        reason: evaluation.reason,
        target,
        attainment: kpiAttainment(evaluation.value, target, direction),
        status: kpiStatus({
          value: evaluation.value,
          target,
          direction,
          accrues: kpiAccrues(entry.definition),
          elapsed,
        }),
        previous:
          before && previous
            ? {
                value: before.value,
                reason: before.reason,
                from: previous.fromDay.slice(0, 7),
                to: addMonths(previous.toDayExclusive, -1).slice(0, 7),
              }
            : null,
        change: difference(evaluation.value, before?.value ?? null),
        trend: trendValues,
        components: evaluation.components,
        ignoredFilters: ignoredFiltersOf(entry, query),
      };
    });
    return { ...resolved.context, version, values: valueDtos };
  });
}

function targetOf(
  entry: KpiEntry,
  values: Record<string, string>,
  goals: Map<string, string>,
): string | null {
  if (entry.definition.target !== undefined) return formulaTarget(entry, values);
  return goals.get(entry.definition.key) ?? null;
}

/** The same number of months just before, or the same months a year earlier. */
export function comparisonWindow(
  period: MonthWindow,
  months: number,
  compare: KpiValuesQuery["compare"],
): MonthWindow | null {
  if (!compare) return null;
  const shift = compare === "previous_year" ? -12 : -months;
  return {
    fromDay: addMonths(period.fromDay, shift),
    toDayExclusive: addMonths(period.toDayExclusive, shift),
  };
}

/** The period's months, and for a period shorter than 6 months the 6 months before it too. */
export function trendWindows(period: MonthWindow, months: number): MonthWindow[] {
  const fromDay = months < 6 ? addMonths(period.fromDay, -6) : period.fromDay;
  return monthWindows({ fromDay, toDayExclusive: period.toDayExclusive });
}

/** value − previous, as many places as the more precise of the two (both are already rounded per unit). */
export function difference(value: string | null, previous: string | null): string | null {
  if (value === null || previous === null) return null;
  const places = Math.max(decimals(value), decimals(previous));
  return new Decimal(value).minus(previous).toFixed(places);
}

function decimals(value: string): number {
  const dot = value.indexOf(".");
  return dot < 0 ? 0 : value.length - dot - 1;
}
