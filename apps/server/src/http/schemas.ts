import { z } from "@hono/zod-openapi";

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  })
  .openapi("Problem");

/** A JSON response of a route declaration: `responses: { 200: jsonResponse(PlanSchema, "The plan") }`. */
export const jsonResponse = <T extends z.ZodTypeAny>(schema: T, description: string) => ({
  description,
  content: { "application/json": { schema } },
});

/** A required JSON request body of a route declaration: `request: { ...jsonBody(PlanInput) }`. */
export const jsonBody = <T extends z.ZodTypeAny>(schema: T) => ({
  body: { content: { "application/json": { schema } }, required: true },
});

export const problemContent = { "application/problem+json": { schema: ProblemSchema } };

export const problemResponses = (...statuses: (400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429)[]) =>
  Object.fromEntries(
    statuses.map((status) => [status, { description: descriptions[status], content: problemContent }]),
  ) as Record<number, { description: string; content: typeof problemContent }>;

const descriptions = {
  400: "Invalid request (fields named in `errors`)",
  401: "Not signed in",
  403: "Not allowed for the caller's role or scope",
  404: "Not found",
  409: "Conflict",
  413: "Body too large",
  415: "Unsupported file or media type",
  422: "Valid request that cannot be processed (see `errors`)",
  429: "Too many attempts",
} as const;

export const isoDate = z
  .string()
  // Year 0000 passes Date.parse but PostgreSQL and the engine have no year zero.
  .regex(/^(?!0000)\d{4}-\d{2}-\d{2}$/, "Expected a date as YYYY-MM-DD")
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    "Not a real calendar date",
  );

export const isoMonth = z.string().regex(/^(?!0000)\d{4}-(0[1-9]|1[0-2])$/, "Expected a month as YYYY-MM");

export const DECIMAL_LIMITS_MESSAGE = "At most 18 digits before and 10 after the decimal point";

/** A decimal input's size limit: at most 18 integer and 10 fraction digits (sign and point not counted). */
export function withinDecimalLimits(value: string): boolean {
  const [whole = "", fraction = ""] = value.replace(/^-/, "").split(".");
  return whole.length <= 18 && fraction.length <= 10;
}

export const decimalString = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/, "Expected a decimal number as a string")
  .refine(withinDecimalLimits, DECIMAL_LIMITS_MESSAGE);
