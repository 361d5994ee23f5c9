import { and, asc, eq, gte, lte, type SQL } from "drizzle-orm";
import { type Db, salesMarketingCosts } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { workspaceWideRoles } from "../auth/viewer";
import { problems } from "../http/problem";
import type { CostRowDto } from "./schemas";

/** Monthly sales and marketing costs between two months (inclusive), for workspace-wide roles. */
export async function listCosts(
  db: Db,
  viewer: Viewer,
  range: { from?: string | undefined; to?: string | undefined },
): Promise<CostRowDto[]> {
  if (!workspaceWideRoles.includes(viewer.role))
    throw problems.forbidden(
      "Costs of sales and marketing are read by admins, finance, HR, marketing and viewers.",
    );
  const conditions: SQL[] = [eq(salesMarketingCosts.workspaceId, viewer.workspaceId)];
  if (range.from) conditions.push(gte(salesMarketingCosts.month, `${range.from}-01`));
  if (range.to) conditions.push(lte(salesMarketingCosts.month, `${range.to}-01`));
  const rows = await db
    .select()
    .from(salesMarketingCosts)
    .where(and(...conditions))
    .orderBy(
      asc(salesMarketingCosts.month),
      asc(salesMarketingCosts.category),
      asc(salesMarketingCosts.channel),
    );
  return rows.map(toCostRowDto);
}

export function toCostRowDto(r: typeof salesMarketingCosts.$inferSelect): CostRowDto {
  return {
    id: r.id,
    month: r.month.slice(0, 7),
    category: r.category,
    channel: r.channel,
    amount: r.amount,
    currency: r.currency,
    note: r.note,
  };
}
