import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { createScenario } from "../planning/create-scenario";
import { deleteScenario } from "../planning/delete-scenario";
import { getMyQuota } from "../planning/get-my-quota";
import { getScenario } from "../planning/get-scenario";
import { listEvents } from "../planning/list-events";
import { listScenarios, listVersions } from "../planning/list-scenarios";
import { previewAllocation } from "../planning/preview-allocation";
import { publishScenario } from "../planning/publish-scenario";
import { renameScenario } from "../planning/rename-scenario";
import {
  AssumptionsBody,
  CreateScenarioBody,
  EventSchema,
  GridSchema,
  MyQuotaQuery,
  MyQuotaSchema,
  PreviewBody,
  PublishBody,
  RenameScenarioBody,
  ScenarioListSchema,
  ScenarioParams,
  ScenarioSchema,
  VersionListSchema,
  YearQuery,
} from "../planning/schemas";
import { updateAssumptions } from "../planning/update-assumptions";

const tags = ["Quota planning"];

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/planning/scenarios",
    tags,
    summary: "Scenarios of a fiscal year and measure, plan of record first",
    request: { query: YearQuery },
    responses: { 200: jsonResponse(ScenarioListSchema, "Scenarios"), ...problemResponses(400, 401, 403) },
  }),
  create: createRoute({
    method: "post",
    path: "/api/planning/scenarios",
    tags,
    summary: "A new draft scenario: from the workspace's data with default assumptions, or a copy (planners)",
    request: jsonBody(CreateScenarioBody),
    responses: {
      201: jsonResponse(ScenarioSchema, "The scenario"),
      ...problemResponses(400, 401, 403, 404, 422),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/api/planning/scenarios/{id}",
    tags,
    summary: "A scenario with its assumptions",
    request: { params: ScenarioParams },
    responses: { 200: jsonResponse(ScenarioSchema, "The scenario"), ...problemResponses(400, 401, 403, 404) },
  }),
  rename: createRoute({
    method: "patch",
    path: "/api/planning/scenarios/{id}",
    tags,
    summary: "Rename a scenario (planners)",
    request: { params: ScenarioParams, ...jsonBody(RenameScenarioBody) },
    responses: { 200: jsonResponse(ScenarioSchema, "The scenario"), ...problemResponses(400, 401, 403, 404) },
  }),
  delete: createRoute({
    method: "delete",
    path: "/api/planning/scenarios/{id}",
    tags,
    summary: "Delete a draft scenario (planners)",
    request: { params: ScenarioParams },
    responses: { 204: { description: "Deleted" }, ...problemResponses(400, 401, 403, 404, 409) },
  }),
  assumptions: createRoute({
    method: "put",
    path: "/api/planning/scenarios/{id}/assumptions",
    tags,
    summary: "Replace a draft's assumptions and re-run the allocation (planners)",
    request: { params: ScenarioParams, ...jsonBody(AssumptionsBody) },
    responses: {
      200: jsonResponse(ScenarioSchema, "The scenario"),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  preview: createRoute({
    method: "post",
    path: "/api/planning/scenarios/{id}/allocation-preview",
    tags,
    summary: "The grid these assumptions would give, not stored (planners)",
    request: { params: ScenarioParams, ...jsonBody(PreviewBody) },
    responses: { 200: jsonResponse(GridSchema, "The grid"), ...problemResponses(400, 401, 403, 404, 422) },
  }),
  publish: createRoute({
    method: "post",
    path: "/api/planning/scenarios/{id}/publish",
    tags,
    summary: "Publish a draft as the plan of record; its quotas go to compensation and dashboards (planners)",
    request: { params: ScenarioParams, ...jsonBody(PublishBody) },
    responses: {
      200: jsonResponse(ScenarioSchema, "The published scenario"),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  versions: createRoute({
    method: "get",
    path: "/api/planning/versions",
    tags,
    summary: "Every published version, newest first",
    request: { query: YearQuery },
    responses: { 200: jsonResponse(VersionListSchema, "Versions"), ...problemResponses(400, 401, 403) },
  }),
  events: createRoute({
    method: "get",
    path: "/api/planning/scenarios/{id}/events",
    tags,
    summary: "A scenario's history, oldest first",
    request: { params: ScenarioParams },
    responses: {
      200: jsonResponse(z.object({ events: z.array(EventSchema) }), "Events"),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  myQuota: createRoute({
    method: "get",
    path: "/api/planning/my-quota",
    tags,
    summary: "My quota in the plan of record (default: this fiscal year)",
    request: { query: MyQuotaQuery },
    responses: { 200: jsonResponse(MyQuotaSchema, "My quota"), ...problemResponses(400, 401, 403, 404) },
  }),
};

export function registerPlanningScenarioRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database } = deps;
  const { db } = database;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));

  app.openapi(routes.list, async (c) =>
    c.json({ scenarios: await listScenarios(db, viewerOf(c), c.req.valid("query")) }, 200),
  );
  app.openapi(routes.create, async (c) =>
    c.json(await createScenario(database, viewerOf(c), c.req.valid("json")), 201),
  );
  app.openapi(routes.get, async (c) =>
    c.json(await getScenario(db, viewerOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(routes.rename, async (c) =>
    c.json(
      await renameScenario(database, viewerOf(c), {
        scenarioId: c.req.valid("param").id,
        name: c.req.valid("json").name,
        now: deps.clock.now(),
      }),
      200,
    ),
  );
  app.openapi(routes.delete, async (c) => {
    await deleteScenario(database, viewerOf(c), c.req.valid("param").id);
    return c.body(null, 204);
  });
  app.openapi(routes.assumptions, async (c) =>
    c.json(
      await updateAssumptions(database, viewerOf(c), {
        scenarioId: c.req.valid("param").id,
        ...c.req.valid("json"),
        now: deps.clock.now(),
      }),
      200,
    ),
  );
  app.openapi(routes.preview, async (c) =>
    c.json(
      await previewAllocation(database, viewerOf(c), {
        scenarioId: c.req.valid("param").id,
        assumptions: c.req.valid("json").assumptions,
      }),
      200,
    ),
  );
  app.openapi(routes.publish, async (c) =>
    c.json(
      await publishScenario(database, viewerOf(c), {
        scenarioId: c.req.valid("param").id,
        ...c.req.valid("json"),
        now: deps.clock.now(),
      }),
      200,
    ),
  );
  app.openapi(routes.versions, async (c) =>
    c.json({ versions: await listVersions(db, viewerOf(c), c.req.valid("query")) }, 200),
  );
  app.openapi(routes.events, async (c) =>
    c.json({ events: await listEvents(db, viewerOf(c), c.req.valid("param").id) }, 200),
  );
  app.openapi(routes.myQuota, async (c) =>
    c.json(
      await getMyQuota(db, viewerOf(c), {
        fiscalYear: c.req.valid("query").fiscalYear,
        today: deps.clock.today(),
      }),
      200,
    ),
  );
}
