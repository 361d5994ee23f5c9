import { readFileSync, existsSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { serveStatic } from "@hono/node-server/serve-static";
import { OpenAPIHono } from "@hono/zod-openapi";
import { bodyLimit } from "hono/body-limit";
import { secureHeaders } from "hono/secure-headers";
import type { AppDeps } from "./app-deps";
import { attachViewer, rejectCrossSiteWrites } from "./auth/middleware";
import type { AppEnv } from "./auth/viewer";
import { apiDocsPage } from "./http/api-docs-page";
import { createLiveHub, kpiFactsRefresh } from "./live";
import { ApiError, fieldProblemsOf, problemResponse, toProblem } from "./http/problem";
import { registerAuthRoutes } from "./routes/auth";
import { registerCompInputRoutes } from "./routes/comp-inputs";
import { registerCompPlanRoutes } from "./routes/comp-plans";
import { registerCompRunRoutes } from "./routes/comp-runs";
import { registerCompDisputeRoutes } from "./routes/comp-disputes";
import { registerCompExportRoutes } from "./routes/comp-exports";
import { registerCompRepRoutes } from "./routes/comp-rep";
import { registerCompStatementRoutes } from "./routes/comp-statements";
import { registerCompWorkflowRoutes } from "./routes/comp-workflow";
import { registerHealthRoutes } from "./routes/health";
import { registerImportRoutes } from "./routes/imports";
import { registerPlanningGridRoutes } from "./routes/planning-grid";
import { registerPlanningScenarioRoutes } from "./routes/planning-scenarios";
import { registerPlanningSubmissionRoutes } from "./routes/planning-submissions";
import { registerPlanningAnalysisRoutes } from "./routes/planning-analysis";
import { registerPlanningQuotaSheetRoutes } from "./routes/planning-quota-sheet";
import { registerRecordRoutes } from "./routes/records";
import { registerRevenueRoutes } from "./routes/revenue";
import { registerTerritoryBalancingRoutes } from "./routes/territories-balancing";
import { registerTerritoryPlanRoutes } from "./routes/territories-plans";
import { registerTerritoryPublishingRoutes } from "./routes/territories-publishing";
import { registerSegmentationRoutes } from "./routes/segmentation";
import { registerPipelineRoutes } from "./routes/pipeline";
import { registerForecastRoutes } from "./routes/forecasts";
import { registerForecastStatisticsRoutes } from "./routes/forecast-statistics";
import { registerForecastRunRateRoutes } from "./routes/forecast-run-rate";
import { registerKpiRoutes } from "./routes/kpis";
import { registerLiveRoutes } from "./routes/live";
import { registerGoalRoutes } from "./routes/goals";
import { registerEvaluationRoutes } from "./routes/evaluations";
import { registerFeedbackRoutes } from "./routes/feedback";
import { registerNotificationRoutes } from "./routes/notifications";
import { registerDashboardRoutes } from "./routes/dashboards";
import { registerReportSnapshotRoutes } from "./routes/report-snapshots";

export const defaultWebDist = fileURLToPath(new URL("../../web/dist", import.meta.url));
const JSON_BODY_LIMIT = 1024 * 1024;

/** Builds the whole HTTP application: API, its OpenAPI document and docs page, and the web app's files. */
export function createApp(
  given: Omit<AppDeps, "live"> & { live?: AppDeps["live"] | undefined },
  options: { webDist?: string } = {},
) {
  const deps: AppDeps = {
    ...given,
    live:
      given.live ??
      createLiveHub({
        database: given.database,
        clock: given.clock,
        refresh: kpiFactsRefresh(given.database),
      }),
  };
  const app = new OpenAPIHono<AppEnv>({
    // zod failures on params, query or body become problem+json naming each field.
    defaultHook: (result, c) => {
      if (!result.success) {
        const target = "target" in result ? String(result.target) : undefined;
        const prefix = target === "json" ? undefined : target;
        return problemResponse(
          c,
          new ApiError(
            400,
            "Invalid request",
            "Some fields are not valid; see `errors`.",
            fieldProblemsOf(result.error, prefix),
          ),
        );
      }
    },
  });

  app.onError((error, c) => toProblem(error, c));
  app.use(
    "*",
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:", "blob:"],
      },
    }),
  );
  app.use("/api/*", async (c, next) => {
    // Uploads have their own, larger limit on their route; the live event stream has no request body.
    if (
      c.req.path.startsWith("/api/imports") ||
      c.req.path === "/api/feedback/import" ||
      c.req.path.endsWith("/quota-sheet/preview") ||
      c.req.path.startsWith("/api/live/")
    )
      return next();
    return bodyLimit({
      maxSize: JSON_BODY_LIMIT,
      onError: () => {
        throw new ApiError(
          413,
          "Request body too large",
          `Bodies are limited to ${JSON_BODY_LIMIT / 1024} KiB.`,
        );
      },
    })(c, next);
  });
  app.use("/api/*", attachViewer(deps.database.db, deps.clock));
  app.use("/api/*", rejectCrossSiteWrites());

  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerRevenueRoutes(app, deps);
  registerImportRoutes(app, deps);
  registerRecordRoutes(app, deps);
  registerCompPlanRoutes(app, deps);
  registerCompRunRoutes(app, deps);
  registerCompWorkflowRoutes(app, deps);
  registerCompStatementRoutes(app, deps);
  registerCompDisputeRoutes(app, deps);
  registerCompExportRoutes(app, deps);
  registerCompRepRoutes(app, deps);
  registerCompInputRoutes(app, deps);
  registerPlanningScenarioRoutes(app, deps);
  registerPlanningGridRoutes(app, deps);
  registerPlanningSubmissionRoutes(app, deps);
  registerPlanningAnalysisRoutes(app, deps);
  registerPlanningQuotaSheetRoutes(app, deps);
  registerTerritoryPlanRoutes(app, deps);
  registerTerritoryBalancingRoutes(app, deps);
  registerTerritoryPublishingRoutes(app, deps);
  registerSegmentationRoutes(app, deps);
  registerPipelineRoutes(app, deps);
  registerForecastRoutes(app, deps);
  registerForecastStatisticsRoutes(app, deps);
  registerForecastRunRateRoutes(app, deps);
  registerKpiRoutes(app, deps);
  registerLiveRoutes(app, deps);
  registerGoalRoutes(app, deps);
  registerEvaluationRoutes(app, deps);
  registerFeedbackRoutes(app, deps);
  registerNotificationRoutes(app, deps);
  registerDashboardRoutes(app, deps);
  registerReportSnapshotRoutes(app, deps);

  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "Attain API",
      version: "0.1.0",
      description: "Sales performance management: the same API the Attain web app and CLI use.",
    },
  });
  app.get("/api/docs", (c) => c.html(apiDocsPage));
  app.all("/api/*", (c) =>
    problemResponse(c, new ApiError(404, "Not found", `No API route ${c.req.method} ${c.req.path}.`)),
  );

  const webDist = options.webDist ?? defaultWebDist;
  const indexFile = join(webDist, "index.html");
  if (existsSync(indexFile)) {
    const indexHtml = readFileSync(indexFile, "utf8");
    app.use("/*", serveStatic({ root: relative(process.cwd(), webDist) || "." }));
    // Single-page app: every other path is a client-side route.
    app.get("*", (c) => c.html(indexHtml));
  } else {
    app.get("*", (c) =>
      c.text("The web app is not built. Run `npm run build:web` (npm start does it for you).", 503),
    );
  }
  return app;
}

export type AttainApp = ReturnType<typeof createApp>;
