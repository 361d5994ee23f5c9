import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { jsonResponse, problemResponses } from "../http/schemas";
import { applyGridChanges } from "../planning/apply-grid-changes";
import { getGrid } from "../planning/get-scenario";
import { ChangeSchema, GridPatchBody, GridQuery, GridSchema, ScenarioParams } from "../planning/schemas";

const tags = ["Quota planning"];

const getRoute = createRoute({
  method: "get",
  path: "/api/planning/scenarios/{id}/grid",
  tags,
  summary: "The planning grid: hierarchy rows × months (a manager sees what they manage)",
  request: { params: ScenarioParams, query: GridQuery },
  responses: { 200: jsonResponse(GridSchema, "The grid"), ...problemResponses(400, 401, 403, 404) },
});

const patchRoute = createRoute({
  method: "patch",
  path: "/api/planning/scenarios/{id}/grid",
  tags,
  summary: "Edit cells, all or nothing; the response has the new grid and the changes that undo these",
  request: {
    params: ScenarioParams,
    body: { content: { "application/json": { schema: GridPatchBody } }, required: true },
  },
  responses: {
    200: jsonResponse(
      GridSchema.extend({ inverse: ChangeSchema.array() }),
      "The new grid and `inverse` (undo)",
    ),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

export function registerPlanningGridRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database } = deps;
  app.openapi(getRoute, async (c) =>
    c.json(
      await getGrid(database.db, requireViewer(c.get("viewer")), {
        scenarioId: c.req.valid("param").id,
        rootNodeId: c.req.valid("query").rootNodeId,
      }),
      200,
    ),
  );
  app.openapi(patchRoute, async (c) => {
    const { baseRevision, changes } = c.req.valid("json");
    return c.json(
      await applyGridChanges(
        database,
        requireViewer(c.get("viewer")),
        c.req.valid("param").id,
        baseRevision,
        changes,
        deps.clock.now(),
      ),
      200,
    );
  });
}
