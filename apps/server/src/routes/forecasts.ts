import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { closeForecastPeriod } from "../forecasts/close-forecast-period";
import { exportForecastTrendCsv, exportForecastTrendXlsx } from "../forecasts/export-forecast-trend";
import { assertMayClosePeriods, assertMayTakeSnapshots } from "../forecasts/forecast-access";
import { getForecastAccuracy } from "../forecasts/get-forecast-accuracy";
import { getForecastGrid } from "../forecasts/get-forecast-grid";
import { getForecastTrend } from "../forecasts/get-forecast-trend";
import { listForecastHistory } from "../forecasts/list-forecast-history";
import { listForecastPeriods } from "../forecasts/list-forecast-periods";
import { loadForecastPeriod } from "../forecasts/ensure-forecast-periods";
import { periodView } from "../forecasts/period-view";
import {
  AccuracyQuery,
  AccuracySchema,
  GridQuery,
  GridSchema,
  HistoryQuery,
  PeriodParams,
  PeriodSchema,
  SnapshotSchema,
  SubmissionSchema,
  SubmitBody,
  TrendQuery,
  TrendSchema,
} from "../forecasts/schemas";
import { submitForecast } from "../forecasts/submit-forecast";
import { takeForecastSnapshot } from "../forecasts/take-forecast-snapshot";
import { ApiError } from "../http/problem";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";

const tags = ["Forecast calls"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const periodsRoute = createRoute({
  method: "get",
  path: "/api/forecasts/periods",
  tags,
  summary:
    "Forecast periods (fiscal quarters), newest first; the current, previous and next are created if missing",
  responses: {
    200: jsonResponse(z.object({ periods: z.array(PeriodSchema) }), "The periods"),
    ...problemResponses(401, 403),
  },
});

const closeRoute = createRoute({
  method: "post",
  path: "/api/forecasts/periods/{id}/close",
  tags,
  summary:
    "Close an ended period: final snapshot, accuracy of every weekly forecast, no more calls (admin, finance)",
  request: { params: PeriodParams },
  responses: {
    200: jsonResponse(PeriodSchema, "The closed period"),
    ...problemResponses(401, 403, 404, 409),
  },
});

const gridRoute = createRoute({
  method: "get",
  path: "/api/forecasts/periods/{id}/grid",
  tags,
  summary: "The forecast grid of a person (default: the caller, or the company's top) as of a day",
  description:
    "The node's own row and a row per direct report on `asOf`: each category's value as the node sees it (the report's call unless the node or someone between overrode it), the report's own call, their roll-up, deals and the override. Amounts in the reporting currency.",
  request: { params: PeriodParams, query: GridQuery },
  responses: { 200: jsonResponse(GridSchema, "The grid"), ...problemResponses(400, 401, 403, 404) },
});

const submitRoute = createRoute({
  method: "post",
  path: "/api/forecasts/periods/{id}/submissions",
  tags,
  summary: "Submit one's own call, or override someone below (with a note)",
  description:
    "Append-only: a new row per category. 403 for an override of someone not below the caller today (or a caller without a person), 409 for a closed period, 422 by field for a negative or malformed amount, no category, or an override without a note.",
  request: { params: PeriodParams, ...jsonBody(SubmitBody) },
  responses: {
    201: jsonResponse(z.object({ submissions: z.array(SubmissionSchema) }), "The rows written"),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

const historyRoute = createRoute({
  method: "get",
  path: "/api/forecasts/periods/{id}/history",
  tags,
  summary: "Calls and overrides of the period, newest first (only about people the caller may see)",
  request: { params: PeriodParams, query: HistoryQuery },
  responses: {
    200: jsonResponse(z.object({ submissions: z.array(SubmissionSchema) }), "The history"),
    ...problemResponses(400, 401, 403, 404),
  },
});

const snapshotRoute = createRoute({
  method: "post",
  path: "/api/forecasts/periods/{id}/snapshots",
  tags,
  summary: "Take a snapshot of the period as of today (replaces today's) — admin, finance, managers",
  request: { params: PeriodParams },
  responses: { 201: jsonResponse(SnapshotSchema, "The snapshot"), ...problemResponses(401, 403, 404, 409) },
});

const trendRoute = createRoute({
  method: "get",
  path: "/api/forecasts/periods/{id}/trend",
  tags,
  summary: "A person's forecast in each snapshot of the period, oldest first",
  request: { params: PeriodParams, query: TrendQuery },
  responses: { 200: jsonResponse(TrendSchema, "The trend"), ...problemResponses(400, 401, 403, 404) },
});

const trendFileRoute = (ext: "csv" | "xlsx") =>
  createRoute({
    method: "get",
    path: `/api/forecasts/periods/{id}/trend.${ext}`,
    tags,
    summary: `Every snapshot of the period for everyone in scope, as ${ext.toUpperCase()}`,
    request: { params: PeriodParams, query: TrendQuery },
    responses: {
      200: {
        description: "The file",
        content: ext === "csv" ? { "text/csv": { schema: z.string() } } : { [XLSX]: { schema: z.string() } },
      },
      ...problemResponses(400, 401, 403, 404),
    },
  });

const accuracyRoute = createRoute({
  method: "get",
  path: "/api/forecasts/accuracy",
  tags,
  summary: "Closed periods' forecast accuracy by person: calls, roll-ups and the statistical forecast",
  request: { query: AccuracyQuery },
  responses: { 200: jsonResponse(AccuracySchema, "The accuracy"), ...problemResponses(400, 401, 403) },
});

export function registerForecastRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const { db } = database;
  app.openapi(periodsRoute, async (c) =>
    c.json(await listForecastPeriods(db, requireViewer(c.get("viewer")), clock.today()), 200),
  );
  app.openapi(closeRoute, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    assertMayClosePeriods(viewer);
    const period = await closeForecastPeriod(database, {
      workspaceId: viewer.workspaceId,
      periodId: c.req.valid("param").id,
      actorId: viewer.userId,
      now: clock.now(),
      today: clock.today(),
    });
    return c.json(periodView(period, clock.today()), 200);
  });
  app.openapi(gridRoute, async (c) =>
    c.json(
      await getForecastGrid(db, requireViewer(c.get("viewer")), {
        periodId: c.req.valid("param").id,
        ...c.req.valid("query"),
        today: clock.today(),
      }),
      200,
    ),
  );
  app.openapi(submitRoute, async (c) => {
    const body = c.req.valid("json");
    const result = await submitForecast(database, requireViewer(c.get("viewer")), {
      periodId: c.req.valid("param").id,
      subjectId: body.subjectId,
      motion: body.motion,
      calls: body.calls,
      note: body.note,
      now: clock.now(),
      today: clock.today(),
    });
    return c.json(result, 201);
  });
  app.openapi(historyRoute, async (c) =>
    c.json(
      await listForecastHistory(db, requireViewer(c.get("viewer")), {
        periodId: c.req.valid("param").id,
        ...c.req.valid("query"),
        today: clock.today(),
      }),
      200,
    ),
  );
  app.openapi(snapshotRoute, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    assertMayTakeSnapshots(viewer);
    const period = await loadForecastPeriod(db, viewer.workspaceId, c.req.valid("param").id);
    if (period.status === "closed") {
      throw new ApiError(
        409,
        "Period closed",
        `${period.label} is closed: its final snapshot is kept as it is.`,
      );
    }
    const snapshot = await takeForecastSnapshot(database, {
      workspaceId: viewer.workspaceId,
      periodId: period.id,
      takenOn: clock.today(),
      kind: "manual",
      now: clock.now(),
    });
    return c.json(snapshot, 201);
  });
  app.openapi(trendRoute, async (c) =>
    c.json(
      await getForecastTrend(db, requireViewer(c.get("viewer")), {
        periodId: c.req.valid("param").id,
        ...c.req.valid("query"),
        today: clock.today(),
      }),
      200,
    ),
  );
  app.openapi(trendFileRoute("csv"), async (c) => {
    const file = await exportForecastTrendCsv(db, requireViewer(c.get("viewer")), {
      periodId: c.req.valid("param").id,
      ...c.req.valid("query"),
      today: clock.today(),
    });
    return c.body(file.content, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${file.fileName}"`,
    });
  });
  app.openapi(trendFileRoute("xlsx"), async (c) => {
    const file = await exportForecastTrendXlsx(db, requireViewer(c.get("viewer")), {
      periodId: c.req.valid("param").id,
      ...c.req.valid("query"),
      today: clock.today(),
    });
    return c.body(new Uint8Array(file.body), 200, {
      "content-type": XLSX,
      "content-disposition": `attachment; filename="${file.fileName}"`,
    });
  });
  app.openapi(accuracyRoute, async (c) =>
    c.json(
      await getForecastAccuracy(db, requireViewer(c.get("viewer")), {
        ...c.req.valid("query"),
        today: clock.today(),
      }),
      200,
    ),
  );
}
