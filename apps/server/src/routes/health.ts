import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import type { AppEnv } from "../auth/viewer";

const health = createRoute({
  method: "get",
  path: "/api/health",
  tags: ["System"],
  summary: "Liveness and database check",
  responses: {
    200: {
      description: "The server runs and its database answers",
      content: {
        "application/json": {
          schema: z.object({ status: z.literal("ok"), database: z.enum(["pglite", "postgres"]) }),
        },
      },
    },
  },
});

export function registerHealthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(health, async (c) => {
    await deps.database.sql.query("select 1");
    return c.json({ status: "ok" as const, database: deps.database.kind }, 200);
  });
}
