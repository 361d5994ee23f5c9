import { mkdir, rm } from "node:fs/promises";
import { join } from "node:path";
import { randomUUID } from "node:crypto";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { Role } from "@attain/db";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv, Viewer } from "../auth/viewer";
import { ApiError } from "../http/problem";
import { receiveUpload } from "../http/receive-upload";
import { problemResponses } from "../http/schemas";
import {
  dateFormats,
  ImportRequestError,
  importEntities,
  type ImportEntity,
  listImportEntities,
  runImport,
} from "../import";
import { periodGrains } from "../import/types";

/** Uploads are streamed to disk, never held in memory; this bounds the disk one upload may use. */
export const MAX_UPLOAD_BYTES = 2 * 1024 ** 3;

/** Which roles may load which data: the owners of each kind of record. */
const importersByEntity: Record<string, readonly Role[]> = {
  accounts: ["admin"],
  activities: ["admin"],
  people: ["admin", "hr"],
  teams: ["admin", "hr"],
  regions: ["admin", "hr"],
  "order-lines": ["admin", "comp_admin"],
  "booking-targets": ["admin", "comp_admin"],
  products: ["admin", "comp_admin"],
  opportunities: ["admin", "comp_admin"],
  leads: ["admin", "marketing"],
  "lead-conversions": ["admin", "marketing"],
  traffic: ["admin", "marketing"],
  quotas: ["admin", "comp_admin"],
  "credit-splits": ["admin", "comp_admin"],
  "customer-feedback": ["admin", "comp_admin", "hr", "manager", "marketing"],
};

export function mayImport(viewer: Viewer, entity: string): boolean {
  return viewer.role === "admin" || (importersByEntity[entity] ?? []).includes(viewer.role);
}

const ImportOptionsQuery = z.object({
  mode: z.enum(["all_or_nothing", "valid_rows"]).default("all_or_nothing").openapi({
    description:
      "all_or_nothing (default): any invalid row rejects the whole file; valid_rows: import the valid rows, report the others",
  }),
  delimiter: z
    .enum([",", ";", "tab"])
    .optional()
    .openapi({ description: "CSV delimiter; detected when absent" }),
  dateFormat: z
    .enum(dateFormats)
    .optional()
    .openapi({ description: "Needed when dates are ambiguous (e.g. 03/04/2024)" }),
  decimalSeparator: z.enum([".", ","]).optional(),
  sheet: z.string().optional().openapi({ description: "XLSX sheet name; the first sheet by default" }),
  currency: z
    .string()
    .length(3)
    .optional()
    .openapi({ description: "Currency of amounts when the file has no currency column" }),
  columns: z
    .string()
    .max(4000)
    .optional()
    .transform((text, ctx) => {
      if (text === undefined) return undefined;
      const parsed = z.record(z.string(), z.string()).safeParse(parseJson(text));
      if (parsed.success) return parsed.data;
      ctx.addIssue({
        code: "custom",
        message: 'Expected a JSON object of field → header, e.g. {"person":"EmployeeID"}',
      });
      return z.NEVER;
    })
    .openapi({
      description: 'Column mapping as JSON, field → the file\'s header: {"person":"BusinessEntityID"}',
    }),
  periodGrain: z.enum(periodGrains).optional().openapi({
    description:
      "Quotas: the period column holds a date; store the fiscal year, quarter or month containing it",
  }),
  fileName: z
    .string()
    .max(255)
    .refine((v) => !v.includes("\0"), "Must not contain a NUL character") // stored in import_runs; PostgreSQL text refuses NUL
    .optional()
    .openapi({ description: "Name of the file when the body is the raw file rather than multipart" }),
});

const ImportReportSchema = z
  .object({
    runId: z.string().uuid(),
    entity: z.string(),
    status: z.enum(["committed", "rejected", "partially_committed"]),
    format: z.enum(["csv", "xlsx"]).nullable(),
    rowsRead: z.number().int(),
    inserted: z.number().int(),
    updated: z.number().int(),
    unchanged: z.number().int(),
    rejected: z.number().int(),
    errors: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
    errorCount: z.number().int(),
    warnings: z.array(z.string()),
    created: z.record(z.string(), z.number().int()),
  })
  .openapi("ImportReport");

const postImport = createRoute({
  method: "post",
  path: "/api/imports/{entity}",
  tags: ["Import"],
  summary: "Import a CSV or XLSX file (multipart field `file`, or the raw file as the body)",
  description:
    "Streams the upload to disk, validates every row, and commits all rows or none (or only the valid rows with mode=valid_rows). Rows are upserted by external id, so importing the same file again changes nothing.",
  request: { params: z.object({ entity: z.string() }), query: ImportOptionsQuery },
  responses: {
    200: { description: "Imported", content: { "application/json": { schema: ImportReportSchema } } },
    ...problemResponses(400, 401, 403, 404, 413, 415, 422),
  },
});

const getEntities = createRoute({
  method: "get",
  path: "/api/imports/entities",
  tags: ["Import"],
  summary: "What can be imported: each entity's columns, synonyms and types",
  responses: {
    200: { description: "Entities", content: { "application/json": { schema: z.array(z.any()) } } },
    ...problemResponses(401),
  },
});

export function registerImportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  app.openapi(getEntities, (c) => {
    requireViewer(c.get("viewer"));
    return c.json(listImportEntities(), 200);
  });

  app.openapi(postImport, async (c) => {
    const viewer = requireViewer(c.get("viewer"));
    const { entity } = c.req.valid("param");
    const query = c.req.valid("query");
    if (!(importEntities as readonly string[]).includes(entity)) {
      throw new ApiError(
        404,
        "Unknown entity",
        `"${entity}" cannot be imported; see GET /api/imports/entities.`,
      );
    }
    if (!mayImport(viewer, entity))
      throw new ApiError(403, "Forbidden", `Your role may not import ${entity}.`);

    await mkdir(deps.uploadDir, { recursive: true });
    const spool = join(deps.uploadDir, `${randomUUID()}.upload`);
    try {
      const fileName = await receiveUpload(c.req.raw, spool, query.fileName, MAX_UPLOAD_BYTES);
      const report = await runImport(deps.database, {
        workspaceId: viewer.workspaceId,
        entity: entity as ImportEntity,
        source: spool,
        fileName,
        options: {
          mode: query.mode,
          delimiter: query.delimiter === "tab" ? "\t" : query.delimiter,
          dateFormat: query.dateFormat,
          decimalSeparator: query.decimalSeparator,
          sheet: query.sheet,
          currency: query.currency,
          columns: query.columns,
          periodGrain: query.periodGrain,
          createdBy: viewer.userId,
          effectiveDate: deps.clock.today(),
        },
      }).catch((error: unknown) => {
        // Options the route's schema let through but the importer refuses (e.g. currency "eué") are the caller's fault.
        if (error instanceof ImportRequestError) throw new ApiError(400, "Invalid request", error.message);
        throw error;
      });
      if (report.status === "rejected") {
        throw new ApiError(
          422,
          "Import rejected",
          `${report.rejected} row(s) are not valid; nothing was written.`,
          report.errors.map((e) => ({
            path: e.column ? `row ${e.row}, column ${e.column}` : `row ${e.row}`,
            message: e.message,
          })),
          { report },
        );
      }
      return c.json(report, 200);
    } finally {
      await rm(spool, { force: true });
    }
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
