import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ZodError } from "zod";

export type FieldProblem = { path: string; message: string };

/** The one error type routes throw; rendered as RFC 9457 `application/problem+json`. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldProblem[],
    /** Extra members of the problem document (RFC 9457 extensions), e.g. an import's full report. */
    readonly extensions?: Record<string, unknown>,
  ) {
    super(detail ?? title);
  }
}

export const problems = {
  unauthenticated: () => new ApiError(401, "Not signed in", "Sign in to use this endpoint."),
  forbidden: (detail: string) => new ApiError(403, "Forbidden", detail),
  notFound: (what: string) => new ApiError(404, "Not found", `${what} was not found.`),
  invalid: (errors: FieldProblem[], detail = "The request is not valid; see `errors`.") =>
    new ApiError(400, "Invalid request", detail, errors),
};

export function fieldProblemsOf(error: ZodError, prefix?: string): FieldProblem[] {
  return error.issues.map((issue) => ({
    path: [prefix, ...issue.path.map(String)].filter(Boolean).join(".") || "(body)",
    message: issue.message,
  }));
}

export function problemResponse(c: Context, error: ApiError): Response {
  const body = {
    type: `https://attain.dev/problems/${error.status}`,
    title: error.title,
    status: error.status,
    ...(error.detail ? { detail: error.detail } : {}),
    ...(error.errors ? { errors: error.errors } : {}),
    ...error.extensions,
  };
  return c.body(JSON.stringify(body), error.status, { "content-type": "application/problem+json" });
}

/** Turns anything thrown by a route or middleware into a problem response; unknown errors are logged, not leaked. */
export function toProblem(error: unknown, c: Context): Response {
  if (error instanceof ApiError) return problemResponse(c, error);
  if (error instanceof HTTPException) {
    const status = error.status as ContentfulStatusCode;
    const title =
      status === 413 ? "Request body too large" : status === 400 ? "Malformed request" : "Request refused";
    return problemResponse(c, new ApiError(status, title, error.message || undefined));
  }
  console.error(error);
  return problemResponse(
    c,
    new ApiError(500, "Internal error", "Something went wrong on the server; it has been logged."),
  );
}
