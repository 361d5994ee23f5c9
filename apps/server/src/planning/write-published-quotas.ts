import { sql } from "drizzle-orm";
import { bookingTargets, compQuotas, type Db } from "@attain/db";
import { formatFiscalQuarter, sumAmounts } from "@attain/engine";
import type { ScenarioNode } from "./load-scenario-nodes";

const CHUNK = 1000;

/**
 * Writes a published plan's quotas where compensation and dashboards read them, for its fiscal year (inside the
 * publishing transaction): `booking_targets` per person and month and the company target per month (person null),
 * and `comp_quotas` per person and fiscal quarter, all with source "planning" — already ramped and prorated, so a
 * calculation run takes them as they are (compensation/calculation/adjust-quotas.ts). What it replaces, for the
 * year: the company targets, every target and comp quota (of the measure, any grain: year, quarter, month) of the
 * plan's people, and what an earlier published plan wrote for people no longer in it. Other people's imported
 * quotas stay.
 */
export async function writePublishedQuotas(
  db: Db,
  params: {
    workspaceId: string;
    fiscalYear: number;
    measure: string;
    currency: string;
    months: readonly string[];
    nodes: readonly ScenarioNode[];
  },
): Promise<{ bookingTargets: number; compQuotas: number }> {
  const { workspaceId, fiscalYear, measure, currency, months } = params;
  const people = params.nodes.filter((n) => n.kind === "person" && n.personId !== null);
  const personIds = `{${people.map((p) => p.personId).join(",")}}`;
  const firstDays = `{${months.map((m) => `${m}-01`).join(",")}}`;
  const quarterKeys = [1, 2, 3, 4].map((q) =>
    formatFiscalQuarter({ fiscalYear, quarter: q as 1 | 2 | 3 | 4 }),
  );
  const periodKeys = `{${[String(fiscalYear), ...quarterKeys, ...months].join(",")}}`;

  let targets: (typeof bookingTargets.$inferInsert)[] = [];
  if (measure === "bookings") {
    await db.execute(sql`
      delete from booking_targets
      where workspace_id = ${workspaceId} and month = any(${firstDays}::date[])
        and (person_id is null or source = 'planning' or person_id = any(${personIds}::uuid[]))`);
    const company = params.nodes.find((n) => n.kind === "company");
    targets = [
      ...(company ? [{ node: company, personId: null }] : []),
      ...people.map((node) => ({ node, personId: node.personId })),
    ].flatMap(({ node, personId }) =>
      node.months.map((amount, i) => ({
        workspaceId,
        personId,
        month: `${months[i]}-01`,
        amount,
        currency,
        source: "planning",
      })),
    );
    for (let i = 0; i < targets.length; i += CHUNK)
      await db.insert(bookingTargets).values(targets.slice(i, i + CHUNK));
  }

  await db.execute(sql`
    delete from comp_quotas
    where workspace_id = ${workspaceId} and measure = ${measure} and period_key = any(${periodKeys}::text[])
      and (source = 'planning' or person_id = any(${personIds}::uuid[]))`);
  const quotas = people.flatMap((node) =>
    quarterKeys.map((periodKey, q) => ({
      workspaceId,
      personId: node.personId!,
      measure,
      periodKey,
      amount: sumAmounts(node.months.slice(q * 3, q * 3 + 3)),
      currency,
      source: "planning",
    })),
  );
  for (let i = 0; i < quotas.length; i += CHUNK)
    await db.insert(compQuotas).values(quotas.slice(i, i + CHUNK));
  return { bookingTargets: targets.length, compQuotas: quotas.length };
}
