import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { requireCompWriter } from "../compensation/plans/require-comp-role";
import { getRun, requireRunReader } from "../compensation/runs/get-run";
import { listResultLines } from "../compensation/runs/list-result-lines";
import { listRunResults } from "../compensation/runs/list-run-results";
import { listRuns } from "../compensation/runs/list-runs";
import {
  NewRunSchema,
  ResultLinesSchema,
  ResultParams,
  ResultsPageSchema,
  ResultsQuery,
  RunListQuery,
  RunListSchema,
  RunParams,
  RunSchema,
  RunStartedSchema,
} from "../compensation/runs/schemas";
import { startCalculationRun } from "../compensation/runs/start-calculation-run";
import { jsonResponse, problemResponses } from "../http/schemas";

const tags = ["Compensation runs"];

const routes = {
  start: createRoute({
    method: "post",
    path: "/api/comp/runs",
    tags,
    summary: "Queue a calculation run for a period (admins and compensation admins)",
    description:
      "Answers at once with the run and its job; poll GET /api/comp/runs/{id} for progress. A published or paid period is never rewritten: its differences become adjustments in the earliest open period.",
    request: { body: { content: { "application/json": { schema: NewRunSchema } }, required: true } },
    responses: { 202: jsonResponse(RunStartedSchema, "Queued"), ...problemResponses(400, 401, 403) },
  }),
  list: createRoute({
    method: "get",
    path: "/api/comp/runs",
    tags,
    summary: "Calculation runs, newest first",
    request: { query: RunListQuery },
    responses: { 200: jsonResponse(RunListSchema, "Runs"), ...problemResponses(400, 401, 403) },
  }),
  get: createRoute({
    method: "get",
    path: "/api/comp/runs/{id}",
    tags,
    summary: "A run: status, progress, counts, plan versions, data fingerprint, what it could not credit",
    request: { params: RunParams },
    responses: { 200: jsonResponse(RunSchema, "The run"), ...problemResponses(400, 401, 403, 404) },
  }),
  results: createRoute({
    method: "get",
    path: "/api/comp/runs/{id}/results",
    tags,
    summary:
      "A run's results per payee (reps: their own, published runs only; managers: their reporting tree at the period's end), paginated",
    request: { params: RunParams, query: ResultsQuery },
    responses: {
      200: jsonResponse(ResultsPageSchema, "A page of results"),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  lines: createRoute({
    method: "get",
    path: "/api/comp/results/{resultId}/lines",
    tags,
    summary: "Every line of one payee's result, with its trace",
    request: { params: ResultParams },
    responses: { 200: jsonResponse(ResultLinesSchema, "The lines"), ...problemResponses(400, 401, 403, 404) },
  }),
};

export function registerCompRunRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database } = deps;
  const { db } = database;
  app.openapi(routes.start, async (c) => {
    const viewer = requireCompWriter(requireViewer(c.get("viewer")));
    return c.json(await startCalculationRun(database, viewer, c.req.valid("json")), 202);
  });
  app.openapi(routes.list, async (c) => {
    const { workspaceId } = requireRunReader(requireViewer(c.get("viewer")));
    return c.json(await listRuns(db, { workspaceId, periodKey: c.req.valid("query").periodKey }), 200);
  });
  app.openapi(routes.get, async (c) =>
    c.json(await getRun(db, requireViewer(c.get("viewer")), c.req.valid("param").id), 200),
  );
  app.openapi(routes.results, async (c) => {
    const params = { runId: c.req.valid("param").id, ...c.req.valid("query") };
    return c.json(await listRunResults(db, requireViewer(c.get("viewer")), params), 200);
  });
  app.openapi(routes.lines, async (c) => {
    const params = { resultId: c.req.valid("param").resultId };
    return c.json(await listResultLines(db, requireViewer(c.get("viewer")), params), 200);
  });
}
