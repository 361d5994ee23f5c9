import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import type { AppEnv } from "../auth/viewer";
import { exportAccrual } from "../compensation/exports/export-accrual";
import { exportPayroll } from "../compensation/exports/export-payroll";
import { payrollPresetNames } from "../compensation/exports/payroll-presets";
import { periodKey } from "../compensation/workflow/schemas";
import { problemResponses } from "../http/schemas";

const tags = ["Compensation exports"];
const csv = { "text/csv": { schema: z.string() } };
const csvHeaders = (filename: string) => ({
  "content-type": "text/csv; charset=utf-8",
  "content-disposition": `attachment; filename="${filename}"`,
});

const payrollRoute = createRoute({
  method: "get",
  path: "/api/comp/exports/payroll",
  tags,
  summary: "Payroll file of an approved, published or paid period (comp admins)",
  description:
    "One row per payee and pay line (commission, bonus, spif, draw, holdback, adjustment), amounts rounded half-up to the currency's minor unit, then a control-total row per currency. Columns per preset: generic (employee_id, employee_name, period, pay_code, amount, currency), adp, sage — see docs/compensation-workflow.md. Text cells starting with = + - @ are prefixed with an apostrophe. A published or paid period's first export is stored and returned byte for byte afterwards. Other statuses: 409.",
  request: {
    query: z.object({
      periodKey,
      preset: z.enum(payrollPresetNames).default("generic"),
    }),
  },
  responses: {
    200: { description: "The CSV file", content: csv },
    ...problemResponses(400, 401, 403, 404, 409),
  },
});

const accrualRoute = createRoute({
  method: "get",
  path: "/api/comp/exports/accrual",
  tags,
  summary:
    "Commission expense by cost centre (team, else region) and period, with earned-but-unpaid (comp admins)",
  description:
    "Every period of the fiscal year up to `periodKey`: earned, adjustments, expense (= earned + adjustments) and unpaid (expense of periods not yet paid), with a control-total row per currency.",
  request: { query: z.object({ periodKey }) },
  responses: { 200: { description: "The CSV file", content: csv }, ...problemResponses(400, 401, 403, 404) },
});

export function registerCompExportRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;
  app.openapi(payrollRoute, async (c) => {
    const file = await exportPayroll(db, requireViewer(c.get("viewer")), c.req.valid("query"));
    return c.body(file.content, 200, csvHeaders(`payroll-${file.periodKey}-${file.preset}.csv`));
  });
  app.openapi(accrualRoute, async (c) => {
    const { periodKey: key } = c.req.valid("query");
    const content = await exportAccrual(db, requireViewer(c.get("viewer")), key);
    return c.body(content, 200, csvHeaders(`accrual-${key}.csv`));
  });
}
