import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { listEvaluationTemplates } from "../evaluations/list-evaluation-templates";
import { listEvaluations } from "../evaluations/list-evaluations";
import { createEvaluation, submitEvaluation, updateEvaluation } from "../evaluations/save-evaluation";
import { saveEvaluationTemplate } from "../evaluations/save-evaluation-template";
import {
  EvaluationBody,
  EvaluationEditBody,
  EvaluationSchema,
  EvaluationsQuery,
  MboFeedBody,
  MboRowSchema,
  TemplateBody,
  TemplateSchema,
} from "../evaluations/schemas";
import { writeMboScores } from "../evaluations/write-mbo-scores";
import { jsonBody, jsonResponse, problemResponses } from "../http/schemas";

const tags = ["Evaluations"];
const IdParams = z.object({ id: z.string().uuid() });

const listTemplates = createRoute({
  method: "get",
  path: "/api/evaluation-templates",
  tags,
  summary: "Evaluation templates (the default one is created on first use)",
  responses: {
    200: jsonResponse(z.object({ templates: z.array(TemplateSchema) }), "Templates"),
    ...problemResponses(401),
  },
});
const createTemplate = createRoute({
  method: "post",
  path: "/api/evaluation-templates",
  tags,
  summary: "Create a template (admin, HR)",
  request: jsonBody(TemplateBody),
  responses: { 201: jsonResponse(TemplateSchema, "The template"), ...problemResponses(400, 401, 403, 422) },
});
const updateTemplate = createRoute({
  method: "put",
  path: "/api/evaluation-templates/{id}",
  tags,
  summary: "Update a template (admin, HR)",
  request: { params: IdParams, ...jsonBody(TemplateBody) },
  responses: {
    200: jsonResponse(TemplateSchema, "The template"),
    ...problemResponses(400, 401, 403, 404, 422),
  },
});
const listRoute = createRoute({
  method: "get",
  path: "/api/evaluations",
  tags,
  summary: "Evaluations the caller may read",
  request: { query: EvaluationsQuery },
  responses: {
    200: jsonResponse(z.object({ evaluations: z.array(EvaluationSchema) }), "Evaluations"),
    ...problemResponses(400, 401),
  },
});
const createRouteDef = createRoute({
  method: "post",
  path: "/api/evaluations",
  tags,
  summary: "Start a draft evaluation (the person's manager on the period's last day, admin, HR)",
  request: jsonBody(EvaluationBody),
  responses: {
    201: jsonResponse(EvaluationSchema, "The draft"),
    ...problemResponses(400, 401, 403, 409, 422),
  },
});
const updateRoute = createRoute({
  method: "put",
  path: "/api/evaluations/{id}",
  tags,
  summary: "Edit a draft evaluation",
  request: { params: IdParams, ...jsonBody(EvaluationEditBody) },
  responses: {
    200: jsonResponse(EvaluationSchema, "The draft"),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
const submitRoute = createRoute({
  method: "post",
  path: "/api/evaluations/{id}/submit",
  tags,
  summary: "Submit an evaluation (every criterion scored); then read-only",
  request: { params: IdParams },
  responses: {
    200: jsonResponse(EvaluationSchema, "The submitted evaluation"),
    ...problemResponses(400, 401, 403, 404, 409, 422),
  },
});
const mboRoute = createRoute({
  method: "post",
  path: "/api/evaluations/mbo-scores",
  tags,
  summary: "Write submitted evaluations' criterion scores (0–1) as comp MBO scores (comp admin)",
  request: jsonBody(MboFeedBody),
  responses: {
    200: jsonResponse(z.object({ rows: z.array(MboRowSchema) }), "The rows written"),
    ...problemResponses(400, 401, 403, 409, 422),
  },
});

export function registerEvaluationRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(listTemplates, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    return c.json({ templates: await listEvaluationTemplates(db, viewer.workspaceId) }, 200);
  });
  app.openapi(createTemplate, async (c) =>
    c.json(await saveEvaluationTemplate(db, requireViewer(c.get("viewer")), c.req.valid("json")), 201),
  );
  app.openapi(updateTemplate, async (c) =>
    c.json(
      await saveEvaluationTemplate(
        db,
        requireViewer(c.get("viewer")),
        c.req.valid("json"),
        c.req.valid("param").id,
      ),
      200,
    ),
  );
  app.openapi(mboRoute, async (c) =>
    c.json(
      {
        rows: await writeMboScores(
          deps.database,
          requireViewer(c.get("viewer")),
          deps.clock.now(),
          c.req.valid("json"),
        ),
      },
      200,
    ),
  );
  app.openapi(listRoute, async (c) =>
    c.json(
      {
        evaluations: await listEvaluations(
          db,
          requireViewer(c.get("viewer")),
          deps.clock.today(),
          c.req.valid("query"),
        ),
      },
      200,
    ),
  );
  app.openapi(createRouteDef, async (c) =>
    c.json(await createEvaluation(db, requireViewer(c.get("viewer")), c.req.valid("json")), 201),
  );
  app.openapi(updateRoute, async (c) =>
    c.json(
      await updateEvaluation(
        db,
        requireViewer(c.get("viewer")),
        c.req.valid("param").id,
        c.req.valid("json"),
      ),
      200,
    ),
  );
  app.openapi(submitRoute, async (c) =>
    c.json(
      await submitEvaluation(db, requireViewer(c.get("viewer")), deps.clock.now(), c.req.valid("param").id),
      200,
    ),
  );
}
