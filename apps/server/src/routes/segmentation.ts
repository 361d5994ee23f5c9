import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { problems } from "../http/problem";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";
import { lastCompleteYearOf } from "../segmentation/compute-segmentation";
import { createSegmentation } from "../segmentation/create-segmentation";
import { fitPotentialModel } from "../segmentation/fit-potential-model";
import { getAccountSegments } from "../segmentation/get-account-segments";
import { getPotentialModel } from "../segmentation/get-potential-model";
import { getSegmentation } from "../segmentation/get-segmentation";
import { listPotentialEstimates } from "../segmentation/list-potential-estimates";
import { listSegmentAccounts } from "../segmentation/list-segment-accounts";
import { listSegmentations } from "../segmentation/list-segmentations";
import { parseSegmentationConfig } from "../segmentation/parse-segmentation-config";
import { previewSegmentation } from "../segmentation/preview-segmentation";
import {
  AccountParams,
  AccountSegmentsSchema,
  CreateSegmentationBody,
  EstimatesQuery,
  EstimatesSchema,
  ListQuery,
  PotentialConfigBody,
  PotentialModelSummarySchema,
  PreviewBody,
  SegmentAccountsQuery,
  SegmentAccountsSchema,
  SegmentationListSchema,
  SegmentationParams,
  SegmentationRunSchema,
} from "../segmentation/schemas";
import { requirePlanner, requireSegmentationReader } from "../segmentation/segmentation-access";

const tags = ["Segmentation"];

const routes = {
  list: createRoute({
    method: "get",
    path: "/api/segmentation/segmentations",
    tags,
    summary: "The latest run of each segmentation, or every run of `name` (newest first)",
    request: { query: ListQuery },
    responses: {
      200: jsonResponse(SegmentationListSchema, "Segmentations"),
      ...problemResponses(400, 401, 403),
    },
  }),
  preview: createRoute({
    method: "post",
    path: "/api/segmentation/preview",
    tags,
    summary: "What a segmentation would give, computed and not stored (planners)",
    request: jsonBody(PreviewBody),
    responses: {
      200: jsonResponse(SegmentationRunSchema, "The run"),
      ...problemResponses(400, 401, 403, 422),
    },
  }),
  create: createRoute({
    method: "post",
    path: "/api/segmentation/segmentations",
    tags,
    summary: "Run a segmentation and store it as `name` from `validFrom` (planners)",
    request: jsonBody(CreateSegmentationBody),
    responses: {
      201: jsonResponse(SegmentationRunSchema, "The run"),
      ...problemResponses(400, 401, 403, 409, 422),
    },
  }),
  get: createRoute({
    method: "get",
    path: "/api/segmentation/segmentations/{id}",
    tags,
    summary: "A stored run with its profiles, cluster summary and warnings",
    request: { params: SegmentationParams },
    responses: {
      200: jsonResponse(SegmentationRunSchema, "The run"),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  accounts: createRoute({
    method: "get",
    path: "/api/segmentation/segmentations/{id}/accounts",
    tags,
    summary: "A page of a run's accounts with their segment and why (`segment=` empty: the unsegmented)",
    request: { params: SegmentationParams, query: SegmentAccountsQuery },
    responses: {
      200: jsonResponse(SegmentAccountsSchema, "Accounts"),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  account: createRoute({
    method: "get",
    path: "/api/segmentation/accounts/{accountId}",
    tags,
    summary: "An account's segment under each name today, and its potential",
    request: { params: AccountParams },
    responses: {
      200: jsonResponse(AccountSegmentsSchema, "The account's segments"),
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  fitPotential: createRoute({
    method: "post",
    path: "/api/segmentation/potential",
    tags,
    summary:
      "Fit the account-potential model and estimate every account; the new model is in force (planners)",
    request: jsonBody(PotentialConfigBody),
    responses: {
      201: jsonResponse(PotentialModelSummarySchema, "The model"),
      ...problemResponses(400, 401, 403, 422),
    },
  }),
  potential: createRoute({
    method: "get",
    path: "/api/segmentation/potential",
    tags,
    summary: "The potential model in force (the latest)",
    responses: {
      200: jsonResponse(PotentialModelSummarySchema, "The model"),
      ...problemResponses(401, 403, 404),
    },
  }),
  estimates: createRoute({
    method: "get",
    path: "/api/segmentation/potential/accounts",
    tags,
    summary: "A page of the latest model's estimates, highest potential first",
    request: { query: EstimatesQuery },
    responses: { 200: jsonResponse(EstimatesSchema, "Estimates"), ...problemResponses(400, 401, 403, 404) },
  }),
};

export function registerSegmentationRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database, clock } = deps;
  const { db } = database;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));
  const reader = (c: { get(key: "viewer"): Viewer | null }) => requireSegmentationReader(viewerOf(c));
  const planner = (c: { get(key: "viewer"): Viewer | null }) => requirePlanner(viewerOf(c));

  app.openapi(routes.list, async (c) =>
    c.json(
      {
        segmentations: await listSegmentations(db, {
          workspaceId: reader(c).workspaceId,
          name: c.req.valid("query").name,
        }),
      },
      200,
    ),
  );
  app.openapi(routes.preview, async (c) => {
    const { workspaceId } = planner(c);
    const { name, config, asOf } = c.req.valid("json");
    const run = await previewSegmentation(database, {
      workspaceId,
      name,
      config: parseSegmentationConfig(config),
      asOf: asOf ?? clock.today(),
    });
    return c.json(run, 200);
  });
  app.openapi(routes.create, async (c) => {
    const viewer = planner(c);
    const { asOf, ...rest } = c.req.valid("json");
    const run = await createSegmentation(database, {
      workspaceId: viewer.workspaceId,
      actorId: viewer.userId,
      ...rest,
      asOf: asOf ?? clock.today(),
    });
    return c.json(run, 201);
  });
  app.openapi(routes.get, async (c) =>
    c.json(
      await getSegmentation(db, {
        workspaceId: reader(c).workspaceId,
        segmentationId: c.req.valid("param").id,
      }),
      200,
    ),
  );
  app.openapi(routes.accounts, async (c) =>
    c.json(
      await listSegmentAccounts(db, {
        workspaceId: reader(c).workspaceId,
        segmentationId: c.req.valid("param").id,
        ...c.req.valid("query"),
      }),
      200,
    ),
  );
  app.openapi(routes.account, async (c) =>
    c.json(
      await getAccountSegments(db, {
        workspaceId: reader(c).workspaceId,
        accountId: c.req.valid("param").accountId,
        today: clock.today(),
      }),
      200,
    ),
  );
  app.openapi(routes.fitPotential, async (c) => {
    const viewer = planner(c);
    const { year, ...rest } = c.req.valid("json");
    const summary = await fitPotentialModel(database, {
      workspaceId: viewer.workspaceId,
      actorId: viewer.userId,
      config: { ...rest, year: year ?? lastCompleteYearOf(clock.today()) },
    });
    return c.json(summary, 201);
  });
  app.openapi(routes.potential, async (c) => {
    const summary = await getPotentialModel(db, { workspaceId: reader(c).workspaceId });
    if (!summary) throw problems.notFound("A potential model");
    return c.json(summary, 200);
  });
  app.openapi(routes.estimates, async (c) =>
    c.json(
      await listPotentialEstimates(db, { workspaceId: reader(c).workspaceId, ...c.req.valid("query") }),
      200,
    ),
  );
}
