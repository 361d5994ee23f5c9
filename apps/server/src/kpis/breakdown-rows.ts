import { type Db, selectRows, toUuidArray } from "@attain/db";
import type { DashboardDimension } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import type { MeasureRequest } from "./measure-sources";
import { teamMembers } from "./resolve-kpi-request";
import type { FactsGroup } from "./sum-kpi-facts";

/** One row of a breakdown: who or what it is, the request narrowed to it, and the fact groups it adds up. */
export type BreakdownRow = { id: string; label: string; request: MeasureRequest; groups: string[] };

/**
 * The rows a KPI is split into, each with its own request: people in scope (employed in the period), teams and
 * regions (their people in scope), the latest segmentation's segments, products, channels. `groups` are the values
 * of the facts column `group` that make the row (a team's people; a segment's label).
 */
export async function breakdownRows(
  db: Db,
  request: MeasureRequest,
  by: Exclude<DashboardDimension, "month">,
  asOf: string,
): Promise<{ group: FactsGroup; rows: BreakdownRow[] }> {
  const ws = request.workspaceId;
  const inScope = (ids: string[]) =>
    request.personIds === null ? ids : ids.filter((id) => request.personIds!.includes(id));
  if (by === "person") {
    const people = await selectRows<{ id: string; name: string }>(
      db,
      sql`select id, full_name as name from people where workspace_id = ${ws}
            and (hire_date is null or hire_date < ${request.toDayExclusive}::date)
            and (leave_date is null or leave_date >= ${request.fromDay}::date)
            ${request.personIds ? sql`and id = any(${toUuidArray(request.personIds)})` : sql``}
          order by full_name, id`,
    );
    return {
      group: "person_id",
      rows: people.map((p) => ({
        id: p.id,
        label: p.name,
        request: { ...request, personIds: [p.id] },
        groups: [p.id],
      })),
    };
  }
  if (by === "team" || by === "region") {
    const list = await selectRows<{ id: string; name: string }>(
      db,
      sql`select id, name from ${sql.raw(by === "team" ? "teams" : "regions")} where workspace_id = ${ws} order by name, id`,
    );
    const rows: BreakdownRow[] = [];
    for (const item of list) {
      const members = inScope(
        by === "team"
          ? await teamMembers(db, ws, item.id, asOf)
          : (
              await selectRows<{ id: string }>(
                db,
                sql`select id from people where workspace_id = ${ws} and region_id = ${item.id}::uuid`,
              )
            ).map((r) => r.id),
      ).sort();
      if (members.length > 0)
        rows.push({
          id: item.id,
          label: item.name,
          request: { ...request, personIds: members },
          groups: members,
        });
    }
    return { group: "person_id", rows };
  }
  const values = await selectRows<{ id: string; label: string }>(db, listOf(by, ws));
  const field = by === "segment" ? "segment" : by === "product" ? "productId" : "channel";
  return {
    group: by === "product" ? "product_id" : by,
    rows: values.map((v) => ({
      id: v.id,
      label: v.label,
      request: { ...request, [field]: v.id },
      groups: [v.id],
    })),
  };
}

function listOf(by: "segment" | "product" | "channel", ws: string): SQL {
  if (by === "product")
    return sql`select id::text as id, name as label from products where workspace_id = ${ws} order by name, id`;
  if (by === "segment")
    return sql`select distinct seg.segment as id, seg.segment as label from account_segments seg
      where seg.workspace_id = ${ws} and seg.segment is not null
        and seg.segmentation_id = (select s.id from segmentations s where s.workspace_id = ${ws}
                                   order by s.valid_from desc, s.created_at desc limit 1)
      order by 1`;
  return sql`select distinct channel as id, channel as label from kpi_monthly_facts
    where workspace_id = ${ws} and channel is not null order by 1`;
}
