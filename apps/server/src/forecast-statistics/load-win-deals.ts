import Decimal from "decimal.js";
import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { WinDeal } from "@attain/engine";
import type { StageSettings } from "./load-stage-settings";

export type ForecastMotion = "new_business" | "expansion_renewal";

/** A deal with what the model needs (`win`) and what the forecast shows and sums. */
export type LoadedDeal = {
  win: WinDeal;
  opportunityId: string;
  name: string;
  ownerId: string | null;
  ownerName: string | null;
  stage: string;
  status: "open" | "won" | "lost";
  motion: ForecastMotion;
  closeDate: string | null;
  amount: string | null;
  /** In the reporting currency at the close date's month (latest rate on or before it), to the cent; null: no rate. */
  reportingAmount: string | null;
};

type DealRow = {
  id: string;
  name: string;
  owner_id: string | null;
  account_id: string | null;
  currency: string;
  stage: string;
  status: "open" | "won" | "lost";
  type: string;
  source: string | null;
  amount: string | null;
  created_on: string | null;
  created_at: string;
  close_date: string | null;
};

type DealFacts = DealRow & {
  owner_name: string | null;
  industry: string | null;
  employees: number | null;
  reporting_amount: string | null;
};

/** Already to the cent: kept as it is (most deals are in the reporting currency; Decimal is the slow path). */
const CENTS = /^-?\d+\.\d\d$/;

/**
 * An amount in the reporting currency at the rate of the day's month (the latest on or before it), rounded half
 * away from zero to the cent, as PostgreSQL's round() does elsewhere; null when no rate applies.
 */
function reportingConverter(
  rates: { currency: string; month: string; rate: string }[],
  reportingCurrency: string,
) {
  const byCurrency = new Map<string, { month: string; rate: string }[]>();
  for (const rate of rates) {
    const list = byCurrency.get(rate.currency) ?? [];
    list.push(rate);
    byCurrency.set(rate.currency, list);
  }
  return (amount: string | null, currency: string, day: string): string | null => {
    if (amount === null) return null;
    if (currency === reportingCurrency)
      return CENTS.test(amount)
        ? amount
        : new Decimal(amount).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
    const month = `${day.slice(0, 7)}-01`;
    const list = byCurrency.get(currency) ?? [];
    let found: string | null = null;
    for (const rate of list) if (rate.month <= month) found = rate.rate;
    if (found === null) return null;
    return new Decimal(amount).times(found).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed(2);
  };
}

/**
 * The workspace's deals of the given statuses with their stage entries (open stages only, consecutive repeats
 * collapsed) — the raw material of training (closed) and scoring (open). `asOf` dates the conversion of deals
 * without a close date.
 */
export async function loadWinDeals(
  db: Db,
  params: {
    workspaceId: string;
    statuses: ("open" | "won" | "lost")[];
    asOf: string;
    stages: StageSettings;
    /** false: skip the stage history (scoring only needs closed deals' owners and outcomes). */
    withHistory?: boolean;
  },
): Promise<LoadedDeal[]> {
  const statuses = sql.join(
    params.statuses.map((status) => sql`${status}`),
    sql`, `,
  );
  // Names, accounts and rates are read apart and joined here: on PGlite the joined query was 10× slower.
  const [rows, owners, accounts, rates, workspace] = await Promise.all([
    selectRows<DealRow>(
      db,
      sql`select o.id, o.name, o.owner_id, o.account_id, o.stage, o.status, o.type, o.source, o.amount::text as amount,
            o.currency, o.created_on::text as created_on, o.created_at::date::text as created_at,
            o.close_date::text as close_date
          from opportunities o
          where o.workspace_id = ${params.workspaceId} and o.status in (${statuses})
          order by o.id`,
    ),
    selectRows<{ id: string; full_name: string }>(
      db,
      sql`select id, full_name from people where workspace_id = ${params.workspaceId}`,
    ),
    selectRows<{ id: string; industry: string | null; employees: number | null }>(
      db,
      sql`select id, industry, employees from accounts where workspace_id = ${params.workspaceId}`,
    ),
    selectRows<{ currency: string; month: string; rate: string }>(
      db,
      sql`select currency, month::text as month, rate::text as rate from exchange_rates
          where workspace_id = ${params.workspaceId} order by currency, month`,
    ),
    selectRows<{ reporting_currency: string }>(
      db,
      sql`select reporting_currency from workspaces where id = ${params.workspaceId}`,
    ),
  ]);
  const ownerNames = new Map(owners.map((row) => [row.id, row.full_name]));
  const accountsById = new Map(accounts.map((row) => [row.id, row]));
  const toReporting = reportingConverter(rates, workspace[0]?.reporting_currency ?? "EUR");
  const history =
    params.withHistory === false
      ? []
      : await selectRows<{ opportunity_id: string; stage: string; entered_on: string }>(
          db,
          sql`select h.opportunity_id, h.stage, h.entered_at::date::text as entered_on
        from opportunity_stage_history h
        join opportunities o on o.id = h.opportunity_id and o.workspace_id = h.workspace_id
        where h.workspace_id = ${params.workspaceId} and o.status in (${statuses})
        order by h.opportunity_id, h.entered_at, h.id`,
        );
  const entriesOf = new Map<string, { stage: string; enteredOn: string }[]>();
  for (const row of history) {
    const list = entriesOf.get(row.opportunity_id) ?? [];
    if (list[list.length - 1]?.stage !== row.stage)
      list.push({ stage: row.stage, enteredOn: row.entered_on });
    entriesOf.set(row.opportunity_id, list);
  }
  return rows.map((row) => {
    const account = row.account_id === null ? undefined : accountsById.get(row.account_id);
    return toLoadedDeal(
      {
        ...row,
        owner_name: row.owner_id === null ? null : (ownerNames.get(row.owner_id) ?? null),
        industry: account?.industry ?? null,
        employees: account?.employees ?? null,
        reporting_amount: toReporting(row.amount, row.currency, row.close_date ?? params.asOf),
      },
      entriesOf.get(row.id) ?? [],
      params.stages,
    );
  });
}

function toLoadedDeal(
  row: DealFacts,
  allEntries: { stage: string; enteredOn: string }[],
  stages: StageSettings,
): LoadedDeal {
  const createdOn = row.created_on ?? allEntries[0]?.enteredOn ?? row.created_at;
  const entries = allEntries.filter((entry) => stages.isOpen(entry.stage));
  if (row.status === "open" && entries[entries.length - 1]?.stage !== row.stage)
    entries.push({ stage: row.stage, enteredOn: allEntries[allEntries.length - 1]?.enteredOn ?? createdOn });
  // A closed deal with no open stage in its history still trains the model, as one state at creation.
  if (entries.length === 0) entries.push({ stage: "(none)", enteredOn: createdOn });
  const amount = row.amount === null ? null : Number(row.amount);
  return {
    win: {
      id: row.id,
      ownerId: row.owner_id,
      createdOn,
      closeDate: row.status === "open" ? null : (row.close_date ?? createdOn),
      won: row.status === "open" ? null : row.status === "won",
      amount: row.reporting_amount === null ? amount : Number(row.reporting_amount),
      stageEntries: entries,
      categorical: { type: row.type, source: row.source, industry: row.industry },
      numeric: { logEmployees: row.employees === null ? null : Math.log1p(Math.max(row.employees, 0)) },
    },
    opportunityId: row.id,
    name: row.name,
    ownerId: row.owner_id,
    ownerName: row.owner_name,
    stage: row.stage,
    status: row.status,
    motion: row.type === "new_business" ? "new_business" : "expansion_renewal",
    closeDate: row.close_date,
    amount: row.amount,
    reportingAmount: row.reporting_amount,
  };
}
