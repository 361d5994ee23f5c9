import { type Db, selectRows, toUuidArray } from "@attain/db";
import { type SQL, sql } from "drizzle-orm";
import { measureOf } from "./kpi-definitions";
import type { MeasureRequest } from "./measure-sources";

/** A breakdown's split of the facts: by one of their dimension columns. */
export type FactsGroup = "person_id" | "segment" | "product_id" | "channel";

export type FactSum = { measure: string; month: string; group: string | null; value: string };

/** Measures the company's own rows stand for when the scope is the whole workspace (person_id null). */
const companyLevel = new Set(["booking_target"]);

/**
 * Sums the facts of additive measures per measure and month (and `group`) over [fromDay, toDayExclusive) of
 * `request`, applying to each measure only the filters its dimensions allow. One query per distinct set of filters
 * (usually one), each an indexed range read of `kpi_monthly_facts`.
 */
export async function sumKpiFacts(
  db: Db,
  request: MeasureRequest,
  measures: readonly string[],
  group: FactsGroup | null,
  /** Where the facts are read from: `kpi_monthly_facts`, or (tests) the sources' facts queries straight off the rows. */
  facts: SQL = sql`kpi_monthly_facts`,
): Promise<FactSum[]> {
  const bySignature = new Map<string, { conditions: SQL; measures: string[] }>();
  for (const measure of measures) {
    const { signature, conditions } = filtersFor(request, measure);
    const entry = bySignature.get(signature) ?? { conditions, measures: [] };
    entry.measures.push(measure);
    bySignature.set(signature, entry);
  }
  const groupColumn = group ? sql.raw(`f.${group}::text`) : sql`null::text`;
  const results = await Promise.all(
    [...bySignature.values()].map((entry) =>
      selectRows<{ measure: string; month: string; grp: string | null; value: string }>(
        db,
        sql`select f.measure, to_char(f.month, 'YYYY-MM') as month, ${groupColumn} as grp, sum(f.value)::text as value
            from ${facts} f
            where f.workspace_id = ${request.workspaceId}
              and f.measure = any(${`{${entry.measures.join(",")}}`}::text[])
              and f.month >= ${request.fromDay}::date and f.month < ${request.toDayExclusive}::date
              ${entry.conditions}
            group by 1, 2, 3`,
      ),
    ),
  );
  return results.flat().map((r) => ({ measure: r.measure, month: r.month, group: r.grp, value: r.value }));
}

function filtersFor(request: MeasureRequest, measure: string): { signature: string; conditions: SQL } {
  const dims = measureOf(measure)?.dimensions ?? [];
  const parts: SQL[] = [];
  const signature: string[] = [];
  if (dims.includes("person")) {
    if (request.personIds) {
      parts.push(sql`and f.person_id = any(${toUuidArray(request.personIds)})`);
      signature.push("person");
    } else if (companyLevel.has(measure)) {
      parts.push(sql`and f.person_id is null`);
      signature.push("company");
    }
  }
  if (dims.includes("segment") && request.segment !== null) {
    parts.push(sql`and f.segment = ${request.segment}`);
    signature.push("segment");
  }
  if (dims.includes("product") && request.productId !== null) {
    parts.push(sql`and f.product_id = ${request.productId}::uuid`);
    signature.push("product");
  }
  if (dims.includes("channel") && request.channel !== null) {
    parts.push(sql`and f.channel = ${request.channel}`);
    signature.push("channel");
  }
  return { signature: signature.join(","), conditions: sql.join(parts, sql` `) };
}
