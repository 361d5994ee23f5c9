import { randomUUID } from "node:crypto";
import { mkdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { receiveUpload } from "../http/receive-upload";
import { problemResponses } from "../http/schemas";
import { exportQuotaSheet } from "../planning/quota-sheet/export-quota-sheet";
import { previewQuotaSheet } from "../planning/quota-sheet/preview-quota-sheet";
import { QuotaSheetPreviewSchema, QuotaSheetQuery } from "../planning/quota-sheet/schemas";
import { ScenarioParams } from "../planning/schemas";

/** A quota sheet is read whole into memory by exceljs; 20 MiB is ~100,000 rows, far more than a hierarchy has. */
export const MAX_QUOTA_SHEET_BYTES = 20 * 1024 ** 2;

const tags = ["Quota planning: quota sheet"];
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const exportRoute = createRoute({
  method: "get",
  path: "/api/planning/scenarios/{id}/quota-sheet.xlsx",
  tags,
  summary:
    "The scenario's quotas as an XLSX sheet to edit offline (one row per node, 12 months, annual as a SUM)",
  description:
    "A manager gets their subtree; `rootNodeId` narrows to one node. Only the month cells of the person rows the caller may edit are unlocked. The scenario id and revision are on a hidden `attain` sheet. Reps and marketing: 403.",
  request: { params: ScenarioParams, query: QuotaSheetQuery },
  responses: {
    200: {
      description: "The workbook",
      content: { [XLSX]: { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...problemResponses(400, 401, 403, 404),
  },
});

const previewRoute = createRoute({
  method: "post",
  path: "/api/planning/scenarios/{id}/quota-sheet/preview",
  tags,
  summary:
    "What re-importing an edited quota sheet would change (multipart field `file`); nothing is written",
  description:
    "Returns the changes to send with PATCH grid (with `baseRevision`), each change's before/after, and the errors by sheet, row and column. A sheet exported at an older revision is reported (applying it would be a 409).",
  request: { params: ScenarioParams },
  responses: {
    200: {
      description: "The preview",
      content: { "application/json": { schema: QuotaSheetPreviewSchema } },
    },
    ...problemResponses(400, 401, 403, 404, 413),
  },
});

export function registerPlanningQuotaSheetRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(exportRoute, async (c) => {
    const file = await exportQuotaSheet(db, requireViewer(c.get("viewer")), {
      scenarioId: c.req.valid("param").id,
      rootNodeId: c.req.valid("query").rootNodeId,
    });
    return c.body(new Uint8Array(file.body), 200, {
      "content-type": XLSX,
      "content-disposition": `attachment; filename="${file.fileName}"`,
    });
  });

  app.openapi(previewRoute, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    await mkdir(deps.uploadDir, { recursive: true });
    const spool = join(deps.uploadDir, `${randomUUID()}.quota-sheet`);
    try {
      await receiveUpload(c.req.raw, spool, undefined, MAX_QUOTA_SHEET_BYTES);
      const preview = await previewQuotaSheet(db, viewer, {
        scenarioId: c.req.valid("param").id,
        file: await readFile(spool),
      });
      return c.json(preview, 200);
    } finally {
      await rm(spool, { force: true });
    }
  });
}
