import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { jsonResponse, problemResponses } from "../http/schemas";
import { listNotifications } from "../notifications/list-notifications";
import { markNotificationsRead } from "../notifications/mark-notifications-read";

const tags = ["Notifications"];

const NotificationSchema = z
  .object({
    id: z.string().uuid(),
    kind: z.string(),
    title: z.string(),
    body: z.string(),
    link: z.string().nullable(),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi("Notification");

const listRoute = createRoute({
  method: "get",
  path: "/api/notifications",
  tags,
  summary: "The caller's notifications, newest first, and the unread count",
  request: {
    query: z.object({
      unread: z
        .enum(["true", "false"])
        .optional()
        .transform((v) => v === "true"),
    }),
  },
  responses: {
    200: jsonResponse(
      z.object({ notifications: z.array(NotificationSchema), unread: z.number().int() }),
      "Notifications",
    ),
    ...problemResponses(400, 401),
  },
});

const Marked = z.object({ marked: z.number().int() });

const readRoute = createRoute({
  method: "post",
  path: "/api/notifications/{id}/read",
  tags,
  summary: "Mark one notification read",
  request: { params: z.object({ id: z.string().uuid() }) },
  responses: { 200: jsonResponse(Marked, "Marked"), ...problemResponses(400, 401, 404) },
});

const readAllRoute = createRoute({
  method: "post",
  path: "/api/notifications/read-all",
  tags,
  summary: "Mark all the caller's notifications read",
  responses: { 200: jsonResponse(Marked, "Marked"), ...problemResponses(401) },
});

export function registerNotificationRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(listRoute, async (c) =>
    c.json(await listNotifications(db, requireViewer(c.get("viewer")), c.req.valid("query")), 200),
  );
  app.openapi(readAllRoute, async (c) =>
    c.json(await markNotificationsRead(db, requireViewer(c.get("viewer")), deps.clock.now()), 200),
  );
  app.openapi(readRoute, async (c) =>
    c.json(
      await markNotificationsRead(
        db,
        requireViewer(c.get("viewer")),
        deps.clock.now(),
        c.req.valid("param").id,
      ),
      200,
    ),
  );
}
