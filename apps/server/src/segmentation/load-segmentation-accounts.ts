import { sql } from "drizzle-orm";
import { type AttainDatabase, type Db, selectRows } from "@attain/db";
import { addMonths, type SegmentationAccount } from "@attain/engine";

/** How far back buying behaviour looks (RFM's frequency and monetary, a profile's revenue). */
export const LOOK_BACK_MONTHS = 12;

export type SegmentationInput = {
  accounts: SegmentationAccount[];
  currency: string;
  /** The latest potential model whose estimates `potential` holds, if any. */
  potentialModelId: string | null;
};

type Row = {
  id: string;
  name: string;
  industry: string | null;
  employees: number | null;
  annual_revenue: string | null;
  country_code: string | null;
  region_id: string | null;
  postal_code: string | null;
  potential: string | null;
  first_order: string | null;
  last_order: string | null;
  orders: number;
  revenue: string;
  by_year: string | null;
  won: number;
  lost: number;
};

/**
 * `loadSegmentationAccounts` in a transaction of its own with 256 MB of work memory (`set local`, so nothing leaks to
 * the connection), so that its aggregates stay in memory. On PGlite, a 2-core machine shared with other work (load
 * average ~10): 20,000 accounts and 100,000 lines took 5.2 s with the default 4 MB, about 2 s with 256 MB; 100,000
 * accounts and 500,000 lines 19 s. Inside a caller's transaction (the demo load) the setting lasts until that one ends.
 */
export function readSegmentationAccounts(
  database: AttainDatabase,
  params: { workspaceId: string; asOf: string },
): Promise<SegmentationInput> {
  return database.transaction(async (tx) => {
    await tx.sql.query("set local work_mem = '256MB'");
    return loadSegmentationAccounts(tx.db, params);
  });
}

/**
 * Every account of the workspace as segmentation sees it on `asOf`, in a single set-based query: firmographics with
 * the company's annual revenue converted to the workspace currency (at the latest rate on or before `asOf`'s month;
 * unknown without one), buying history from order lines up to `asOf` (each line converted at its month's rate and
 * rounded per line, as the revenue report does; lines without a rate are left out), won and lost deals closed by
 * `asOf`, and the latest potential model's estimate.
 */
export async function loadSegmentationAccounts(
  db: Db,
  params: { workspaceId: string; asOf: string },
): Promise<SegmentationInput> {
  const { workspaceId, asOf } = params;
  const windowStart = addMonths(asOf, -LOOK_BACK_MONTHS);
  const [workspace] = await selectRows<{ currency: string; model_id: string | null }>(
    db,
    sql`select w.reporting_currency as currency,
          (select m.id from potential_models m where m.workspace_id = w.id
           order by m.created_at desc, m.id desc limit 1) as model_id
        from workspaces w where w.id = ${workspaceId}`,
  );
  if (!workspace) throw new Error(`Workspace ${workspaceId} not found`);
  // One pass over the lines (and one over the window's booking lines for distinct orders); see
  // readSegmentationAccounts for the memory it wants.
  const rows = await selectRows<Row>(
    db,
    sql`with rc as (select reporting_currency from workspaces where id = ${workspaceId}),
      latest_rate as (
        select distinct on (currency) currency, rate from exchange_rates
        where workspace_id = ${workspaceId} and month <= date_trunc('month', ${asOf}::date)::date
        order by currency, month desc),
      -- Lines without their month's rate are left out of everything (orders too), as the revenue report leaves them out.
      rated as not materialized (
        select l.account_id, l.kind, l.order_number, l.booking_date,
          round(l.amount * (case when l.currency = rc.reporting_currency then 1::numeric else fx.rate end), 2) as amount
        from order_lines l
        cross join rc
        -- The month's first day by date arithmetic: date_trunc on a date goes through a time-zoned timestamp, which
        -- was most of this join's time (500,000 lines: 4.3 s).
        left join exchange_rates fx on fx.workspace_id = ${workspaceId} and fx.currency = l.currency
          and fx.month = l.booking_date - (extract(day from l.booking_date)::int - 1)
        where l.workspace_id = ${workspaceId} and l.account_id is not null and l.booking_date <= ${asOf}::date),
      per_year as (
        select account_id, extract(year from booking_date)::int as year, sum(amount) as amount,
          sum(amount) filter (where booking_date > ${windowStart}::date) as window_amount,
          min(booking_date) filter (where kind = 'booking') as first_order,
          max(booking_date) filter (where kind = 'booking') as last_order
        from rated where amount is not null group by 1, 2),
      -- Years as "2024=1200.50,2025=300.00": string_agg is several times cheaper than jsonb_object_agg here.
      history as (
        select account_id, min(first_order)::text as first_order, max(last_order)::text as last_order,
          coalesce(sum(window_amount), 0)::text as revenue, string_agg(year || '=' || amount::text, ',') as by_year
        from per_year group by account_id),
      -- Distinct orders need only the window's booking lines, not the whole history.
      window_orders as (
        select account_id, count(distinct order_number)::int as orders
        from rated
        where amount is not null and kind = 'booking' and booking_date > ${windowStart}::date
        group by account_id),
      deals as (
        select account_id,
          count(*) filter (where status = 'won')::int as won,
          count(*) filter (where status = 'lost')::int as lost
        from opportunities
        where workspace_id = ${workspaceId} and account_id is not null and status in ('won', 'lost')
          and (close_date is null or close_date <= ${asOf}::date)
        group by account_id)
      select a.id, a.name, a.industry, a.employees, a.country_code, a.region_id, a.postal_code,
        case when a.annual_revenue is null then null
             when coalesce(a.revenue_currency, rc.reporting_currency) = rc.reporting_currency then a.annual_revenue::text
             else round(a.annual_revenue * r.rate, 2)::text end as annual_revenue,
        p.potential::text as potential,
        h.first_order, h.last_order, coalesce(o.orders, 0) as orders, coalesce(h.revenue, '0') as revenue,
        h.by_year, coalesce(d.won, 0) as won, coalesce(d.lost, 0) as lost
      from accounts a
      cross join rc
      left join latest_rate r on r.currency = a.revenue_currency
      left join history h on h.account_id = a.id
      left join window_orders o on o.account_id = a.id
      left join deals d on d.account_id = a.id
      left join account_potentials p on p.model_id = ${workspace.model_id} and p.account_id = a.id
      where a.workspace_id = ${workspaceId}
      order by a.id`,
  );
  return {
    currency: workspace.currency,
    potentialModelId: workspace.model_id,
    accounts: rows.map((row) => ({
      id: row.id,
      name: row.name,
      industry: row.industry,
      employees: row.employees,
      annualRevenue: row.annual_revenue,
      countryCode: row.country_code?.trim() ?? null,
      regionId: row.region_id,
      postalCode: row.postal_code,
      potential: row.potential,
      history: {
        firstOrderDate: row.first_order,
        lastOrderDate: row.last_order,
        orders: row.orders,
        revenue: row.revenue,
        revenueByYear: revenueByYearOf(row.by_year),
        wonDeals: row.won,
        lostDeals: row.lost,
      },
      // Accounts have no free-attribute columns yet; rules use the named fields.
      attributes: {},
    })),
  };
}

/** "2024=1200.50,2025=300.00" → { "2024": "1200.50", "2025": "300.00" }. */
function revenueByYearOf(text: string | null): Record<string, string> {
  const byYear: Record<string, string> = {};
  for (const pair of text?.split(",") ?? []) {
    const at = pair.indexOf("=");
    byYear[pair.slice(0, at)] = pair.slice(at + 1);
  }
  return byYear;
}
