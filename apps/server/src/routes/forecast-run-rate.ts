import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { getRunRateForecast } from "../forecast-statistics/run-rate/get-run-rate-forecast";
import { RunRateQuery, RunRateSchema } from "../forecast-statistics/run-rate/schemas";
import { jsonResponse, problemResponses } from "../http/schemas";

const runRate = createRoute({
  method: "get",
  path: "/api/forecasts/run-rate",
  tags: ["Forecasts"],
  summary:
    "Monthly net bookings of the caller's scope and their time-series forecast (Theta, seasonal naive, SARIMA)",
  description:
    "History = complete months (today's month is left out of the fit); forecast for the next `months`; accuracy of each method on the last 6 complete months. Not for HR or marketing.",
  request: { query: RunRateQuery },
  responses: {
    200: jsonResponse(RunRateSchema, "History, forecast and holdout accuracy"),
    ...problemResponses(400, 401, 403, 404),
  },
});

export function registerForecastRunRateRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(runRate, async (c) =>
    c.json(
      await getRunRateForecast(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("query")),
      200,
    ),
  );
}
