import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { cancelGoal } from "../goals/cancel-goal";
import { getGoal } from "../goals/get-goal";
import { listGoals } from "../goals/list-goals";
import { saveGoal } from "../goals/save-goal";
import { GoalBody, GoalParams, GoalSchema, GoalsQuery } from "../goals/schemas";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";

const tags = ["Goals"];

const listRoute = createRoute({
  method: "get",
  path: "/api/goals",
  tags,
  summary: "Goals the caller may see (own, reporting tree's and teams', the workspace's), with progress",
  request: { query: GoalsQuery },
  responses: {
    200: jsonResponse(z.object({ goals: z.array(GoalSchema) }), "Goals, deadline first"),
    ...problemResponses(400, 401),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/goals/{id}",
  tags,
  summary: "A goal with its progress",
  request: { params: GoalParams },
  responses: { 200: jsonResponse(GoalSchema, "The goal"), ...problemResponses(400, 401, 403, 404) },
});

const createGoalRoute = createRoute({
  method: "post",
  path: "/api/goals",
  tags,
  summary: "Set a SMART goal (a rep for themself, a manager for their tree and teams, admin and HR anyone)",
  request: jsonBody(GoalBody),
  responses: { 201: jsonResponse(GoalSchema, "The goal"), ...problemResponses(400, 401, 403, 422) },
});

const updateRoute = createRoute({
  method: "put",
  path: "/api/goals/{id}",
  tags,
  summary: "Edit a goal (its milestones are replaced)",
  request: { params: GoalParams, ...jsonBody(GoalBody) },
  responses: { 200: jsonResponse(GoalSchema, "The goal"), ...problemResponses(400, 401, 403, 404, 409, 422) },
});

const cancelRoute = createRoute({
  method: "post",
  path: "/api/goals/{id}/cancel",
  tags,
  summary: "Cancel a goal",
  request: { params: GoalParams },
  responses: { 200: jsonResponse(GoalSchema, "The cancelled goal"), ...problemResponses(400, 401, 403, 404) },
});

export function registerGoalRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(listRoute, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    return c.json({ goals: await listGoals(db, viewer, deps.clock.today(), c.req.valid("query")) }, 200);
  });
  app.openapi(getRoute, async (c) =>
    c.json(
      await getGoal(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("param").id),
      200,
    ),
  );
  app.openapi(createGoalRoute, async (c) =>
    c.json(
      await saveGoal(deps.database, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("json")),
      201,
    ),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(
      await saveGoal(
        deps.database,
        requireViewer(c.get("viewer")),
        deps.clock.today(),
        c.req.valid("json"),
        c.req.valid("param").id,
      ),
      200,
    ),
  );
  app.openapi(cancelRoute, async (c) =>
    c.json(
      await cancelGoal(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("param").id),
      200,
    ),
  );
}
