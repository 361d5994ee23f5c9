import type { CriteriaFacts } from "@attain/engine";
import type { FactRow } from "./opportunity-facts";

/** What a stage's criteria look at, from a `facts` row. */
export function criteriaFactsOf(row: FactRow): CriteriaFacts {
  return {
    amount: row.amount,
    closeDate: row.close_date,
    accountId: row.account_id,
    productId: row.product_id,
    nextStep: row.next_step,
    source: row.source,
    contactCount: row.contact_count,
    qualification: typeof row.qualification === "string" ? JSON.parse(row.qualification) : row.qualification,
  };
}
