import { z } from "zod";
import { entitySpecs } from "./entities";
import { dateFormats, type ImportRequest, importEntities, periodGrains } from "./types";

export class ImportRequestError extends Error {}

const optionsSchema = z
  .object({
    mode: z.enum(["all_or_nothing", "valid_rows"]).optional(),
    delimiter: z.enum([",", ";", "\t"]).optional(),
    dateFormat: z.enum(dateFormats).optional(),
    decimalSeparator: z.enum([".", ","]).optional(),
    sheet: z.string().min(1).optional(),
    currency: z
      .string()
      .regex(/^[A-Za-z]{3}$/, "a 3-letter ISO 4217 code")
      .transform((code) => code.toUpperCase())
      .optional(),
    createdBy: z.uuid().optional(),
    effectiveDate: z.iso.date().optional(),
    columns: z.record(z.string().min(1), z.string().trim().min(1)).optional(),
    periodGrain: z.enum(periodGrains).optional(),
    dryRun: z.boolean().optional(),
  })
  .optional();

const requestSchema = z.object({
  workspaceId: z.uuid(),
  entity: z.enum(importEntities),
  fileName: z.string().min(1),
  options: optionsSchema,
});

/** Checks what the caller (CLI or API) passes; a mistake here is the caller's, so it throws rather than reporting. */
export function validateRequest(request: ImportRequest): ImportRequest {
  const parsed = requestSchema.safeParse({ ...request, source: undefined });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportRequestError(
      `Invalid import request: ${issue?.path.join(".") || "request"}: ${issue?.message}`,
    );
  }
  const fields = new Set(entitySpecs[parsed.data.entity].fields.map((field) => field.name));
  for (const field of Object.keys(parsed.data.options?.columns ?? {}))
    if (!fields.has(field))
      throw new ImportRequestError(
        `Invalid import request: options.columns: ${parsed.data.entity} has no field "${field}" (fields: ${[...fields].join(", ")})`,
      );
  if (parsed.data.options?.periodGrain && parsed.data.entity !== "quotas")
    throw new ImportRequestError("Invalid import request: options.periodGrain applies to quotas only");
  if (typeof request.source !== "string" && typeof (request.source as { pipe?: unknown }).pipe !== "function")
    throw new ImportRequestError("Invalid import request: source must be a file path or a readable stream");
  return { ...request, ...parsed.data, source: request.source };
}
