import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { listCosts } from "../costs/list-costs";
import { putCosts } from "../costs/put-costs";
import { CostRowSchema, CostsQuery, PutCostsBody } from "../costs/schemas";
import { importCustomerFeedback } from "../feedback/import-customer-feedback";
import { listFeedback } from "../feedback/list-feedback";
import { logFeedback } from "../feedback/log-feedback";
import { resolveFeedback } from "../feedback/resolve-feedback";
import {
  FeedbackBody,
  FeedbackPageSchema,
  FeedbackQuery,
  FeedbackSchema,
  ResolveFeedbackBody,
} from "../feedback/schemas";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";

const listRoute = createRoute({
  method: "get",
  path: "/api/feedback",
  tags: ["Feedback"],
  summary: "A page of feedback entries the caller may read, newest first",
  request: { query: FeedbackQuery },
  responses: { 200: jsonResponse(FeedbackPageSchema, "Feedback"), ...problemResponses(400, 401) },
});
const logRoute = createRoute({
  method: "post",
  path: "/api/feedback",
  tags: ["Feedback"],
  summary:
    "Log feedback: a rep on a lead or the process; customer feedback or a complaint (anyone but viewers)",
  request: jsonBody(FeedbackBody),
  responses: { 201: jsonResponse(FeedbackSchema, "The entry"), ...problemResponses(400, 401, 403, 422) },
});
const resolveRoute = createRoute({
  method: "patch",
  path: "/api/feedback/{id}",
  tags: ["Feedback"],
  summary: "Resolve a complaint",
  request: { params: z.object({ id: z.string().uuid() }), ...jsonBody(ResolveFeedbackBody) },
  responses: { 200: jsonResponse(FeedbackSchema, "The entry"), ...problemResponses(400, 401, 403, 404, 422) },
});
const importRoute = createRoute({
  method: "post",
  path: "/api/feedback/import",
  tags: ["Feedback"],
  summary:
    "Import customer feedback and complaints (multipart field `file`, or the raw CSV / XLSX as the body)",
  description:
    "Validates every row and field and writes all rows or none, upserting by external_id. With dryRun=true nothing is written.",
  request: {
    query: z.object({
      dryRun: z
        .enum(["true", "false"])
        .optional()
        .transform((v) => v === "true"),
      fileName: z.string().max(255).optional(),
    }),
  },
  responses: {
    200: { description: "The import report", content: { "application/json": { schema: z.any() } } },
    ...problemResponses(400, 401, 403, 413, 415, 422),
  },
});
const getCostsRoute = createRoute({
  method: "get",
  path: "/api/costs",
  tags: ["Costs"],
  summary: "Monthly sales and marketing costs (CAC inputs)",
  request: { query: CostsQuery },
  responses: {
    200: jsonResponse(z.object({ rows: z.array(CostRowSchema) }), "Cost lines"),
    ...problemResponses(400, 401, 403),
  },
});
const putCostsRoute = createRoute({
  method: "put",
  path: "/api/costs",
  tags: ["Costs"],
  summary: "Set monthly cost lines (admin, comp admin), all or none",
  request: jsonBody(PutCostsBody),
  responses: {
    200: jsonResponse(z.object({ rows: z.array(CostRowSchema) }), "The lines written"),
    ...problemResponses(400, 401, 403, 422),
  },
});

export function registerFeedbackRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(listRoute, async (c) =>
    c.json(
      await listFeedback(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("query")),
      200,
    ),
  );
  app.openapi(importRoute, async (c) => {
    const query = c.req.valid("query");
    const report = await importCustomerFeedback(deps.database, requireViewer(c.get("viewer")), {
      request: c.req.raw,
      uploadDir: deps.uploadDir,
      dryRun: query.dryRun,
      fileName: query.fileName,
      today: deps.clock.today(),
    });
    return c.json({ ...report, dryRun: query.dryRun }, 200);
  });
  app.openapi(logRoute, async (c) =>
    c.json(await logFeedback(db, requireViewer(c.get("viewer")), c.req.valid("json")), 201),
  );
  app.openapi(resolveRoute, async (c) =>
    c.json(
      await resolveFeedback(db, requireViewer(c.get("viewer")), deps.clock.today(), {
        id: c.req.valid("param").id,
        resolvedOn: c.req.valid("json").resolvedOn,
      }),
      200,
    ),
  );
  app.openapi(getCostsRoute, async (c) =>
    c.json({ rows: await listCosts(db, requireViewer(c.get("viewer")), c.req.valid("query")) }, 200),
  );
  app.openapi(putCostsRoute, async (c) =>
    c.json({ rows: await putCosts(deps.database, requireViewer(c.get("viewer")), c.req.valid("json")) }, 200),
  );
}
