import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { createAdjustment } from "../compensation/adjustments/create-adjustment";
import { listAdjustments } from "../compensation/adjustments/list-adjustments";
import { runPlanRegression } from "../compensation/regression/run-plan-regression";
import { RegressionBody, RegressionParams, RegressionSchema } from "../compensation/regression/schemas";
import { approvePeriod } from "../compensation/workflow/approve-period";
import { getPeriod } from "../compensation/workflow/get-period";
import { listPeriods } from "../compensation/workflow/list-periods";
import { markPeriodPaid } from "../compensation/workflow/mark-period-paid";
import { publishPeriod } from "../compensation/workflow/publish-period";
import { rejectPeriod } from "../compensation/workflow/reject-period";
import {
  AdjustmentBody,
  AdjustmentHeaders,
  AdjustmentSchema,
  AdjustmentsQuery,
  ApproveBody,
  PeriodDetailSchema,
  PeriodListSchema,
  PeriodParams,
  RejectBody,
} from "../compensation/workflow/schemas";
import { submitPeriod } from "../compensation/workflow/submit-period";
import { problemResponses } from "../http/schemas";

const tags = ["Compensation workflow"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ "application/json": { schema } });
const detail = { description: "The period after the step", content: json(PeriodDetailSchema) };

const listRoute = createRoute({
  method: "get",
  path: "/api/comp/periods",
  tags,
  summary:
    "Every pay period with its status, current run, payee count and totals (in the caller's pay scope)",
  responses: {
    200: { description: "Periods, oldest first", content: json(PeriodListSchema) },
    ...problemResponses(401, 403),
  },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/comp/periods/{periodKey}",
  tags,
  summary: "A period's status, runs, totals, approvals and each payee's manager approval",
  request: { params: PeriodParams },
  responses: {
    200: { description: "The period", content: json(PeriodDetailSchema) },
    ...problemResponses(400, 401, 403, 404),
  },
});

const stepResponses = { 200: detail, ...problemResponses(400, 401, 403, 404, 409) };

const submitRoute = createRoute({
  method: "post",
  path: "/api/comp/periods/{periodKey}/submit",
  tags,
  summary: "calculated → in_review (comp admins)",
  request: { params: PeriodParams },
  responses: stepResponses,
});

const approveRoute = createRoute({
  method: "post",
  path: "/api/comp/periods/{periodKey}/approve",
  tags,
  summary:
    "Manager step: approve your tree's results (all approved → manager_approved); finance step: manager_approved → approved (comp admins)",
  request: { params: PeriodParams, body: { content: json(ApproveBody), required: true } },
  responses: stepResponses,
});

const rejectRoute = createRoute({
  method: "post",
  path: "/api/comp/periods/{periodKey}/reject",
  tags,
  summary: "Back to calculated with a note; approvals are cleared",
  request: { params: PeriodParams, body: { content: json(RejectBody), required: true } },
  responses: stepResponses,
});

const publishRoute = createRoute({
  method: "post",
  path: "/api/comp/periods/{periodKey}/publish",
  tags,
  summary: "approved → published: results become final (comp admins)",
  request: { params: PeriodParams },
  responses: stepResponses,
});

const paidRoute = createRoute({
  method: "post",
  path: "/api/comp/periods/{periodKey}/mark-paid",
  tags,
  summary: "published → paid (comp admins)",
  request: { params: PeriodParams },
  responses: stepResponses,
});

const listAdjustmentsRoute = createRoute({
  method: "get",
  path: "/api/comp/adjustments",
  tags,
  summary: "Adjustments in the caller's pay scope (reps: their own, in published and paid periods)",
  request: { query: AdjustmentsQuery },
  responses: {
    200: {
      description: "Adjustments, oldest first",
      content: json(z.object({ items: z.array(AdjustmentSchema) })),
    },
    ...problemResponses(400, 401, 403),
  },
});

const createAdjustmentRoute = createRoute({
  method: "post",
  path: "/api/comp/adjustments",
  tags,
  summary: "Add a manual adjustment with a reason to a period that is not published (comp admins)",
  description:
    "A published or paid period is refused with 409: corrections go into an open period. A period under review or approved goes back to calculated (its approvals are cleared).",
  request: { headers: AdjustmentHeaders, body: { content: json(AdjustmentBody), required: true } },
  responses: {
    200: {
      description:
        "A repeat with the same Idempotency-Key and body: the first adjustment, nothing new written",
      content: json(AdjustmentSchema),
    },
    201: { description: "The adjustment", content: json(AdjustmentSchema) },
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});

const regressionRoute = createRoute({
  method: "post",
  path: "/api/comp/plans/{key}/versions/{version}/regression",
  tags: ["Compensation plans"],
  summary:
    "Plan regression: published earned vs earned recomputed with this version, for the last N closed periods (comp admins)",
  request: { params: RegressionParams, body: { content: json(RegressionBody), required: true } },
  responses: {
    200: { description: "Per period and payee, and totals per currency", content: json(RegressionSchema) },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function registerCompWorkflowRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  const viewerOf = (c: { get(key: "viewer"): Viewer | null }) => requireViewer(c.get("viewer"));

  app.openapi(listRoute, async (c) => c.json({ items: await listPeriods(db, viewerOf(c)) }, 200));
  app.openapi(getRoute, async (c) =>
    c.json(await getPeriod(db, viewerOf(c), c.req.valid("param").periodKey), 200),
  );
  app.openapi(submitRoute, async (c) => {
    const { periodKey } = c.req.valid("param");
    await submitPeriod(db, viewerOf(c), periodKey);
    return c.json(await getPeriod(db, viewerOf(c), periodKey), 200);
  });
  app.openapi(approveRoute, async (c) => {
    const { periodKey } = c.req.valid("param");
    await approvePeriod(db, viewerOf(c), { periodKey, ...c.req.valid("json") });
    return c.json(await getPeriod(db, viewerOf(c), periodKey), 200);
  });
  app.openapi(rejectRoute, async (c) => {
    const { periodKey } = c.req.valid("param");
    await rejectPeriod(db, viewerOf(c), {
      periodKey,
      note: c.req.valid("json").note,
    });
    return c.json(await getPeriod(db, viewerOf(c), periodKey), 200);
  });
  app.openapi(publishRoute, async (c) => {
    const { periodKey } = c.req.valid("param");
    await publishPeriod(db, viewerOf(c), periodKey);
    return c.json(await getPeriod(db, viewerOf(c), periodKey), 200);
  });
  app.openapi(paidRoute, async (c) => {
    const { periodKey } = c.req.valid("param");
    await markPeriodPaid(db, viewerOf(c), periodKey);
    return c.json(await getPeriod(db, viewerOf(c), periodKey), 200);
  });
  app.openapi(listAdjustmentsRoute, async (c) =>
    c.json({ items: await listAdjustments(db, viewerOf(c), deps.clock.today(), c.req.valid("query")) }, 200),
  );
  app.openapi(createAdjustmentRoute, async (c) => {
    const { adjustment, created } = await createAdjustment(
      db,
      viewerOf(c),
      c.req.valid("json"),
      c.req.valid("header")["idempotency-key"],
    );
    return created ? c.json(adjustment, 201) : c.json(adjustment, 200);
  });
  app.openapi(regressionRoute, async (c) => {
    const { key, version } = c.req.valid("param");
    const { periods } = c.req.valid("json");
    return c.json(
      await runPlanRegression(deps.database, viewerOf(c), { planKey: key, version, periods }),
      200,
    );
  });
}
