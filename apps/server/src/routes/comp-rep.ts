import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { estimateMyDeals } from "../compensation/rep-view/estimate-my-deals";
import { getMyPay } from "../compensation/rep-view/get-my-pay";
import { MyPayQuery, MyPaySchema, WhatIfQuery, WhatIfSchema } from "../compensation/rep-view/schemas";
import { problemResponses } from "../http/schemas";

const tags = ["Compensation: my pay"];

const myPayRoute = createRoute({
  method: "get",
  path: "/api/comp/me",
  tags,
  summary:
    "My earnings this period and year to date, attainment, distance to the next tier, latest statement",
  description: "From the latest calculation; `provisional` until the period is published.",
  request: { query: MyPayQuery },
  responses: {
    200: { description: "My pay", content: { "application/json": { schema: MyPaySchema } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const whatIfRoute = createRoute({
  method: "get",
  path: "/api/comp/me/what-if",
  tags,
  summary: "What closing my open opportunities today (or one) would add to my commission this period",
  request: { query: WhatIfQuery },
  responses: {
    200: {
      description: "An estimate per opportunity",
      content: { "application/json": { schema: WhatIfSchema } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

export function registerCompRepRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(myPayRoute, async (c) =>
    c.json(
      await getMyPay(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("query").periodKey),
      200,
    ),
  );
  app.openapi(whatIfRoute, async (c) =>
    c.json(
      await estimateMyDeals(
        deps.database,
        requireViewer(c.get("viewer")),
        deps.clock.today(),
        c.req.valid("query").opportunityId ?? null,
      ),
      200,
    ),
  );
}
