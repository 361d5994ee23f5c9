import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { downloadHeaders } from "../dashboards/exports/render-dashboard-file";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { createReportSnapshot } from "../report-snapshots/create-report-snapshot";
import { getReportSnapshot } from "../report-snapshots/get-report-snapshot";
import { listReportSnapshots } from "../report-snapshots/list-report-snapshots";
import { renderSnapshotFile } from "../report-snapshots/render-snapshot-file";
import {
  ReportSnapshotListSchema,
  ReportSnapshotSchema,
  SnapshotCreateBody,
  SnapshotExportQuery,
  SnapshotListQuery,
  SnapshotParams,
} from "../report-snapshots/schemas";
import { exportLocaleOf } from "./dashboards";

const tags = ["Report snapshots"];
const read = problemResponses(400, 401, 403, 404);
const binary = (type: string) => ({ [type]: { schema: z.string().openapi({ format: "binary" }) } });

const routes = {
  create: createRoute({
    method: "post",
    path: "/api/report-snapshots",
    tags,
    summary: "Store a dashboard's data as the caller sees it now (kept without a time limit)",
    request: jsonBody(SnapshotCreateBody),
    responses: { 201: jsonResponse(ReportSnapshotSchema, "The snapshot"), ...read },
  }),
  list: createRoute({
    method: "get",
    path: "/api/report-snapshots",
    tags,
    summary: "The caller's snapshots (an admin's: the workspace's), newest first",
    request: { query: SnapshotListQuery },
    responses: { 200: jsonResponse(ReportSnapshotListSchema, "The snapshots"), ...read },
  }),
  get: createRoute({
    method: "get",
    path: "/api/report-snapshots/{id}",
    tags,
    summary: "One snapshot with its stored data",
    request: { params: SnapshotParams },
    responses: { 200: jsonResponse(ReportSnapshotSchema, "The snapshot"), ...read },
  }),
  pdf: createRoute({
    method: "get",
    path: "/api/report-snapshots/{id}/export.pdf",
    tags,
    summary: "The snapshot as a PDF, rendered from its stored data (the same bytes every time)",
    request: { params: SnapshotParams, query: SnapshotExportQuery },
    responses: { 200: { description: "The PDF file", content: binary("application/pdf") }, ...read },
  }),
  xlsx: createRoute({
    method: "get",
    path: "/api/report-snapshots/{id}/export.xlsx",
    tags,
    summary: "The snapshot's data as XLSX, rendered from its stored data (the same bytes every time)",
    request: { params: SnapshotParams, query: SnapshotExportQuery },
    responses: {
      200: {
        description: "The workbook",
        content: binary("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
      },
      ...read,
    },
  }),
};

/** Routes of docs/dashboards.md, "Report snapshots". */
export function registerReportSnapshotRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { clock } = deps;
  const { db } = deps.database;
  const viewer = (c: { get(key: "viewer"): AppEnv["Variables"]["viewer"] }) => requireViewer(c.get("viewer"));

  app.openapi(routes.create, async (c) =>
    c.json(
      await createReportSnapshot(
        db,
        viewer(c),
        { today: clock.today(), now: clock.now() },
        c.req.valid("json"),
      ),
      201,
    ),
  );
  app.openapi(routes.list, async (c) =>
    c.json({ snapshots: await listReportSnapshots(db, viewer(c), c.req.valid("query")) }, 200),
  );
  app.openapi(routes.get, async (c) =>
    c.json(await getReportSnapshot(db, viewer(c), c.req.valid("param").id), 200),
  );
  for (const format of ["pdf", "xlsx"] as const) {
    app.openapi(routes[format], async (c) => {
      const who = viewer(c);
      const snapshot = await getReportSnapshot(db, who, c.req.valid("param").id);
      const file = await renderSnapshotFile(
        snapshot,
        format,
        exportLocaleOf(who, c.req.valid("query").locale),
      );
      return c.body(new Uint8Array(file.content), 200, downloadHeaders(file));
    });
  }
}
