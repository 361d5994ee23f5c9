import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { getAccountTerritoryHistory } from "../territories/get-account-territory-history";
import { publishTerritoryPlan } from "../territories/publish-territory-plan";
import { routeTerritoryRecords } from "../territories/route-territory-records";
import {
  AccountParams,
  BaseRevisionBody,
  HistorySchema,
  PlanParams,
  PublishSchema,
  RouteBody,
  RouteResultSchema,
} from "../territories/schemas";
import { requireRouter } from "../territories/territory-access";

const tags = ["Territory publishing and routing"];

const routes = {
  publish: createRoute({
    method: "post",
    path: "/api/territories/plans/{id}/publish",
    tags,
    summary:
      "Publish a draft as the plan of record, with its effects on ownership, crediting and quotas (planners)",
    request: { params: PlanParams, ...jsonBody(BaseRevisionBody) },
    responses: {
      200: jsonResponse(PublishSchema, "The plan and its effects"),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  history: createRoute({
    method: "get",
    path: "/api/territories/accounts/{accountId}/history",
    tags,
    summary: "An account's published territories and owners over time",
    request: { params: AccountParams },
    responses: { 200: jsonResponse(HistorySchema, "History"), ...problemResponses(400, 401, 403, 404) },
  }),
  route: createRoute({
    method: "post",
    path: "/api/territories/route",
    tags,
    summary: "Route new accounts or leads to a territory and owner by the plan of record",
    request: jsonBody(RouteBody),
    responses: { 200: jsonResponse(RouteResultSchema, "Decisions"), ...problemResponses(400, 401, 403, 409) },
  }),
};

export function registerTerritoryPublishingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));

  app.openapi(routes.publish, async (c) =>
    c.json(
      await publishTerritoryPlan(database, viewerOf(c), {
        planId: c.req.valid("param").id,
        baseRevision: c.req.valid("json").baseRevision,
        now: clock.now(),
      }),
      200,
    ),
  );
  app.openapi(routes.history, async (c) =>
    c.json(
      { history: await getAccountTerritoryHistory(database, viewerOf(c), c.req.valid("param").accountId) },
      200,
    ),
  );
  app.openapi(routes.route, async (c) => {
    const viewer = requireRouter(viewerOf(c));
    const { records, asOf } = c.req.valid("json");
    const decisions = await routeTerritoryRecords(database.sql, {
      workspaceId: viewer.workspaceId,
      records,
      asOf,
      today: clock.today(),
    });
    return c.json({ decisions }, 200);
  });
}
