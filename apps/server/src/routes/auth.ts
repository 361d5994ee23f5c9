import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";
import { deleteCookie, setCookie } from "hono/cookie";
import { eq, sql } from "drizzle-orm";
import { users } from "@attain/db";
import type { AppDeps } from "../app-deps";
import { loadMe } from "../auth/load-me";
import { requireViewer } from "../auth/middleware";
import { verifyPassword } from "../auth/password";
import { createSession, deleteSession } from "../auth/sessions";
import { SESSION_COOKIE } from "../auth/session-token";
import type { AppEnv } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { problemResponses } from "../http/schemas";
import { MeSchema } from "./me-schema";

const signIn = createRoute({
  method: "post",
  path: "/api/auth/sign-in",
  tags: ["Authentication"],
  summary: "Sign in with email and password; sets an http-only session cookie",
  request: {
    body: {
      required: true,
      content: {
        "application/json": {
          schema: z.object({ email: z.string().email().max(320), password: z.string().min(1).max(1024) }),
        },
      },
    },
  },
  responses: {
    200: { description: "Signed in", content: { "application/json": { schema: MeSchema } } },
    ...problemResponses(400, 401, 429),
  },
});

const signOut = createRoute({
  method: "post",
  path: "/api/auth/sign-out",
  tags: ["Authentication"],
  summary: "End the current session",
  responses: { 204: { description: "Signed out" } },
});

// A fixed hash to verify against when the email is unknown, so that response time does not reveal which emails exist.
const decoyHash =
  "$argon2id$v=19$m=19456,t=2,p=1$RT9XQo3IOaQHTzcKaHQMAQ$dpO8fkBW7Sg0vNV8850bBlRzUUBVeAQyqBzMVmvxXRE";

export function registerAuthRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;

  app.openapi(signIn, async (c) => {
    const { email, password } = c.req.valid("json");
    // The socket's address, not X-Forwarded-For: that header is the caller's to choose, so keying on it let a
    // password guesser get a fresh window per request.
    const client = remoteAddressOf(c) ?? "local";
    const limit = deps.signInLimiter.hit(`${client}|${email.toLowerCase()}`, deps.clock.now().getTime());
    if (!limit.allowed) {
      c.header("Retry-After", String(limit.retryAfterSeconds));
      throw new ApiError(
        429,
        "Too many sign-in attempts",
        `Try again in ${limit.retryAfterSeconds} seconds.`,
      );
    }
    const [user] = await db
      .select()
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
      .limit(1);
    const valid = await verifyPassword(user?.passwordHash ?? decoyHash, password);
    if (!user || !valid || user.disabledAt) {
      throw new ApiError(401, "Sign-in failed", "The email or the password is not right.");
    }
    const session = await createSession(db, deps.clock, user);
    setCookie(c, SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: "Lax",
      path: "/",
      secure: new URL(c.req.url).protocol === "https:",
      expires: session.expiresAt,
    });
    return c.json(await loadMe(db, deps.clock, user.id), 200);
  });

  app.openapi(signOut, async (c) => {
    const viewer = c.get("viewer");
    if (viewer) await deleteSession(db, viewer.sessionId);
    deleteCookie(c, SESSION_COOKIE, { path: "/" });
    return c.body(null, 204);
  });

  const getMe = createRoute({
    method: "get",
    path: "/api/me",
    tags: ["Authentication"],
    summary: "The signed-in user, their role, person and workspace",
    responses: {
      200: { description: "The signed-in user", content: { "application/json": { schema: MeSchema } } },
      ...problemResponses(401),
    },
  });
  app.openapi(getMe, async (c) =>
    c.json(await loadMe(db, deps.clock, requireViewer(c.get("viewer")).userId), 200),
  );

  const patchMe = createRoute({
    method: "patch",
    path: "/api/me",
    tags: ["Authentication"],
    summary: "Change the signed-in user's preferences (language)",
    request: {
      body: {
        required: true,
        content: { "application/json": { schema: z.object({ locale: z.enum(["en", "fr"]) }) } },
      },
    },
    responses: {
      200: { description: "Updated", content: { "application/json": { schema: MeSchema } } },
      ...problemResponses(400, 401),
    },
  });
  app.openapi(patchMe, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    await db
      .update(users)
      .set({ locale: c.req.valid("json").locale })
      .where(eq(users.id, viewer.userId));
    return c.json(await loadMe(db, deps.clock, viewer.userId), 200);
  });
}

/** The peer's IP address when served by Node; undefined in-process (tests call `app.request` without a socket). */
function remoteAddressOf(c: Context): string | undefined {
  try {
    return getConnInfo(c).remote.address;
  } catch {
    return undefined;
  }
}
