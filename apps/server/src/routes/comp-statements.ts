import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { getStatement } from "../compensation/statements/get-statement";
import { renderStatementPdf } from "../compensation/statements/render-statement-pdf";
import { StatementParams, StatementSchema } from "../compensation/statements/schemas";
import { ApiError, fieldProblemsOf } from "../http/problem";
import { problemResponses } from "../http/schemas";

const tags = ["Compensation statements"];
const access =
  "Comp admins, admins and HR read any statement; a manager their own and their reporting tree's in any state; a rep only their own, once the period is published (before that: 404). Payable = the run's payable + adjustments.";

const statementRoute = createRoute({
  method: "get",
  path: "/api/comp/statements/{personId}/{periodKey}",
  tags,
  summary:
    "A payee's statement for a period: lines with traces, adjustments, totals, attainment, next tier, year to date",
  description: access,
  request: { params: StatementParams },
  responses: {
    200: { description: "The statement", content: { "application/json": { schema: StatementSchema } } },
    ...problemResponses(400, 401, 403, 404),
  },
});

const pdfResponses = {
  200: {
    description: "The statement as a PDF (the same statement always gives the same bytes)",
    content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
  },
  ...problemResponses(400, 401, 403, 404),
};

export function registerCompStatementRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;

  // `{periodKey}.pdf` is not a Hono parameter name, so the PDF route is documented here and matched by a pattern.
  app.openAPIRegistry.registerPath({
    method: "get",
    path: "/api/comp/statements/{personId}/{periodKey}.pdf",
    tags,
    summary:
      "The statement as a PDF: header, lines with 'why this number', adjustments, year to date, totals",
    description: access,
    request: { params: StatementParams },
    responses: pdfResponses,
  });
  app.get("/api/comp/statements/:personId/:file{[^/]+\\.pdf}", async (c) => {
    const parsed = StatementParams.safeParse({
      personId: c.req.param("personId"),
      periodKey: c.req.param("file").slice(0, -".pdf".length),
    });
    if (!parsed.success) {
      throw new ApiError(
        400,
        "Invalid request",
        "Some fields are not valid; see `errors`.",
        fieldProblemsOf(parsed.error, "param"),
      );
    }
    const statement = await getStatement(db, requireViewer(c.get("viewer")), parsed.data);
    const pdf = await renderStatementPdf(statement);
    return c.body(new Uint8Array(pdf), 200, {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="statement-${statement.payee.externalId.replace(/[^\w.-]/g, "_")}-${statement.period.key}.pdf"`,
    });
  });

  app.openapi(statementRoute, async (c) =>
    c.json(await getStatement(db, requireViewer(c.get("viewer")), c.req.valid("param")), 200),
  );
}
