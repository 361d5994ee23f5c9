import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { addDisputeMessage } from "../compensation/disputes/add-dispute-message";
import { getDispute } from "../compensation/disputes/get-dispute";
import { listDisputes } from "../compensation/disputes/list-disputes";
import { openDispute } from "../compensation/disputes/open-dispute";
import { resolveDispute } from "../compensation/disputes/resolve-dispute";
import {
  DisputeDetailSchema,
  DisputeMessageBody,
  DisputeParams,
  DisputeSchema,
  DisputesQuery,
  OpenDisputeBody,
  ResolveDisputeBody,
} from "../compensation/disputes/schemas";
import { problemResponses } from "../http/schemas";

const tags = ["Compensation disputes"];
const json = <T extends z.ZodTypeAny>(schema: T) => ({ "application/json": { schema } });
const body = <T extends z.ZodTypeAny>(schema: T) => ({ body: { content: json(schema), required: true } });
const detail = (description: string) => ({ description, content: json(DisputeDetailSchema) });

const listRoute = createRoute({
  method: "get",
  path: "/api/comp/disputes",
  tags,
  summary: "Disputes: a rep's own, a manager's tree's, all for comp admins, admins and HR",
  request: { query: DisputesQuery },
  responses: {
    200: {
      description: "Disputes, oldest first",
      content: json(z.object({ items: z.array(DisputeSchema) })),
    },
    ...problemResponses(400, 401, 403),
  },
});

const openRoute = createRoute({
  method: "post",
  path: "/api/comp/disputes",
  tags,
  summary: "Open a dispute on a line of your own published statement",
  request: body(OpenDisputeBody),
  responses: { 201: detail("The dispute"), ...problemResponses(400, 401, 403, 404) },
});

const getRoute = createRoute({
  method: "get",
  path: "/api/comp/disputes/{id}",
  tags,
  summary: "A dispute with its messages and resolving adjustment",
  request: { params: DisputeParams },
  responses: { 200: detail("The dispute"), ...problemResponses(400, 401, 403, 404) },
});

const messageRoute = createRoute({
  method: "post",
  path: "/api/comp/disputes/{id}/messages",
  tags,
  summary: "Add a message (the payee or a comp admin; a comp admin's answer marks it answered)",
  request: { params: DisputeParams, ...body(DisputeMessageBody) },
  responses: {
    201: detail("The dispute with the new message"),
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const resolveRoute = createRoute({
  method: "post",
  path: "/api/comp/disputes/{id}/resolve",
  tags,
  summary:
    "Resolve or reject a dispute (comp admins), optionally with an adjustment paid in the next open period",
  request: { params: DisputeParams, ...body(ResolveDisputeBody) },
  responses: { 200: detail("The closed dispute"), ...problemResponses(400, 401, 403, 404, 409) },
});

export function registerCompDisputeRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(listRoute, async (c) =>
    c.json(
      {
        items: await listDisputes(
          db,
          requireViewer(c.get("viewer")),
          deps.clock.today(),
          c.req.valid("query"),
        ),
      },
      200,
    ),
  );
  app.openapi(openRoute, async (c) =>
    c.json(await openDispute(db, requireViewer(c.get("viewer")), c.req.valid("json")), 201),
  );
  app.openapi(getRoute, async (c) =>
    c.json(
      await getDispute(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("param").id),
      200,
    ),
  );
  app.openapi(messageRoute, async (c) =>
    c.json(
      await addDisputeMessage(db, requireViewer(c.get("viewer")), {
        disputeId: c.req.valid("param").id,
        body: c.req.valid("json").body,
      }),
      201,
    ),
  );
  app.openapi(resolveRoute, async (c) =>
    c.json(
      await resolveDispute(db, requireViewer(c.get("viewer")), {
        disputeId: c.req.valid("param").id,
        ...c.req.valid("json"),
      }),
      200,
    ),
  );
}
