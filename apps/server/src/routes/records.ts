import { type Db, listAccounts, listLeads, listOpportunities, listPeople, listProducts } from "@attain/db";
import { createRoute, type OpenAPIHono, z } from "@hono/zod-openapi";
import type { AppDeps } from "../app-deps";
import { requireViewer } from "../auth/middleware";
import { resolveScope } from "../auth/resolve-scope";
import type { AppEnv, Viewer } from "../auth/viewer";
import { decodeCursor, encodeCursor, pageQuery } from "../http/pagination";
import { problemResponses } from "../http/schemas";
import { loadWorkspace } from "../revenue/resolve-revenue-request";

const listQuery = z.object({
  ...pageQuery,
  search: z
    .string()
    .max(200)
    .refine((v) => !v.includes("\0"), "Must not contain a NUL character") // PostgreSQL text cannot hold it
    .optional()
    .openapi({ description: "Case-insensitive text contained in the name" }),
});

/** Cuts the extra row a query fetched (limit + 1) and turns the last row's id into the next cursor. */
function toPage<Row extends { id: string }>(rows: Row[], limit: number) {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null };
}

const afterIdOf = (cursor: string | undefined) => {
  const key = decodeCursor(cursor, ["uuid"]);
  return key ? String(key[0]) : null;
};

/** Owners whose accounts and deals the caller may list: the same scope as their figures. */
async function ownerScope(db: Db, viewer: Viewer, today: string) {
  const workspace = await loadWorkspace(db, viewer.workspaceId);
  return (await resolveScope(db, viewer, { asOf: today, workspaceName: workspace.name })).personIds;
}

const pageOf = <T extends z.ZodTypeAny>(name: string, item: T) =>
  z.object({ items: z.array(item), nextCursor: z.string().nullable() }).openapi(name);

const nullableText = z.string().nullable();

const PersonSchema = z
  .object({
    id: z.string().uuid(),
    externalId: z.string(),
    fullName: z.string(),
    email: nullableText,
    jobRole: z.string(),
    title: nullableText,
    hireDate: nullableText,
    leaveDate: nullableText,
    office: nullableText,
  })
  .openapi("Person");

const AccountSchema = z
  .object({
    id: z.string().uuid(),
    externalId: z.string(),
    name: z.string(),
    industry: nullableText,
    employees: z.number().int().nullable(),
    annualRevenue: nullableText,
    revenueCurrency: nullableText,
    countryCode: nullableText,
    city: nullableText,
    postalCode: nullableText,
    latitude: nullableText,
    longitude: nullableText,
    ownerId: nullableText,
  })
  .openapi("Account");

const OpportunitySchema = z
  .object({
    id: z.string().uuid(),
    externalId: z.string(),
    name: z.string(),
    accountId: nullableText,
    ownerId: nullableText,
    productId: nullableText,
    type: z.string(),
    source: nullableText,
    stage: z.string(),
    status: z.string(),
    forecastCategory: z.string(),
    amount: nullableText,
    currency: z.string(),
    createdOn: nullableText,
    closeDate: nullableText,
  })
  .openapi("Opportunity");

const ProductSchema = z
  .object({
    id: z.string().uuid(),
    externalId: z.string(),
    name: z.string(),
    family: nullableText,
    listPrice: nullableText,
    currency: nullableText,
    recurring: z.boolean(),
  })
  .openapi("Product");

const LeadSchema = z
  .object({
    id: z.string().uuid(),
    externalId: z.string(),
    companyName: nullableText,
    source: z.string(),
    status: z.string(),
    createdOn: z.string(),
    ownerId: nullableText,
    sdrId: nullableText,
  })
  .openapi("Lead");

const listRoute = (path: string, summary: string, query: z.ZodObject, schema: z.ZodTypeAny, name: string) =>
  createRoute({
    method: "get",
    path,
    tags: ["Records"],
    summary,
    request: { query },
    responses: {
      200: { description: "A page", content: { "application/json": { schema: pageOf(name, schema) } } },
      ...problemResponses(400, 401, 403),
    },
  });

export function registerRecordRoutes(app: OpenAPIHono<AppEnv>, deps: AppDeps) {
  const { db } = deps.database;

  const peopleQuery = listQuery.extend({ jobRole: z.string().optional() });
  app.openapi(
    listRoute(
      "/api/people",
      "People of the workspace (a directory; every role)",
      peopleQuery,
      PersonSchema,
      "PeoplePage",
    ),
    async (c) => {
      const viewer = requireViewer(c.get("viewer"));
      const q = c.req.valid("query") as z.infer<typeof peopleQuery>;
      const rows = await listPeople(db, {
        workspaceId: viewer.workspaceId,
        afterId: afterIdOf(q.cursor),
        limit: q.limit,
        search: q.search,
        jobRole: q.jobRole,
      });
      return c.json(toPage(rows, q.limit), 200);
    },
  );

  app.openapi(
    listRoute(
      "/api/accounts",
      "Accounts: a rep's own, a manager's team's, or all for workspace-wide roles",
      listQuery,
      AccountSchema,
      "AccountsPage",
    ),
    async (c) => {
      const viewer = requireViewer(c.get("viewer"));
      const q = c.req.valid("query") as z.infer<typeof listQuery>;
      const ownerIds = await ownerScope(db, viewer, deps.clock.today());
      const rows = await listAccounts(db, {
        workspaceId: viewer.workspaceId,
        afterId: afterIdOf(q.cursor),
        limit: q.limit,
        search: q.search,
        ownerIds,
      });
      return c.json(toPage(rows, q.limit), 200);
    },
  );

  const opportunityQuery = listQuery.extend({
    status: z.enum(["open", "won", "lost"]).optional(),
    accountId: z.string().uuid().optional(),
  });
  app.openapi(
    listRoute(
      "/api/opportunities",
      "Opportunities in the caller's scope",
      opportunityQuery,
      OpportunitySchema,
      "OpportunitiesPage",
    ),
    async (c) => {
      const viewer = requireViewer(c.get("viewer"));
      const q = c.req.valid("query") as z.infer<typeof opportunityQuery>;
      const ownerIds = await ownerScope(db, viewer, deps.clock.today());
      const rows = await listOpportunities(db, {
        workspaceId: viewer.workspaceId,
        afterId: afterIdOf(q.cursor),
        limit: q.limit,
        search: q.search,
        ownerIds,
        status: q.status,
        accountId: q.accountId,
      });
      return c.json(toPage(rows, q.limit), 200);
    },
  );

  app.openapi(
    listRoute(
      "/api/leads",
      "Leads a person in the caller's scope owns or qualified (e.g. to give feedback on one)",
      listQuery,
      LeadSchema,
      "LeadsPage",
    ),
    async (c) => {
      const viewer = requireViewer(c.get("viewer"));
      const q = c.req.valid("query") as z.infer<typeof listQuery>;
      const personIds = await ownerScope(db, viewer, deps.clock.today());
      const rows = await listLeads(db, {
        workspaceId: viewer.workspaceId,
        afterId: afterIdOf(q.cursor),
        limit: q.limit,
        search: q.search,
        personIds,
      });
      return c.json(toPage(rows, q.limit), 200);
    },
  );

  app.openapi(
    listRoute("/api/products", "Products (every role)", listQuery, ProductSchema, "ProductsPage"),
    async (c) => {
      const viewer = requireViewer(c.get("viewer"));
      const q = c.req.valid("query") as z.infer<typeof listQuery>;
      const rows = await listProducts(db, {
        workspaceId: viewer.workspaceId,
        afterId: afterIdOf(q.cursor),
        limit: q.limit,
        search: q.search,
      });
      return c.json(toPage(rows, q.limit), 200);
    },
  );
}
