import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { getPipelineAnalytics } from "../pipeline/get-pipeline-analytics";
import { getPipelineBoard } from "../pipeline/get-pipeline-board";
import { getPipelineCoverage } from "../pipeline/get-pipeline-coverage";
import { getPipelineOpportunity } from "../pipeline/get-pipeline-opportunity";
import { getPipelineSettings } from "../pipeline/get-pipeline-settings";
import { listPipelineOpportunities } from "../pipeline/list-pipeline-opportunities";
import { savePipelineSettings } from "../pipeline/save-pipeline-settings";
import {
  AnalyticsQuery,
  AnalyticsSchema,
  BoardQuery,
  BoardSchema,
  CoverageQuery,
  CoverageSchema,
  OpportunityDetailSchema,
  OpportunityListQuery,
  OpportunityListSchema,
  OpportunityParams,
  OpportunityPatchBody,
  PipelineSettingsBody,
  PipelineSettingsSchema,
} from "../pipeline/schemas";
import { updatePipelineOpportunity } from "../pipeline/update-pipeline-opportunity";

const tags = ["Pipeline"];
const read = problemResponses(400, 401, 403, 404);
const write = problemResponses(400, 401, 403, 404, 422);

const routes = {
  settings: createRoute({
    method: "get",
    path: "/api/pipeline/settings",
    tags,
    summary:
      "Stages, qualification checklist and risk thresholds (inferred from the deals until an admin saves them)",
    responses: { 200: jsonResponse(PipelineSettingsSchema, "The settings"), ...read },
  }),
  saveSettings: createRoute({
    method: "put",
    path: "/api/pipeline/settings",
    tags,
    summary: "Replace the stages and thresholds (admins); 422 lists every problem by path",
    request: jsonBody(PipelineSettingsBody),
    responses: { 200: jsonResponse(PipelineSettingsSchema, "The saved settings"), ...write },
  }),
  list: createRoute({
    method: "get",
    path: "/api/pipeline/opportunities",
    tags,
    summary: "Deals in the caller's scope with risk flags, filtered, sorted and paged",
    request: { query: OpportunityListQuery },
    responses: { 200: jsonResponse(OpportunityListSchema, "A page of deals and the totals of all"), ...read },
  }),
  board: createRoute({
    method: "get",
    path: "/api/pipeline/board",
    tags,
    summary: "Open deals by stage: totals per column and its 50 largest deals",
    request: { query: BoardQuery },
    responses: { 200: jsonResponse(BoardSchema, "The board"), ...read },
  }),
  get: createRoute({
    method: "get",
    path: "/api/pipeline/opportunities/{id}",
    tags,
    summary: "One deal: flags, what its stage's criteria miss, and its timeline",
    request: { params: OpportunityParams },
    responses: { 200: jsonResponse(OpportunityDetailSchema, "The deal"), ...read },
  }),
  update: createRoute({
    method: "patch",
    path: "/api/pipeline/opportunities/{id}",
    tags,
    summary: "Change a deal's stage, amount, dates, next step or checklist (owner, their managers, admins)",
    request: { params: OpportunityParams, ...jsonBody(OpportunityPatchBody) },
    responses: { 200: jsonResponse(OpportunityDetailSchema, "The deal after the change"), ...write },
  }),
  analytics: createRoute({
    method: "get",
    path: "/api/pipeline/analytics",
    tags,
    summary: "Conversion by stage, velocity, ageing, win rate, average deal and cycle, by group",
    request: { query: AnalyticsQuery },
    responses: { 200: jsonResponse(AnalyticsSchema, "The analytics"), ...read },
  }),
  coverage: createRoute({
    method: "get",
    path: "/api/pipeline/coverage",
    tags,
    summary: "Pipeline coverage of the period's remaining target, and the coverage the win rate requires",
    request: { query: CoverageQuery },
    responses: {
      200: jsonResponse(CoverageSchema, "The coverage"),
      ...problemResponses(400, 401, 403, 404, 422),
    },
  }),
};

/** Routes of docs/forecasting-api.md, "Pipeline": validate, call one function of apps/server/src/pipeline, return. */
export function registerPipelineRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const { db } = database;
  const viewer = (c: { get(key: "viewer"): AppEnv["Variables"]["viewer"] }) => requireViewer(c.get("viewer"));
  app.openapi(routes.settings, async (c) =>
    c.json(await getPipelineSettings(db, viewer(c), clock.today()), 200),
  );
  app.openapi(routes.saveSettings, async (c) =>
    c.json(
      await savePipelineSettings(
        database,
        viewer(c),
        { today: clock.today(), now: clock.now() },
        c.req.valid("json"),
      ),
      200,
    ),
  );
  app.openapi(routes.list, async (c) =>
    c.json(await listPipelineOpportunities(db, viewer(c), clock.today(), c.req.valid("query")), 200),
  );
  app.openapi(routes.board, async (c) =>
    c.json(await getPipelineBoard(db, viewer(c), clock.today(), c.req.valid("query")), 200),
  );
  app.openapi(routes.get, async (c) =>
    c.json(await getPipelineOpportunity(db, viewer(c), clock.today(), c.req.valid("param").id), 200),
  );
  app.openapi(routes.update, async (c) =>
    c.json(
      await updatePipelineOpportunity(
        database,
        viewer(c),
        { today: clock.today(), now: clock.now() },
        c.req.valid("param").id,
        c.req.valid("json"),
      ),
      200,
    ),
  );
  app.openapi(routes.analytics, async (c) =>
    c.json(await getPipelineAnalytics(db, viewer(c), clock.today(), c.req.valid("query")), 200),
  );
  app.openapi(routes.coverage, async (c) =>
    c.json(await getPipelineCoverage(db, viewer(c), clock.today(), c.req.valid("query")), 200),
  );
}
