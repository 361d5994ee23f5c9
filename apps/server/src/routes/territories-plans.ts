import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { applyTerritoryRules } from "../territories/apply-territory-rules";
import { compareTerritoryPlans } from "../territories/compare-territory-plans";
import { createTerritoryPlan } from "../territories/create-territory-plan";
import { deleteTerritoryPlan } from "../territories/delete-territory-plan";
import { getPlanCoverage } from "../territories/get-plan-coverage";
import { getTerritoryMap } from "../territories/get-territory-map";
import { getTerritoryPlan } from "../territories/get-territory-plan";
import { listPlanAccounts } from "../territories/list-plan-accounts";
import { listTerritoryEvents } from "../territories/list-territory-events";
import { listTerritoryPlans } from "../territories/list-territory-plans";
import { moveAccounts } from "../territories/move-accounts";
import { replaceTerritories } from "../territories/replace-territories";
import {
  ApplyRulesBody,
  CompareQuery,
  CompareSchema,
  CoverageSchema,
  CreatePlanBody,
  EventsSchema,
  MapSchema,
  MovesBody,
  PlanAccountsQuery,
  PlanAccountsSchema,
  PlanParams,
  PlanSchema,
  PlanSummarySchema,
  ReplaceTerritoriesBody,
  UpdatePlanBody,
} from "../territories/schemas";
import { updateTerritoryPlan } from "../territories/update-territory-plan";

const tags = ["Territory plans"];
const read = problemResponses(400, 401, 403, 404);
const write = problemResponses(400, 401, 403, 404, 409, 422);

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/territories/plans",
    tags,
    summary: "Territory plans: the plan of record first, then drafts, then archived",
    responses: { 200: jsonResponse(z.object({ plans: z.array(PlanSummarySchema) }), "Plans"), ...read },
  }),
  create: createRoute({
    method: "post",
    path: "/api/territories/plans",
    tags,
    summary: "A new draft: seeded from today's ownership, empty, or a copy (planners)",
    request: jsonBody(CreatePlanBody),
    responses: { 201: jsonResponse(PlanSchema, "The plan"), ...write },
  }),
  get: createRoute({
    method: "get",
    path: "/api/territories/plans/{id}",
    tags,
    summary: "A plan with its territories, owners and load",
    request: { params: PlanParams },
    responses: { 200: jsonResponse(PlanSchema, "The plan"), ...read },
  }),
  update: createRoute({
    method: "patch",
    path: "/api/territories/plans/{id}",
    tags,
    summary: "Rename a draft, change its date, settings or quota scenario (planners)",
    request: { params: PlanParams, ...jsonBody(UpdatePlanBody) },
    responses: { 200: jsonResponse(PlanSchema, "The plan"), ...write },
  }),
  delete: createRoute({
    method: "delete",
    path: "/api/territories/plans/{id}",
    tags,
    summary: "Delete a draft (planners)",
    request: { params: PlanParams },
    responses: { 204: { description: "Deleted" }, ...write },
  }),
  territories: createRoute({
    method: "put",
    path: "/api/territories/plans/{id}/territories",
    tags,
    summary: "Replace a draft's hierarchy (planners; 422 by path, nothing written)",
    request: { params: PlanParams, ...jsonBody(ReplaceTerritoriesBody) },
    responses: { 200: jsonResponse(PlanSchema, "The plan"), ...write },
  }),
  applyRules: createRoute({
    method: "post",
    path: "/api/territories/plans/{id}/apply-rules",
    tags,
    summary: "Assign accounts by the rules (planners)",
    request: { params: PlanParams, ...jsonBody(ApplyRulesBody) },
    responses: {
      200: jsonResponse(
        z.object({ plan: PlanSchema, coverage: CoverageSchema }),
        "The plan and its coverage",
      ),
      ...write,
    },
  }),
  coverage: createRoute({
    method: "get",
    path: "/api/territories/plans/{id}/coverage",
    tags,
    summary: "Gaps, overlaps, accounts without coordinates and load per territory",
    request: { params: PlanParams },
    responses: { 200: jsonResponse(CoverageSchema, "Coverage"), ...read },
  }),
  accounts: createRoute({
    method: "get",
    path: "/api/territories/plans/{id}/accounts",
    tags,
    summary: "The plan's accounts with tier, potential, workload and territory",
    request: { params: PlanParams, query: PlanAccountsQuery },
    responses: { 200: jsonResponse(PlanAccountsSchema, "Accounts"), ...read },
  }),
  map: createRoute({
    method: "get",
    path: "/api/territories/plans/{id}/map",
    tags,
    summary: "Leaf territories and located accounts for the map",
    request: { params: PlanParams },
    responses: { 200: jsonResponse(MapSchema, "Map"), ...read },
  }),
  moves: createRoute({
    method: "post",
    path: "/api/territories/plans/{id}/moves",
    tags,
    summary: "Move accounts by hand (planners)",
    request: { params: PlanParams, ...jsonBody(MovesBody) },
    responses: { 200: jsonResponse(PlanSchema, "The plan"), ...write },
  }),
  events: createRoute({
    method: "get",
    path: "/api/territories/plans/{id}/events",
    tags,
    summary: "A plan's history, oldest first",
    request: { params: PlanParams },
    responses: { 200: jsonResponse(EventsSchema, "Events"), ...read },
  }),
  compare: createRoute({
    method: "get",
    path: "/api/territories/compare",
    tags,
    summary: "Two plans' balance side by side and what moves between them",
    request: { query: CompareQuery },
    responses: { 200: jsonResponse(CompareSchema, "Comparison"), ...read },
  }),
};

export function registerTerritoryPlanRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const { db } = database;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));
  const now = () => clock.now();

  app.openapi(routes.list, async (c) => c.json({ plans: await listTerritoryPlans(db, viewerOf(c)) }, 200));
  app.openapi(routes.create, async (c) =>
    c.json(await createTerritoryPlan(database, viewerOf(c), c.req.valid("json")), 201),
  );
  app.openapi(routes.get, async (c) =>
    c.json(await getTerritoryPlan(db, viewerOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(routes.update, async (c) =>
    c.json(
      await updateTerritoryPlan(database, viewerOf(c), {
        ...c.req.valid("json"),
        planId: c.req.valid("param").id,
        now: now(),
      }),
      200,
    ),
  );
  app.openapi(routes.delete, async (c) => {
    await deleteTerritoryPlan(database, viewerOf(c), c.req.valid("param").id);
    return c.body(null, 204);
  });
  app.openapi(routes.territories, async (c) =>
    c.json(
      await replaceTerritories(database, viewerOf(c), {
        ...c.req.valid("json"),
        planId: c.req.valid("param").id,
        now: now(),
      }),
      200,
    ),
  );
  app.openapi(routes.applyRules, async (c) =>
    c.json(
      await applyTerritoryRules(database, viewerOf(c), {
        ...c.req.valid("json"),
        planId: c.req.valid("param").id,
        now: now(),
      }),
      200,
    ),
  );
  app.openapi(routes.coverage, async (c) =>
    c.json(await getPlanCoverage(db, viewerOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(routes.accounts, async (c) =>
    c.json(await listPlanAccounts(db, viewerOf(c), c.req.valid("param").id, c.req.valid("query")), 200),
  );
  app.openapi(routes.map, async (c) =>
    c.json(await getTerritoryMap(db, viewerOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(routes.moves, async (c) =>
    c.json(
      await moveAccounts(database, viewerOf(c), {
        ...c.req.valid("json"),
        planId: c.req.valid("param").id,
        now: now(),
      }),
      200,
    ),
  );
  app.openapi(routes.events, async (c) =>
    c.json({ events: await listTerritoryEvents(db, viewerOf(c), c.req.valid("param").id) }, 200),
  );
  app.openapi(routes.compare, async (c) =>
    c.json(await compareTerritoryPlans(db, viewerOf(c), c.req.valid("query")), 200),
  );
}
