import type { Db } from "@attain/db";
import { compareKpiValues } from "@attain/engine";
import { Decimal } from "decimal.js";
import type { Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { breakdownRows } from "./breakdown-rows";
import { computeMeasureValues, monthWindows } from "./compute-measure-values";
import { evaluateKpiEntry, formulaTarget } from "./evaluate-kpi-entry";
import { loadWorkspaceKpis } from "./kpi-definitions";
import { kpiResponseCache } from "./kpi-response-cache";
import { measureSourceOf } from "./measure-source-of";
import { refreshKpiFacts } from "./refresh-kpi-facts";
import { resolveKpiRequest } from "./resolve-kpi-request";
import { sumKpiFacts } from "./sum-kpi-facts";
import type { KpiBreakdownQuery, KpiBreakdownResponse } from "./types";

type Row = KpiBreakdownResponse["rows"][number];

/**
 * One KPI per row of a dimension and in total. Additive measures come from one facts read grouped by the
 * dimension's column (people for person, team and region rows); the others are computed per row. Rows are sorted
 * best first for the KPI's direction (rows without a value last); by month, chronologically.
 */
export async function getKpiBreakdown(
  db: Db,
  viewer: Viewer,
  today: string,
  query: KpiBreakdownQuery,
): Promise<KpiBreakdownResponse> {
  const [version, resolved, workspaceKpis] = await Promise.all([
    refreshKpiFacts(db, viewer.workspaceId),
    resolveKpiRequest(db, viewer, today, query),
    loadWorkspaceKpis(db, viewer.workspaceId),
  ]);
  const entry = workspaceKpis.kpis.get(query.key);
  if (!entry) throw problems.invalid([{ path: "key", message: `Unknown KPI: ${query.key}` }]);
  const key = JSON.stringify([
    "breakdown",
    viewer.workspaceId,
    version,
    resolved.request,
    resolved.context,
    query.key,
    query.by,
    query.limit ?? null,
    entry.definition.formula,
  ]);
  return kpiResponseCache.get(key, async () => {
    const { request } = resolved;
    const measures = [...new Set([...entry.measures, ...entry.targetMeasures])];
    const [total] = await computeMeasureValues(db, request, measures, [request]);
    const totalValue = evaluateKpiEntry(entry, total!, request);
    const toRow = (id: string, label: string, values: Record<string, string>, rowRequest = request): Row => {
      const evaluation = evaluateKpiEntry(entry, values, rowRequest);
      return {
        id,
        label,
        value: evaluation.value,
        reason: evaluation.reason,
        target: evaluation.reason?.code === "not_applicable" ? null : formulaTarget(entry, values),
        components: evaluation.components,
      };
    };

    let rows: Row[];
    if (query.by === "month") {
      const windows = monthWindows(request);
      const values = await computeMeasureValues(db, request, measures, windows);
      rows = windows.map((w, i) =>
        toRow(w.fromDay.slice(0, 7), w.fromDay.slice(0, 7), values[i]!, { ...request, ...w }),
      );
    } else {
      const { group, rows: split } = await breakdownRows(db, request, query.by, resolved.context.asOf);
      const additive = measures.filter((m) => measureSourceOf(m)?.additive);
      const direct = measures.filter((m) => measureSourceOf(m)?.additive === false);
      const everyone = [...new Set(split.flatMap((r) => r.groups))];
      const factsRequest = group === "person_id" ? { ...request, personIds: everyone } : request;
      const sums =
        additive.length > 0 && split.length > 0 ? await sumKpiFacts(db, factsRequest, additive, group) : [];
      const byGroup = new Map<string, Map<string, Decimal>>();
      for (const s of sums) {
        if (s.group === null) continue;
        const m = byGroup.get(s.group) ?? new Map<string, Decimal>();
        m.set(s.measure, (m.get(s.measure) ?? new Decimal(0)).plus(s.value));
        byGroup.set(s.group, m);
      }
      rows = await Promise.all(
        split.map(async (row) => {
          const values: Record<string, string> = {};
          for (const m of additive) {
            let sum = new Decimal(0);
            for (const g of row.groups) sum = sum.plus(byGroup.get(g)?.get(m) ?? 0);
            values[m] = sum.toFixed();
          }
          if (direct.length > 0) {
            const [computed] = await computeMeasureValues(db, row.request, direct, [row.request]);
            Object.assign(values, computed);
          }
          return toRow(row.id, row.label, values, row.request);
        }),
      );
      const direction = entry.definition.direction;
      rows.sort((a, b) => compareKpiValues(a.value, b.value, direction) || a.label.localeCompare(b.label));
    }
    return {
      ...resolved.context,
      version,
      key: query.key,
      by: query.by,
      rows: query.limit ? rows.slice(0, query.limit) : rows,
      total: { value: totalValue.value, reason: totalValue.reason },
    };
  });
}
