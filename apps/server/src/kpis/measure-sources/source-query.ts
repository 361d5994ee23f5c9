import { type Db, selectRows, toUuidArray } from "@attain/db";
import { measureDefinitions } from "@attain/engine";
import { type SQL, sql } from "drizzle-orm";
import type { MeasureRequest } from "./types";

/**
 * SQL pieces shared by the leads, traffic, activities, people, costs, feedback and evaluations sources: month and
 * period bounds, the person and channel filters, and the sum of a source's own facts for a request.
 */

export type FactMonths = { from: string; toExclusive: string } | null;

/** The first day of a month given as `YYYY-MM` or any day `YYYY-MM-DD` of it. */
export function monthStart(month: string): string {
  return `${month.slice(0, 7)}-01`;
}

/** `day` (a date expression) falls in the months [from, toExclusive), or always when `months` is null. */
export function inMonths(day: SQL, months: FactMonths): SQL {
  if (!months) return sql`true`;
  return sql`(${day} >= ${monthStart(months.from)}::date and ${day} < ${monthStart(months.toExclusive)}::date)`;
}

/** `day` (a date expression) falls in the request's days [fromDay, toDayExclusive). */
export function inPeriod(day: SQL, request: MeasureRequest): SQL {
  return sql`(${day} >= ${request.fromDay}::date and ${day} < ${request.toDayExclusive}::date)`;
}

/** `person` is one of the request's people, or always for the whole workspace. */
export function personIn(person: SQL, personIds: readonly string[] | null): SQL {
  if (!personIds) return sql`true`;
  if (personIds.length === 0) return sql`false`;
  return sql`${person} = any(${toUuidArray(personIds)})`;
}

/** `channel` equals the request's channel, or always without one. */
export function channelIs(channel: SQL, requested: string | null): SQL {
  return requested === null ? sql`true` : sql`${channel} = ${requested}`;
}

/** The dimensions a measure (or a family member, `evaluation_score_total.motivation`) honours. */
function dimensionsOf(measure: string): readonly string[] {
  const base = measure.split(".")[0];
  return measureDefinitions.find((d) => d.key === base)?.dimensions ?? [];
}

/**
 * Additive measures computed for a request straight from a source's fact SELECT (the same rows the facts table holds),
 * filtered by person and channel where the measure has that dimension. Periods are whole months, as the KPI core
 * resolves them. A measure without rows is "0".
 */
export async function sumFacts(
  db: Db,
  request: MeasureRequest,
  measures: readonly string[],
  factsQuery: (workspaceId: string, months: FactMonths) => SQL,
): Promise<Record<string, string>> {
  const values: Record<string, string> = {};
  if (measures.length === 0) return values;
  for (const measure of measures) values[measure] = "0";
  const facts = factsQuery(request.workspaceId, {
    from: request.fromDay,
    toExclusive: request.toDayExclusive,
  });
  const groups = new Map<string, string[]>();
  for (const measure of measures) {
    const dims = dimensionsOf(measure);
    const key = `${dims.includes("person")}:${dims.includes("channel")}`;
    groups.set(key, [...(groups.get(key) ?? []), measure]);
  }
  for (const [key, group] of groups) {
    const [byPerson, byChannel] = key.split(":").map((flag) => flag === "true");
    const rows = await selectRows<{ measure: string; value: string }>(
      db,
      sql`select f.measure, sum(f.value)::text as value
          from (${facts}) f
          where f.measure = any(${`{${group.join(",")}}`}::text[])
            and ${byPerson ? personIn(sql`f.person_id`, request.personIds) : sql`true`}
            and ${byChannel ? channelIs(sql`f.channel`, request.channel) : sql`true`}
          group by f.measure`,
    );
    for (const row of rows) values[row.measure] = row.value;
  }
  return values;
}
