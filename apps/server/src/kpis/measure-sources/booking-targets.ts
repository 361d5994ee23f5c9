import { toUuidArray } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import { ApiError } from "../../http/problem";
import { drillPage } from "./drill-page";
import { monthWindow, rateOf } from "./request-filters";
import type { MeasureRequest, MeasureSourceModule } from "./types";

/**
 * Monthly bookings targets, converted at the month's rate and rounded to the cent. A fact's person is the target's
 * person, or null for the company's own target: the KPI core reads the company's for a workspace-wide scope and the
 * people's otherwise (`booking_target` in measures.ts).
 */
export const bookingTargetsSource: MeasureSourceModule = {
  source: "booking_targets",
  additive: ["booking_target"],
  factsQuery(workspaceId, months) {
    return sql`select 'booking_target'::text as measure, t.month, t.person_id, null::text as segment,
        null::uuid as product_id, null::text as channel, coalesce(sum(t.amount), 0) as value, count(*) as row_count
      from (${convertedTargets(workspaceId, monthWindow(sql`bt.month`, months))}) t
      group by t.month, t.person_id`;
  },
  direct: [],
  computeDirect: async () => ({}),
  async listRows(db, request, measure, page) {
    if (measure !== "booking_target")
      throw new ApiError(422, "Unknown measure", `No targets measure ${measure}.`);
    const rows = sql`select t.month::text as month, coalesce(p.full_name, 'Company') as person,
        t.original_amount::text as amount, t.currency, t.amount::text as "amountReporting",
        t.amount as measure_value, t.month as sort_key, t.id as sort_id
      from (${convertedTargets(request.workspaceId, periodWhere(request))}) t
      left join people p on p.id = t.person_id`;
    return drillPage(
      db,
      rows,
      [
        { key: "month", label: "Month", type: "date" },
        { key: "person", label: "Person", type: "text" },
        { key: "amount", label: "Amount", type: "currency" },
        { key: "currency", label: "Currency", type: "text" },
        { key: "amountReporting", label: "Amount (reporting)", type: "currency" },
      ],
      page,
    );
  },
};

function convertedTargets(workspaceId: string, where: SQL): SQL {
  const fx = rateOf(workspaceId, sql`bt.currency`, sql`bt.month`);
  return sql`select bt.id, bt.month, bt.person_id, bt.amount as original_amount, bt.currency,
      round(bt.amount * ${fx.rate}, 2) as amount
    from booking_targets bt ${fx.join}
    where bt.workspace_id = ${workspaceId} ${where}`;
}

/** The period's targets: the people's in scope, or the company's for the whole workspace. */
function periodWhere(request: MeasureRequest): SQL {
  const who = request.personIds
    ? sql`and bt.person_id = any(${toUuidArray(request.personIds)})`
    : sql`and bt.person_id is null`;
  return sql`and bt.month >= ${request.fromDay}::date and bt.month < ${request.toDayExclusive}::date ${who}`;
}
