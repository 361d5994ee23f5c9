import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { applyOptimisation } from "../territories/apply-optimisation";
import { getOptimisation } from "../territories/get-optimisation";
import {
  BaseRevisionBody,
  OptimisationBody,
  OptimisationSchema,
  PlanParams,
  PlanSchema,
  QueuedSchema,
} from "../territories/schemas";
import { startOptimisation } from "../territories/start-optimisation";

const tags = ["Territory balancing"];

const routes = {
  start: createRoute({
    method: "post",
    path: "/api/territories/plans/{id}/optimisations",
    tags,
    summary: "Queue a balancing run of a draft (planners)",
    request: { params: PlanParams, ...jsonBody(OptimisationBody) },
    responses: {
      202: jsonResponse(QueuedSchema, "Queued"),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/api/territories/optimisations/{id}",
    tags,
    summary: "A balancing run: status, before/after metrics and moves",
    request: { params: PlanParams },
    responses: { 200: jsonResponse(OptimisationSchema, "The run"), ...problemResponses(400, 401, 403, 404) },
  }),
  apply: createRoute({
    method: "post",
    path: "/api/territories/optimisations/{id}/apply",
    tags,
    summary: "Apply a run's moves to its plan (planners; 409 when the plan changed since)",
    request: { params: PlanParams, ...jsonBody(BaseRevisionBody) },
    responses: { 200: jsonResponse(PlanSchema, "The plan"), ...problemResponses(400, 401, 403, 404, 409) },
  }),
};

export function registerTerritoryBalancingRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));

  app.openapi(routes.start, async (c) =>
    c.json(
      await startOptimisation(database, viewerOf(c), {
        ...c.req.valid("json"),
        planId: c.req.valid("param").id,
      }),
      202,
    ),
  );
  app.openapi(routes.get, async (c) =>
    c.json(await getOptimisation(database.db, viewerOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(routes.apply, async (c) =>
    c.json(
      await applyOptimisation(database, viewerOf(c), {
        optimisationId: c.req.valid("param").id,
        baseRevision: c.req.valid("json").baseRevision,
        now: clock.now(),
      }),
      200,
    ),
  );
}
