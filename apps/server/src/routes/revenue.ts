import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { pageQuery } from "../http/pagination";
import { isoMonth, problemResponses } from "../http/schemas";
import { getRevenueVsTarget } from "../revenue/get-revenue-vs-target";
import { listRevenueLines } from "../revenue/list-revenue-lines";
import { BookingLinesPageSchema, RevenueQuery, RevenueVsTargetSchema } from "../revenue/schemas";

const revenueVsTarget = createRoute({
  method: "get",
  path: "/api/revenue-vs-target",
  tags: ["Revenue"],
  summary: "Monthly net bookings against target, and attainment by rep, for the caller's scope",
  description:
    "A rep sees their own figures, a manager their reporting tree as of `asOf`, admins, finance, HR, marketing and viewers the whole workspace. Amounts are in the workspace's reporting currency, converted per line at the month's rate and rounded to the cent.",
  request: { query: RevenueQuery },
  responses: {
    200: { description: "The report", content: { "application/json": { schema: RevenueVsTargetSchema } } },
    ...problemResponses(400, 401, 403, 422),
  },
});

const revenueLines = createRoute({
  method: "get",
  path: "/api/revenue-vs-target/lines",
  tags: ["Revenue"],
  summary: "The order lines behind a figure (drill-down), oldest first, paginated",
  request: {
    query: RevenueQuery.extend({
      month: isoMonth.optional().openapi({ description: "Only this month" }),
      ownerId: z
        .string()
        .uuid()
        .optional()
        .openapi({ description: "Only this person's own lines (a rep's row)" }),
      ...pageQuery,
    }),
  },
  responses: {
    200: {
      description: "A page of lines and the total of all pages",
      content: { "application/json": { schema: BookingLinesPageSchema } },
    },
    ...problemResponses(400, 401, 403),
  },
});

export function registerRevenueRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(revenueVsTarget, async (c) =>
    c.json(
      await getRevenueVsTarget(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("query")),
      200,
    ),
  );
  app.openapi(revenueLines, async (c) =>
    c.json(
      await listRevenueLines(db, requireViewer(c.get("viewer")), deps.clock.today(), c.req.valid("query")),
      200,
    ),
  );
}
