import { type Db, people, selectRows } from "@attain/db";
import { addMonths, isValidMonth } from "@attain/engine";
import { and, eq, sql } from "drizzle-orm";
import type { Viewer } from "../auth/viewer";
import { ApiError, problems } from "../http/problem";
import { loadWorkspaceKpis, measureOf } from "./kpi-definitions";
import { measureSourceOf } from "./measure-source-of";
import type { MeasureRequest } from "./measure-sources";
import { refreshKpiFacts } from "./refresh-kpi-facts";
import { resolveKpiRequest, teamMembers } from "./resolve-kpi-request";
import type { KpiRowsPage, KpiRowsQuery } from "./types";

/**
 * The rows behind a figure: a KPI's measure (its first by default; `key` may also name a measure, as funnel steps
 * do) for the request, narrowed to a trend month and/or a breakdown row. The measure's source lists them, and its
 * total over every page equals the figure.
 */
export async function listKpiRows(
  db: Db,
  viewer: Viewer,
  today: string,
  query: KpiRowsQuery,
): Promise<KpiRowsPage> {
  const [version, resolved, workspaceKpis] = await Promise.all([
    refreshKpiFacts(db, viewer.workspaceId),
    resolveKpiRequest(db, viewer, today, query),
    loadWorkspaceKpis(db, viewer.workspaceId),
  ]);
  const entry = workspaceKpis.kpis.get(query.key);
  const measures = entry
    ? [...entry.measures, ...entry.targetMeasures]
    : measureOf(query.key)
      ? [query.key]
      : null;
  if (!measures) throw problems.invalid([{ path: "key", message: `Unknown KPI or measure: ${query.key}` }]);
  const measure = query.measure ?? measures[0];
  if (!measure || !measures.includes(measure))
    throw problems.invalid([
      { path: "measure", message: `${query.key} does not read the measure ${query.measure}` },
    ]);
  const source = measureSourceOf(measure);
  if (!source) throw new ApiError(501, "Not built yet", `The measure ${measure} is not computed yet.`);

  let request: MeasureRequest = resolved.request;
  if (query.month !== undefined) {
    if (!isValidMonth(query.month))
      throw problems.invalid([{ path: "month", message: "`month` is YYYY-MM" }]);
    request = { ...request, fromDay: `${query.month}-01`, toDayExclusive: addMonths(`${query.month}-01`, 1) };
  }
  if (query.dimension && query.dimension !== "month") {
    if (query.dimensionValue === undefined)
      throw problems.invalid([{ path: "dimensionValue", message: "`dimensionValue` goes with `dimension`" }]);
    request = await narrowTo(db, request, query.dimension, query.dimensionValue, resolved.context.asOf);
  } else if (query.dimension === "month" && query.dimensionValue) {
    if (!isValidMonth(query.dimensionValue))
      throw problems.invalid([{ path: "dimensionValue", message: "A month is YYYY-MM" }]);
    request = {
      ...request,
      fromDay: `${query.dimensionValue}-01`,
      toDayExclusive: addMonths(`${query.dimensionValue}-01`, 1),
    };
  }
  const page = { page: query.page ?? 1, pageSize: query.pageSize ?? 50 };
  const drill = await source.module.listRows(db, request, measure, page);
  return {
    ...resolved.context,
    version,
    key: query.key,
    measure,
    entity: measureOf(measure)?.drill ?? "order_lines",
    ...drill,
    ...page,
  };
}

async function narrowTo(
  db: Db,
  request: MeasureRequest,
  dimension: "person" | "team" | "region" | "segment" | "product" | "channel",
  value: string,
  asOf: string,
): Promise<MeasureRequest> {
  const ws = request.workspaceId;
  const within = (ids: string[]) => {
    if (request.personIds === null) return ids;
    const allowed = new Set(request.personIds);
    return ids.filter((id) => allowed.has(id));
  };
  if (dimension === "person") {
    if (request.personIds !== null && !request.personIds.includes(value))
      throw problems.forbidden("That person is outside the people whose figures you may see.");
    const [found] = await db
      .select({ id: people.id })
      .from(people)
      .where(and(eq(people.workspaceId, ws), eq(people.id, value)));
    if (!found) throw problems.notFound("The person");
    return { ...request, personIds: [value] };
  }
  if (dimension === "team") return { ...request, personIds: within(await teamMembers(db, ws, value, asOf)) };
  if (dimension === "region") {
    const rows = await selectRows<{ id: string }>(
      db,
      sql`select id from people where workspace_id = ${ws} and region_id = ${value}::uuid`,
    );
    return { ...request, personIds: within(rows.map((r) => r.id)) };
  }
  if (dimension === "segment") return { ...request, segment: value };
  if (dimension === "product") return { ...request, productId: value };
  return { ...request, channel: value };
}
