import { and, asc, desc, eq, type SQL } from "drizzle-orm";
import { compCreditSplits, type Db, opportunities, people } from "@attain/db";
import type { DealSplitsView } from "./split-schemas";

/** Splits matching `where`, grouped by deal: deals by name, then "split" before "overlay", then by person name. */
export async function selectDealSplits(db: Db, workspaceId: string, where?: SQL): Promise<DealSplitsView[]> {
  const rows = await db
    .select({
      opportunityId: compCreditSplits.opportunityId,
      opportunityName: opportunities.name,
      personId: compCreditSplits.personId,
      personName: people.fullName,
      share: compCreditSplits.share,
      role: compCreditSplits.role,
    })
    .from(compCreditSplits)
    .innerJoin(opportunities, eq(opportunities.id, compCreditSplits.opportunityId))
    .innerJoin(people, eq(people.id, compCreditSplits.personId))
    .where(and(eq(compCreditSplits.workspaceId, workspaceId), where))
    .orderBy(
      asc(opportunities.name),
      asc(compCreditSplits.opportunityId),
      desc(compCreditSplits.role),
      asc(people.fullName),
      asc(compCreditSplits.personId),
    );
  const deals = new Map<string, DealSplitsView>();
  for (const { opportunityId, opportunityName, ...split } of rows) {
    const deal = deals.get(opportunityId) ?? { opportunityId, opportunityName, splits: [] };
    deal.splits.push(split);
    deals.set(opportunityId, deal);
  }
  return [...deals.values()];
}
