import { z } from "@hono/zod-openapi";
import { GridQuery } from "../schemas";

export const QuotaSheetQuery = GridQuery;

export const QuotaSheetPreviewSchema = z
  .object({
    baseRevision: z.number().int().nullable().openapi({
      description: "The revision the sheet was exported at: send it with the changes (PATCH grid)",
    }),
    currentRevision: z.number().int(),
    changes: z.array(z.object({ nodeId: z.string(), month: z.string(), amount: z.string() })),
    diff: z.array(
      z.object({
        nodeId: z.string(),
        name: z.string(),
        month: z.string(),
        before: z.string(),
        after: z.string(),
      }),
    ),
    errors: z.array(
      z.object({
        sheet: z.string(),
        row: z
          .number()
          .int()
          .openapi({ description: "Spreadsheet row (header = 1); 0 = the file as a whole" }),
        field: z
          .string()
          .openapi({ description: "The column's header (a month YYYY-MM, Node id) or the setting" }),
        message: z.string(),
      }),
    ),
  })
  .openapi("PlanningQuotaSheetPreview");
