import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import type { AppEnv } from "../auth/viewer";

/** Contract placeholder (docs/kpis-api.md): the module's routes are registered here. */
export function registerLiveRoutes(_app: OpenAPIHono<AppEnv>, _deps: AppDeps) {}
