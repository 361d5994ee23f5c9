import type { Transaction } from "@attain/engine";
import type { SqlSession } from "@attain/db";
import { loadAccountTerritoryKeys } from "../../territories/load-account-territory-keys";

type LineRow = {
  id: string;
  date: string;
  owner_id: string | null;
  account_id: string | null;
  opportunity_id: string | null;
  product_id: string | null;
  currency: string;
  amount: string;
  quantity: string;
  margin: string | null;
  paid_amount: string | null;
  paid_on: string | null;
  measures: Record<string, string> | null;
  original_line_id: string | null;
  kind: string;
};

type Attributes = Record<string, string>;

/** Employees → segment, until account segmentation (issue 2) gives accounts a segment of their own. */
export function segmentOf(employees: number | null): string | null {
  if (employees === null) return null;
  return employees >= 1000 ? "enterprise" : employees >= 100 ? "mid_market" : "smb";
}

/**
 * The workspace's order lines dated in [from, to] as creditable transactions: bookings = amount, units = quantity,
 * margin = amount − cost (when the cost is known, computed exactly in SQL), paid_amount, plus every imported measure;
 * attributes product (external id), productFamily, segment and industry (account), region (account's region),
 * dealType (opportunity type), kind; splits from comp_credit_splits of the line's opportunity; reversals point at
 * their original line; territoryId = the account's published territory key on the line's date. Small reference tables are joined in memory, so the large read is one plain scan; in id
 * order, which creditTransactions takes without sorting.
 */
export async function loadTransactions(
  sql: SqlSession,
  params: { workspaceId: string; from: string; to: string },
): Promise<Transaction[]> {
  const { workspaceId } = params;
  const [products, accounts, opportunities, splits, territoryKeyOf] = await Promise.all([
    sql.query<{ id: string; external_id: string; family: string | null }>(
      "select id, external_id, family from products where workspace_id = $1",
      [workspaceId],
    ),
    sql.query<{ id: string; industry: string | null; employees: number | null; region: string | null }>(
      `select a.id, a.industry, a.employees, r.external_id as region
       from accounts a left join regions r on r.id = a.region_id where a.workspace_id = $1`,
      [workspaceId],
    ),
    sql.query<{ id: string; type: string }>("select id, type from opportunities where workspace_id = $1", [
      workspaceId,
    ]),
    sql.query<{ opportunity_id: string; person_id: string; share: string; role: "split" | "overlay" }>(
      `select opportunity_id, person_id, share::text as share, role from comp_credit_splits
       where workspace_id = $1 order by opportunity_id, role, person_id`,
      [workspaceId],
    ),
    loadAccountTerritoryKeys(sql, workspaceId),
  ]);
  const productAttributes = new Map<string, Attributes>();
  for (const p of products)
    productAttributes.set(p.id, { product: p.external_id, ...(p.family ? { productFamily: p.family } : {}) });
  const accountAttributes = new Map<string, Attributes>();
  for (const a of accounts) {
    const segment = segmentOf(a.employees);
    accountAttributes.set(a.id, {
      ...(segment ? { segment } : {}),
      ...(a.industry ? { industry: a.industry } : {}),
      ...(a.region ? { region: a.region } : {}),
    });
  }
  const dealTypes = new Map(opportunities.map((o) => [o.id, o.type]));
  const splitsByOpportunity = new Map<string, Transaction["splits"]>();
  for (const s of splits) {
    const list = splitsByOpportunity.get(s.opportunity_id) ?? [];
    list.push({ personId: s.person_id, share: s.share, role: s.role });
    splitsByOpportunity.set(s.opportunity_id, list);
  }

  const rows = await sql.query<LineRow>(
    `select id, booking_date as date, owner_id, account_id, opportunity_id, product_id, currency,
            amount::text as amount, quantity::text as quantity, (amount - cost)::text as margin,
            paid_amount::text as paid_amount, paid_on, measures, original_line_id, kind
     from order_lines where workspace_id = $1 and booking_date between $2 and $3
     order by id`,
    [workspaceId, params.from, params.to],
  );
  const noSplits: Transaction["splits"] = [];
  return rows.map((row) => {
    const measures: Record<string, string> = { ...row.measures, bookings: row.amount, units: row.quantity };
    if (row.margin !== null) measures.margin = row.margin;
    if (row.paid_amount !== null) measures.paid_amount = row.paid_amount;
    const attributes: Attributes = { kind: row.kind };
    if (row.product_id) Object.assign(attributes, productAttributes.get(row.product_id));
    if (row.account_id) Object.assign(attributes, accountAttributes.get(row.account_id));
    const dealType = row.opportunity_id ? dealTypes.get(row.opportunity_id) : undefined;
    if (dealType) attributes.dealType = dealType;
    if (row.paid_on) attributes.paidOn = row.paid_on;
    return {
      id: row.id,
      date: row.date,
      ownerId: row.owner_id,
      accountId: row.account_id,
      territoryId: territoryKeyOf(row.account_id, row.date),
      currency: row.currency,
      measures,
      attributes,
      reversalOf: row.original_line_id,
      splits: (row.opportunity_id && splitsByOpportunity.get(row.opportunity_id)) || noSplits,
    };
  });
}
