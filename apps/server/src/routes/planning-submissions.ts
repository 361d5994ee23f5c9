import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { problemResponses } from "../http/schemas";
import { changeSubmission, type SubmissionAction } from "../planning/change-submission";
import { listSubmissions } from "../planning/list-submissions";
import { NoteBody, ScenarioParams, SubmissionParams, SubmissionSchema } from "../planning/schemas";

const tags = ["Quota planning"];

const summaries: Record<SubmissionAction, string> = {
  submit:
    "Submit a region or team for approval (its manager or a planner); 422 unless its subtree reconciles",
  recall: "Take a submission back while it is submitted (the submitter)",
  approve: "Approve a submission (a manager above the submitter, or a planner)",
  reject: "Reject a submission with a note (a manager above the submitter, or a planner)",
};

const stepRoute = (action: SubmissionAction) =>
  createRoute({
    method: "post",
    path: `/api/planning/scenarios/{id}/submissions/{nodeId}/${action}`,
    tags,
    summary: summaries[action],
    request: {
      params: SubmissionParams,
      body: { content: { "application/json": { schema: NoteBody } }, required: false },
    },
    responses: {
      200: { description: "The submission", content: { "application/json": { schema: SubmissionSchema } } },
      ...problemResponses(400, 401, 403, 404, 409, 422),
    },
  });

const listRoute = createRoute({
  method: "get",
  path: "/api/planning/scenarios/{id}/submissions",
  tags,
  summary: "A scenario's submissions, in the hierarchy's order",
  request: { params: ScenarioParams },
  responses: {
    200: {
      description: "Submissions",
      content: { "application/json": { schema: z.object({ submissions: z.array(SubmissionSchema) }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function registerPlanningSubmissionRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { database } = deps;
  app.openapi(listRoute, async (c) =>
    c.json(
      {
        submissions: await listSubmissions(
          database.db,
          requireViewer(c.get("viewer")),
          c.req.valid("param").id,
        ),
      },
      200,
    ),
  );
  for (const action of ["submit", "recall", "approve", "reject"] as const)
    app.openapi(stepRoute(action), async (c) => {
      const { id, nodeId } = c.req.valid("param");
      // The body is optional: a step without a note may be posted empty.
      const note = (c.req.valid("json") as z.infer<typeof NoteBody> | undefined)?.note;
      return c.json(
        await changeSubmission(database, requireViewer(c.get("viewer")), {
          scenarioId: id,
          nodeId,
          action,
          note: note === "" ? undefined : note,
          now: deps.clock.now(),
        }),
        200,
      );
    });
}
