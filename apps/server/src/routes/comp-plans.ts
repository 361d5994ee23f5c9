import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { createAssignment } from "../compensation/assignments/create-assignment";
import { listAssignments } from "../compensation/assignments/list-assignments";
import {
  AssignmentListSchema,
  AssignmentQuery,
  AssignmentSchema,
  NewAssignmentSchema,
} from "../compensation/assignments/schemas";
import { createPlanVersion } from "../compensation/plans/create-plan-version";
import { getPlanVersion } from "../compensation/plans/get-plan-version";
import { listPlans } from "../compensation/plans/list-plans";
import { planVersionViewOf } from "../compensation/plans/plan-version-view";
import { publishPlanVersion } from "../compensation/plans/publish-plan-version";
import { requireCompReader, requireCompWriter } from "../compensation/plans/require-comp-role";
import {
  PlanBodySchema,
  PlanListSchema,
  PlanValidationSchema,
  PlanVersionParams,
  PlanVersionSchema,
} from "../compensation/plans/schemas";
import { updatePlanVersion } from "../compensation/plans/update-plan-version";
import { validatePlanBody } from "../compensation/plans/validate-plan-body";
import { listVisibleQuotas } from "../compensation/quotas/list-visible-quotas";
import { QuotaListSchema, QuotaQuery } from "../compensation/quotas/schemas";
import { resolvePayScope } from "../compensation/workflow/resolve-pay-scope";
import { jsonResponse, problemResponses } from "../http/schemas";

const planBody = { body: { content: { "application/json": { schema: PlanBodySchema } }, required: true } };
const tags = ["Compensation plans"];

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/comp/plans",
    tags,
    summary: "Plans with their versions (workspace-wide roles)",
    responses: { 200: jsonResponse(PlanListSchema, "Plans"), ...problemResponses(401, 403) },
  }),
  validate: createRoute({
    method: "post",
    path: "/api/comp/plans/validate",
    tags,
    summary: "Check a plan (JSON or plan-file text) without saving it",
    request: planBody,
    responses: {
      200: jsonResponse(PlanValidationSchema, "Whether it is valid, and every issue"),
      ...problemResponses(400, 401, 403),
    },
  }),
  create: createRoute({
    method: "post",
    path: "/api/comp/plans",
    tags,
    summary: "Save a plan as a draft: version 1 of a new key or the next version of an existing plan",
    request: planBody,
    responses: {
      201: jsonResponse(PlanVersionSchema, "The new draft"),
      ...problemResponses(400, 401, 403, 422),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/api/comp/plans/{key}/versions/{version}",
    tags,
    summary: "One version with its definition",
    request: { params: PlanVersionParams },
    responses: { 200: jsonResponse(PlanVersionSchema, "The version"), ...problemResponses(401, 403, 404) },
  }),
  update: createRoute({
    method: "put",
    path: "/api/comp/plans/{key}/versions/{version}",
    tags,
    summary: "Replace a draft's definition (published versions are immutable: 409)",
    request: { params: PlanVersionParams, ...planBody },
    responses: {
      200: jsonResponse(PlanVersionSchema, "The draft"),
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  }),
  publish: createRoute({
    method: "post",
    path: "/api/comp/plans/{key}/versions/{version}/publish",
    tags,
    summary: "Publish a draft; it must pass validation",
    request: { params: PlanVersionParams },
    responses: {
      200: jsonResponse(PlanVersionSchema, "The published version"),
      ...problemResponses(401, 403, 404, 409, 422),
    },
  }),
  assignments: createRoute({
    method: "get",
    path: "/api/comp/assignments",
    tags,
    summary:
      "Who is on which plan, when, with which target incentive (pay scope: HR and comp admins all, managers their tree, reps themselves)",
    request: { query: AssignmentQuery },
    responses: { 200: jsonResponse(AssignmentListSchema, "Assignments"), ...problemResponses(400, 401, 403) },
  }),
  assign: createRoute({
    method: "post",
    path: "/api/comp/assignments",
    tags,
    summary: "Put a person on a plan (no overlap with their other assignments)",
    request: { body: { content: { "application/json": { schema: NewAssignmentSchema } }, required: true } },
    responses: {
      201: jsonResponse(AssignmentSchema, "The assignment"),
      ...problemResponses(400, 401, 403, 409),
    },
  }),
  quotas: createRoute({
    method: "get",
    path: "/api/comp/quotas",
    tags,
    summary: "Quotas: a rep's own, a manager's reporting tree's, everyone's for workspace-wide roles",
    request: { query: QuotaQuery },
    responses: { 200: jsonResponse(QuotaListSchema, "Quotas"), ...problemResponses(400, 401, 403) },
  }),
};

export function registerCompPlanRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database } = deps;
  const { db } = database;
  const reader = (viewer: Parameters<typeof requireViewer>[0]) => requireCompReader(requireViewer(viewer));
  const writer = (viewer: Parameters<typeof requireViewer>[0]) => requireCompWriter(requireViewer(viewer));

  app.openapi(routes.list, async (c) =>
    c.json(await listPlans(db, { workspaceId: reader(c.get("viewer")).workspaceId }), 200),
  );
  app.openapi(routes.validate, async (c) => {
    writer(c.get("viewer"));
    return c.json(validatePlanBody(c.req.valid("json")), 200);
  });
  app.openapi(routes.create, async (c) =>
    c.json(await createPlanVersion(database, writer(c.get("viewer")), c.req.valid("json")), 201),
  );
  app.openapi(routes.get, async (c) => {
    const { workspaceId } = reader(c.get("viewer"));
    return c.json(planVersionViewOf(await getPlanVersion(db, { workspaceId, ...c.req.valid("param") })), 200);
  });
  app.openapi(routes.update, async (c) => {
    const viewer = writer(c.get("viewer"));
    return c.json(
      await updatePlanVersion(database, viewer, { ...c.req.valid("param"), body: c.req.valid("json") }),
      200,
    );
  });
  app.openapi(routes.publish, async (c) => {
    const viewer = writer(c.get("viewer"));
    const params = { ...c.req.valid("param"), now: deps.clock.now() };
    return c.json(await publishPlanVersion(database, viewer, params), 200);
  });
  app.openapi(routes.assignments, async (c) => {
    // Target incentives are pay: HR, admins and comp admins see everyone's, managers their tree's, reps their own.
    const viewer = requireViewer(c.get("viewer"));
    const personIds = await resolvePayScope(db, viewer, deps.clock.today());
    const params = { workspaceId: viewer.workspaceId, ...c.req.valid("query"), personIds };
    return c.json({ items: await listAssignments(db, params) }, 200);
  });
  app.openapi(routes.assign, async (c) =>
    c.json(await createAssignment(database, writer(c.get("viewer")), c.req.valid("json")), 201),
  );
  app.openapi(routes.quotas, async (c) => {
    const params = { ...c.req.valid("query"), today: deps.clock.today() };
    return c.json(await listVisibleQuotas(db, requireViewer(c.get("viewer")), params), 200);
  });
}
