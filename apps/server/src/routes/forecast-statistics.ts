import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import {
  requireForecastReader,
  requireModelTrainer,
} from "../forecast-statistics/forecast-statistics-access";
import { getLatestWinModel } from "../forecast-statistics/get-latest-win-model";
import { getPeriodStatistics } from "../forecast-statistics/get-period-statistics";
import {
  PeriodParams,
  StatisticalForecastSchema,
  StatisticalQuery,
  TrainModelBody,
  WinModelSummarySchema,
} from "../forecast-statistics/schemas";
import { trainWinProbabilityModel } from "../forecast-statistics/train-win-probability-model";
import { problems } from "../http/problem";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";

const tags = ["Statistical forecast"];

const routes = {
  train: createRoute({
    method: "post",
    path: "/api/forecasts/models",
    tags,
    summary:
      "Train the win-probability model on closed deals and test it after the cut-off (admins, comp admins)",
    request: jsonBody(TrainModelBody),
    responses: {
      201: jsonResponse(WinModelSummarySchema, "The model"),
      ...problemResponses(400, 401, 403, 422),
    },
  }),
  latest: createRoute({
    method: "get",
    path: "/api/forecasts/models/latest",
    tags,
    summary: "The latest trained win-probability model and its held-out accuracy",
    responses: { 200: jsonResponse(WinModelSummarySchema, "The model"), ...problemResponses(401, 403, 404) },
  }),
  statistical: createRoute({
    method: "get",
    path: "/api/forecasts/periods/{id}/statistical",
    tags,
    summary: "Expected value of the period with a Monte Carlo p10–p90 interval, and the deals behind it",
    request: { params: PeriodParams, query: StatisticalQuery },
    responses: {
      200: jsonResponse(StatisticalForecastSchema, "The statistical forecast"),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
};

/** Routes of docs/forecasting-api.md, "Statistical forecast". */
export function registerForecastStatisticsRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const { db } = database;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));

  app.openapi(routes.train, async (c) => {
    const viewer = requireModelTrainer(viewerOf(c));
    const summary = await trainWinProbabilityModel(db, {
      workspaceId: viewer.workspaceId,
      actorId: viewer.userId,
      cutoff: c.req.valid("json").cutoff,
      now: clock.now(),
    });
    return c.json(summary, 201);
  });
  app.openapi(routes.latest, async (c) => {
    const viewer = requireForecastReader(viewerOf(c));
    const latest = await getLatestWinModel(db, viewer.workspaceId);
    if (!latest) throw problems.notFound("A trained win-probability model");
    return c.json(latest.summary, 200);
  });
  app.openapi(routes.statistical, async (c) => {
    const query = c.req.valid("query");
    return c.json(
      await getPeriodStatistics(db, viewerOf(c), {
        periodId: c.req.valid("param").id,
        personId: query.personId,
        motion: query.motion,
        today: clock.today(),
      }),
      200,
    );
  });
}
