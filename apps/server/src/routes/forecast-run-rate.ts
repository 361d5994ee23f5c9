import type { OpenAPIHono } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import type { AppEnv } from "../auth/viewer";

/** Routes of docs/forecasting-api.md (filled in by the module that owns them). */
export function registerForecastRunRateRoutes(_app: OpenAPIHono<AppEnv>, _deps: AppDeps) {}
