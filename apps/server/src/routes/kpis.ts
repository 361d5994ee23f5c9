import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { getKpiBreakdown, getKpiCatalogue, getKpiFunnel, getKpiValues, listKpiRows } from "../kpis";
import { archiveCustomKpi } from "../kpis/custom/archive-custom-kpi";
import { checkCustomKpiFormula } from "../kpis/custom/check-custom-kpi-formula";
import { saveCustomKpi } from "../kpis/custom/save-custom-kpi";
import {
  CustomKpiInputSchema,
  FormulaCheckSchema,
  KpiBreakdownQuerySchema,
  KpiBreakdownSchema,
  KpiCatalogueSchema,
  KpiDefinitionSchema,
  KpiFunnelQuerySchema,
  KpiFunnelSchema,
  KpiRowsQuerySchema,
  KpiRowsSchema,
  KpiValuesQuerySchema,
  KpiValuesSchema,
} from "../kpis/schemas";

const tags = ["KPIs"];
const who =
  'A rep sees their own figures, a manager their reporting tree on `asOf`, the other roles the whole workspace (docs/kpis-api.md, "Who sees what").';

const catalogue = createRoute({
  method: "get",
  path: "/api/kpis/catalogue",
  tags,
  summary: "The KPI catalogue: built-in KPIs, the workspace's stage and criterion families, its custom KPIs",
  responses: { 200: jsonResponse(KpiCatalogueSchema, "The catalogue"), ...problemResponses(401) },
});

const values = createRoute({
  method: "get",
  path: "/api/kpis/values",
  tags,
  summary: "KPI values with target, attainment, status, comparison and trend",
  description: who,
  request: { query: KpiValuesQuerySchema },
  responses: {
    200: jsonResponse(KpiValuesSchema, "The values"),
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

const breakdown = createRoute({
  method: "get",
  path: "/api/kpis/breakdown",
  tags,
  summary: "A KPI per person, team, region, segment, product, channel or month, best first, and its total",
  description: who,
  request: { query: KpiBreakdownQuerySchema },
  responses: { 200: jsonResponse(KpiBreakdownSchema, "The rows"), ...problemResponses(400, 401, 403, 404) },
});

const funnel = createRoute({
  method: "get",
  path: "/api/kpis/funnel",
  tags,
  summary: "The sales, marketing (lead cohort) or stage funnel of the period",
  description: who,
  request: { query: KpiFunnelQuerySchema },
  responses: { 200: jsonResponse(KpiFunnelSchema, "The steps"), ...problemResponses(400, 401, 403, 404) },
});

const rows = createRoute({
  method: "get",
  path: "/api/kpis/rows",
  tags,
  summary: "Drill-down: the rows behind a KPI's measure; `measureTotal` equals the figure",
  description: who,
  request: { query: KpiRowsQuerySchema },
  responses: {
    200: jsonResponse(KpiRowsSchema, "A page of rows"),
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

const check = createRoute({
  method: "post",
  path: "/api/kpis/custom/check",
  tags,
  summary: "Checks a custom KPI formula against the workspace's measures",
  request: jsonBody(z.object({ formula: z.string().max(2000) })),
  responses: { 200: jsonResponse(FormulaCheckSchema, "The check"), ...problemResponses(400, 401) },
});

const create = createRoute({
  method: "post",
  path: "/api/kpis/custom",
  tags,
  summary: "Defines a custom KPI (admin, comp admin, marketing, manager)",
  request: jsonBody(CustomKpiInputSchema),
  responses: {
    201: jsonResponse(KpiDefinitionSchema, "The KPI"),
    ...problemResponses(400, 401, 403, 422),
  },
});

const keyParam = z.object({ key: z.string().min(1).max(200) });

const update = createRoute({
  method: "put",
  path: "/api/kpis/custom/{key}",
  tags,
  summary: "Updates a custom KPI (its formula checked again)",
  request: { params: keyParam, ...jsonBody(CustomKpiInputSchema.omit({ key: true })) },
  responses: {
    200: jsonResponse(KpiDefinitionSchema, "The KPI"),
    ...problemResponses(400, 401, 403, 404, 422),
  },
});

const archive = createRoute({
  method: "delete",
  path: "/api/kpis/custom/{key}",
  tags,
  summary: "Archives a custom KPI",
  request: { params: keyParam },
  responses: { 204: { description: "Archived" }, ...problemResponses(401, 403, 404) },
});

export function registerKpiRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  const today = () => deps.clock.today();
  app.openapi(catalogue, async (c) =>
    c.json(await getKpiCatalogue(db, requireViewer(c.get("viewer")).workspaceId), 200),
  );
  app.openapi(values, async (c) =>
    c.json(await getKpiValues(db, requireViewer(c.get("viewer")), today(), c.req.valid("query")), 200),
  );
  app.openapi(breakdown, async (c) =>
    c.json(await getKpiBreakdown(db, requireViewer(c.get("viewer")), today(), c.req.valid("query")), 200),
  );
  app.openapi(funnel, async (c) =>
    c.json(await getKpiFunnel(db, requireViewer(c.get("viewer")), today(), c.req.valid("query")), 200),
  );
  app.openapi(rows, async (c) =>
    c.json(await listKpiRows(db, requireViewer(c.get("viewer")), today(), c.req.valid("query")), 200),
  );
  app.openapi(check, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    return c.json(await checkCustomKpiFormula(db, viewer.workspaceId, c.req.valid("json").formula), 200);
  });
  app.openapi(create, async (c) =>
    c.json(await saveCustomKpi(db, requireViewer(c.get("viewer")), c.req.valid("json")), 201),
  );
  app.openapi(update, async (c) =>
    c.json(
      await saveCustomKpi(db, requireViewer(c.get("viewer")), c.req.valid("json"), c.req.valid("param").key),
      200,
    ),
  );
  app.openapi(archive, async (c) => {
    await archiveCustomKpi(db, requireViewer(c.get("viewer")), c.req.valid("param").key);
    return c.body(null, 204);
  });
}
