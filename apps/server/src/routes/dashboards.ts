import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { createDashboard } from "../dashboards/create-dashboard";
import { deleteDashboard } from "../dashboards/delete-dashboard";
import { downloadHeaders, renderDashboardFile } from "../dashboards/exports/render-dashboard-file";
import { findDashboard } from "../dashboards/find-dashboard";
import { getDashboardData } from "../dashboards/get-dashboard-data";
import { listDashboards } from "../dashboards/list-dashboards";
import { loadDashboardCatalogue } from "../dashboards/load-dashboard-catalogue";
import { loadTileDrillRows } from "../dashboards/load-tile-drill-rows";
import {
  DashboardCreateBody,
  DashboardDataSchema,
  DashboardDtoSchema,
  DashboardExportQuery,
  DashboardFilterQuery,
  DashboardListSchema,
  DashboardParams,
  DashboardUpdateBody,
} from "../dashboards/schemas";
import { updateDashboard } from "../dashboards/update-dashboard";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";

const tags = ["Dashboards"];
const read = problemResponses(400, 401, 403, 404);
const write = problemResponses(400, 401, 403, 404, 422);
const binary = (type: string) => ({ [type]: { schema: z.string().openapi({ format: "binary" }) } });

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/dashboards",
    tags,
    summary: "The five presets (the caller's role's first) and the caller's own and shared dashboards",
    responses: { 200: jsonResponse(DashboardListSchema, "Presets and dashboards"), ...read },
  }),
  get: createRoute({
    method: "get",
    path: "/api/dashboards/{id}",
    tags,
    summary: "One dashboard (`preset:<name>` for a preset)",
    request: { params: DashboardParams },
    responses: { 200: jsonResponse(DashboardDtoSchema, "The dashboard"), ...read },
  }),
  create: createRoute({
    method: "post",
    path: "/api/dashboards",
    tags,
    summary: "A new dashboard of the caller's: a copy of a preset or blank; 422 per widget",
    request: jsonBody(DashboardCreateBody),
    responses: { 201: jsonResponse(DashboardDtoSchema, "The dashboard"), ...write },
  }),
  update: createRoute({
    method: "put",
    path: "/api/dashboards/{id}",
    tags,
    summary: "Rename, replace the widgets (add, remove, arrange) or the filters; 422 per widget",
    request: { params: DashboardParams, ...jsonBody(DashboardUpdateBody) },
    responses: { 200: jsonResponse(DashboardDtoSchema, "The dashboard after the change"), ...write },
  }),
  remove: createRoute({
    method: "delete",
    path: "/api/dashboards/{id}",
    tags,
    summary: "Delete one of the caller's dashboards (admins: a shared one)",
    request: { params: DashboardParams },
    responses: { 204: { description: "Deleted" }, ...read },
  }),
  data: createRoute({
    method: "get",
    path: "/api/dashboards/{id}/data",
    tags,
    summary: "Every figure of the dashboard for the caller's scope and the filters (the KPI routes' figures)",
    request: { params: DashboardParams, query: DashboardFilterQuery },
    responses: { 200: jsonResponse(DashboardDataSchema, "The dashboard's data"), ...read },
  }),
  pdf: createRoute({
    method: "get",
    path: "/api/dashboards/{id}/export.pdf",
    tags,
    summary: "The dashboard as an A4 landscape PDF (tiles, charts drawn, tables, funnels)",
    request: { params: DashboardParams, query: DashboardExportQuery },
    responses: { 200: { description: "The PDF file", content: binary("application/pdf") }, ...read },
  }),
  xlsx: createRoute({
    method: "get",
    path: "/api/dashboards/{id}/export.xlsx",
    tags,
    summary: "The dashboard's data as XLSX (summary, a sheet per breakdown and funnel, trends, definitions)",
    request: { params: DashboardParams, query: DashboardExportQuery },
    responses: {
      200: {
        description: "The workbook",
        content: binary("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      },
      ...read,
    },
  }),
};

/** The export's language: asked for, else the user's own when it is French. */
export const exportLocaleOf = (viewer: Viewer, asked: "en" | "fr" | undefined) =>
  asked ?? (viewer.locale.startsWith("fr") ? "fr" : "en");

/** Routes of docs/dashboards.md: validate, call one function of apps/server/src/dashboards, return. */
export function registerDashboardRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { clock } = deps;
  const { db } = deps.database;
  const viewer = (c: { get(key: "viewer"): AppEnv["Variables"]["viewer"] }) => requireViewer(c.get("viewer"));

  app.openapi(routes.list, async (c) => c.json(await listDashboards(db, viewer(c)), 200));
  app.openapi(routes.get, async (c) => {
    const who = viewer(c);
    const catalogue = await loadDashboardCatalogue(db, who.workspaceId);
    return c.json(await findDashboard(db, who, c.req.valid("param").id, catalogue.keys), 200);
  });
  app.openapi(routes.create, async (c) =>
    c.json(await createDashboard(db, viewer(c), clock.now(), c.req.valid("json")), 201),
  );
  app.openapi(routes.update, async (c) =>
    c.json(
      await updateDashboard(db, viewer(c), clock.now(), c.req.valid("param").id, c.req.valid("json")),
      200,
    ),
  );
  app.openapi(routes.remove, async (c) => {
    await deleteDashboard(db, viewer(c), c.req.valid("param").id);
    return c.body(null, 204);
  });
  app.openapi(routes.data, async (c) =>
    c.json(
      await getDashboardData(db, viewer(c), clock.today(), c.req.valid("param").id, c.req.valid("query")),
      200,
    ),
  );
  for (const format of ["pdf", "xlsx"] as const) {
    app.openapi(routes[format], async (c) => {
      const who = viewer(c);
      const { locale, ...filters } = c.req.valid("query");
      const data = await getDashboardData(db, who, clock.today(), c.req.valid("param").id, filters);
      const drillRows =
        format === "xlsx" ? await loadTileDrillRows(db, who, clock.today(), data, filters) : undefined;
      const file = await renderDashboardFile(data, format, {
        locale: exportLocaleOf(who, locale),
        generatedAt: clock.now(),
        ...(drillRows ? { drillRows } : {}),
      });
      return c.body(new Uint8Array(file.content), 200, downloadHeaders(file));
    });
  }
}
