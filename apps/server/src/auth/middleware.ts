import type { MiddlewareHandler } from "hono";
import { getCookie } from "hono/cookie";
import type { Db } from "@attain/db";
import type { Clock } from "../clock";
import { ApiError, problems } from "../http/problem";
import { findViewerBySessionToken } from "./sessions";
import { SESSION_COOKIE } from "./session-token";
import type { AppEnv, Viewer } from "./viewer";

/** Resolves the session cookie (if any) to a viewer; routes decide whether one is required. */
export function attachViewer(db: Db, clock: Clock): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE);
    c.set("viewer", token ? await findViewerBySessionToken(db, clock, token) : null);
    await next();
  };
}

const unsafeMethods = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * CSRF protection for cookie-authenticated writes: the browser must say the request comes from our own origin
 * (Origin header, or Sec-Fetch-Site: same-origin). Requests without a session cookie carry no ambient authority.
 */
export function rejectCrossSiteWrites(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (unsafeMethods.has(c.req.method) && getCookie(c, SESSION_COOKIE)) {
      const origin = c.req.header("origin");
      const site = c.req.header("sec-fetch-site");
      const host = c.req.header("host") ?? new URL(c.req.url).host;
      const sameOrigin = origin === undefined ? site === "same-origin" : hostOf(origin) === host;
      if (!sameOrigin) {
        throw new ApiError(
          403,
          "Cross-site request refused",
          "Writes must come from Attain's own pages (Origin check).",
        );
      }
    }
    await next();
  };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw problems.unauthenticated();
  return viewer;
}

/** The host of an Origin header value, or null for "null" and malformed values. */
function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}
