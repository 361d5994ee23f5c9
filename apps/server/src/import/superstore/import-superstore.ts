import type { AttainDatabase, SqlSession } from "@attain/db";
import { Decimal } from "decimal.js";
import { readSuperstoreFiles } from "./read-superstore-files";
import { superstoreCustomers } from "./superstore-customers";

export type SuperstoreReport = {
  regions: number;
  managers: number;
  accounts: { inserted: number; updated: number; unchanged: number };
  orderLines: { inserted: number; updated: number; unchanged: number };
  orders: number;
  /** Sales and profit of every line, summed exactly (USD). */
  sales: string;
  profit: string;
};

/** Rows per statement: one JSON parameter each. */
const CHUNK = 5_000;
const CURRENCY = "USD";

/**
 * Imports Tableau's Superstore sample (superstore_orders.csv, superstore_people.csv in `dataDir`) into a workspace,
 * all or nothing in one transaction, upserting by external id so a re-import changes nothing:
 * - each Superstore Region → a `regions` row (external id = its name, currency USD);
 * - each regional manager → a person (job role `manager`, external id = the name) in that region;
 * - each customer → an account: Customer ID as external id, the name, Segment (Consumer, Corporate, Home Office) as
 *   its industry, the country (US or CA), city, postal code and region of the address most of its orders went to
 *   (superstore-customers.ts), owned by that region's manager; no coordinates (no offline geocoding);
 * - each line → an order line: Row ID as external id, Order ID as order number, Order Date (DD/MM/YY) as booking
 *   date, Sales as the amount in USD, cost = Sales − Profit (so margin = Profit), credited to the line's region's
 *   manager.
 * Problems in the files are reported by file, row and column before anything is written (SuperstoreImportError).
 */
export async function importSuperstore(
  database: AttainDatabase,
  params: { workspaceId: string; dataDir: string },
): Promise<SuperstoreReport> {
  const { workspaceId } = params;
  const files = readSuperstoreFiles(params.dataDir);
  const customers = superstoreCustomers(files.lines);
  return database.transaction(async ({ sql }) => {
    const regions = await sql.query<{ id: string; external_id: string }>(
      `insert into regions (workspace_id, external_id, name, country_code, currency)
       select $1, r.name, r.name, 'US', $2 from jsonb_to_recordset($3::jsonb) as r(name text)
       on conflict (workspace_id, external_id) do update set name = excluded.name
       returning id, external_id`,
      [workspaceId, CURRENCY, JSON.stringify(files.managers.map((m) => ({ name: m.region })))],
    );
    const regionId = new Map(regions.map((r) => [r.external_id, r.id]));
    const managers = await sql.query<{ id: string; external_id: string }>(
      `insert into people (workspace_id, external_id, full_name, job_role, region_id, office, currency)
       select $1, m.name, m.name, 'manager', m.region_id, m.region, $2
       from jsonb_to_recordset($3::jsonb) as m(name text, region text, region_id uuid)
       on conflict (workspace_id, external_id) do update
         set full_name = excluded.full_name, region_id = excluded.region_id, office = excluded.office
       returning id, external_id`,
      [
        workspaceId,
        CURRENCY,
        JSON.stringify(files.managers.map((m) => ({ ...m, region_id: regionId.get(m.region) }))),
      ],
    );
    const personId = new Map(managers.map((p) => [p.external_id, p.id]));
    const managerOf = new Map(files.managers.map((m) => [m.region, personId.get(m.name) ?? null]));

    const accountRows = customers.map((c) => ({
      external_id: c.customerId,
      name: c.name,
      industry: c.segment,
      country_code: c.countryCode,
      region_id: regionId.get(c.region),
      city: c.city,
      postal_code: c.postalCode,
      owner_id: managerOf.get(c.region),
    }));
    const accounts = await upsertChunks(sql, accountRows, upsertAccounts(workspaceId));
    const accountIds = new Map(
      (
        await sql.query<{ id: string; external_id: string }>(
          "select id, external_id from accounts where workspace_id = $1",
          [workspaceId],
        )
      ).map((a) => [a.external_id, a.id]),
    );

    let sales = new Decimal(0);
    let profit = new Decimal(0);
    const lineRows = files.lines.map((line) => {
      sales = sales.plus(line.sales);
      profit = profit.plus(line.profit);
      return {
        external_id: line.rowId,
        order_number: line.orderId,
        booking_date: line.orderDate,
        account_id: accountIds.get(line.customerId),
        owner_id: managerOf.get(line.region),
        quantity: line.quantity,
        amount: line.sales,
        cost: new Decimal(line.sales).minus(line.profit).toFixed(),
      };
    });
    const orderLines = await upsertChunks(sql, lineRows, upsertOrderLines(workspaceId));
    return {
      regions: regions.length,
      managers: managers.length,
      accounts: { ...accounts, unchanged: accountRows.length - accounts.inserted - accounts.updated },
      orderLines: { ...orderLines, unchanged: lineRows.length - orderLines.inserted - orderLines.updated },
      orders: new Set(files.lines.map((l) => l.orderId)).size,
      sales: sales.toFixed(),
      profit: profit.toFixed(),
    };
  });
}

type Upsert = { text: string; params: (json: string) => unknown[] };

async function upsertChunks(
  sql: SqlSession,
  rows: readonly object[],
  upsert: Upsert,
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  for (let at = 0; at < rows.length; at += CHUNK) {
    const written = await sql.query<{ inserted: boolean }>(
      upsert.text,
      upsert.params(JSON.stringify(rows.slice(at, at + CHUNK))),
    );
    // `xmax = 0` tells a freshly inserted row from an updated one; unchanged rows are not returned.
    for (const row of written) row.inserted ? inserted++ : updated++;
  }
  return { inserted, updated };
}

const upsertAccounts = (workspaceId: string): Upsert => ({
  text: `insert into accounts (workspace_id, external_id, name, industry, country_code, region_id, city, postal_code, owner_id)
    select $1, r.external_id, r.name, r.industry, r.country_code, r.region_id, r.city, r.postal_code, r.owner_id
    from jsonb_to_recordset($2::jsonb) as r(external_id text, name text, industry text, country_code text,
      region_id uuid, city text, postal_code text, owner_id uuid)
    on conflict (workspace_id, external_id) do update set name = excluded.name, industry = excluded.industry,
      country_code = excluded.country_code, region_id = excluded.region_id, city = excluded.city,
      postal_code = excluded.postal_code, owner_id = excluded.owner_id
    where (accounts.name, accounts.industry, accounts.country_code, accounts.region_id, accounts.city,
           accounts.postal_code, accounts.owner_id)
      is distinct from (excluded.name, excluded.industry, excluded.country_code, excluded.region_id, excluded.city,
           excluded.postal_code, excluded.owner_id)
    returning (xmax = 0) as inserted`,
  params: (json) => [workspaceId, json],
});

const upsertOrderLines = (workspaceId: string): Upsert => ({
  text: `insert into order_lines (workspace_id, external_id, order_number, kind, booking_date, account_id, owner_id,
      quantity, amount, currency, cost)
    select $1, r.external_id, r.order_number, 'booking', r.booking_date, r.account_id, r.owner_id,
      r.quantity::numeric, r.amount::numeric, $2, r.cost::numeric
    from jsonb_to_recordset($3::jsonb) as r(external_id text, order_number text, booking_date date, account_id uuid,
      owner_id uuid, quantity text, amount text, cost text)
    on conflict (workspace_id, external_id) do update set order_number = excluded.order_number,
      booking_date = excluded.booking_date, account_id = excluded.account_id, owner_id = excluded.owner_id,
      quantity = excluded.quantity, amount = excluded.amount, currency = excluded.currency, cost = excluded.cost
    where (order_lines.order_number, order_lines.booking_date, order_lines.account_id, order_lines.owner_id,
           order_lines.quantity, order_lines.amount, order_lines.currency, order_lines.cost)
      is distinct from (excluded.order_number, excluded.booking_date, excluded.account_id, excluded.owner_id,
           excluded.quantity, excluded.amount, excluded.currency, excluded.cost)
    returning (xmax = 0) as inserted`,
  params: (json) => [workspaceId, CURRENCY, json],
});
