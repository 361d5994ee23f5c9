import { bookingTargets, type Db, orderLines, selectRows } from "@attain/db";
import { addMonths } from "@attain/engine";
import { type SQL, sql } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Viewer } from "../auth/viewer";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";
import { computeMeasureValues } from "./compute-measure-values";
import { evaluateKpiEntry } from "./evaluate-kpi-entry";
import { getKpiValues } from "./get-kpi-values";
import { loadWorkspaceKpis } from "./kpi-definitions";
import { factColumns, measureSources } from "./measure-sources";
import { resolveKpiRequest } from "./resolve-kpi-request";
import { createKpiSalesFixture } from "./test-support/kpi-sales-fixture";

const f = useSignedInFixture(createKpiSalesFixture);
const today = "2026-11-22";

const keys = [
  "bookings",
  "quota_attainment",
  "orders",
  "new_customers",
  "customers_served",
  "new_customer_revenue_share",
  "gross_margin_rate",
  "win_rate",
  "average_deal_size",
  "sales_cycle",
  "open_pipeline",
  "pipeline_coverage",
  "opportunities_created",
  "arr",
  "net_revenue_retention",
  "revenue_churn",
  "stage_conversion.qualify",
  "revenue_per_rep",
];

const day = fc.integer({ min: 0, max: 200 }).map((n) => addDays("2026-05-01", n));
const write = fc.oneof(
  fc.record({
    kind: fc.constant("insert_line" as const),
    owner: fc.nat(3),
    account: fc.nat(3),
    product: fc.nat(1),
    day,
    amount: fc.integer({ min: -500, max: 3000 }),
    gbp: fc.boolean(),
    cost: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    months: fc.option(fc.integer({ min: 1, max: 14 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant("move_line" as const),
    pick: fc.nat(50),
    day,
    owner: fc.nat(3),
    account: fc.nat(3),
  }),
  fc.record({ kind: fc.constant("delete_line" as const), pick: fc.nat(50) }),
  fc.record({
    kind: fc.constant("change_deal" as const),
    pick: fc.nat(4),
    status: fc.constantFrom("open", "won", "lost"),
    day,
    amount: fc.integer({ min: 0, max: 5000 }),
    owner: fc.nat(3),
    type: fc.constantFrom("new_business", "expansion"),
  }),
  fc.record({
    kind: fc.constant("target" as const),
    owner: fc.nat(4),
    month: fc.integer({ min: 5, max: 11 }),
    amount: fc.option(fc.integer({ min: 1, max: 5000 }), { nil: null }),
  }),
  fc.record({
    kind: fc.constant("rate" as const),
    month: fc.integer({ min: 6, max: 10 }),
    rate: fc.integer({ min: 80, max: 160 }),
  }),
);

type Write = typeof write extends fc.Arbitrary<infer T> ? T : never;

function addDays(start: string, n: number): string {
  const date = new Date(`${start}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

describe("KPI facts after random writes", () => {
  it("equal a recomputation from the raw rows, for the workspace and a manager's scope", async () => {
    const { db } = f.database;
    const { workspaceId, people, accounts, products, deals } = f.fixture;
    const owners = [people.ann, people.bob, people.cid, people.mia];
    const accountIds = [accounts.a1, accounts.a2, accounts.a3, accounts.a4];
    const productIds = [products.platform, products.services];
    const dealIds = [deals.d1, deals.d2, deals.d4, deals.d5];
    const admin = viewer(workspaceId, "admin", null);
    const manager = viewer(workspaceId, "manager", people.mia);
    let serial = 0;

    await fc.assert(
      fc.asyncProperty(fc.array(write, { minLength: 1, maxLength: 6 }), async (writes) => {
        for (const w of writes) await apply(db, w);
        for (const who of [admin, manager]) {
          const query = { keys, period: "2026-Q3", trend: true, compare: "previous_period" as const };
          const response = await getKpiValues(db, who, today, query);
          const expected = await recompute(db, who, query);
          expect(response.values.map((v) => [v.key, v.value, v.previous?.value, v.trend])).toEqual(expected);
        }
      }),
      { numRuns: 15 },
    );

    async function apply(db: Db, w: Write) {
      if (w.kind === "insert_line") {
        serial += 1;
        await db.insert(orderLines).values({
          workspaceId,
          externalId: `P${serial}-${workspaceId.slice(0, 8)}`,
          orderNumber: `SO-P${serial % 7}`,
          bookingDate: w.day,
          ownerId: owners[w.owner]!,
          accountId: accountIds[w.account]!,
          productId: productIds[w.product]!,
          amount: String(w.amount),
          currency: w.gbp ? "GBP" : "EUR",
          cost: w.cost === null ? null : String(w.cost),
          serviceStart: w.months === null ? null : w.day,
          serviceEnd: w.months === null ? null : addDays(addMonths(w.day, w.months), -1),
        });
      } else if (w.kind === "move_line" || w.kind === "delete_line") {
        const lines = await selectRows<{ id: string }>(
          db,
          sql`select id from order_lines where workspace_id = ${workspaceId} order by external_id`,
        );
        const line = lines[w.pick % Math.max(lines.length, 1)];
        if (!line) return;
        if (w.kind === "delete_line") await db.execute(sql`delete from order_lines where id = ${line.id}`);
        else
          await db.execute(
            sql`update order_lines set booking_date = ${w.day}, owner_id = ${owners[w.owner]!},
                  account_id = ${accountIds[w.account]!} where id = ${line.id}`,
          );
      } else if (w.kind === "change_deal") {
        await db.execute(
          sql`update opportunities set status = ${w.status}, close_date = ${w.day}, amount = ${String(w.amount)},
                owner_id = ${owners[w.owner]!}, type = ${w.type}
              where id = ${dealIds[w.pick % dealIds.length]!}`,
        );
      } else if (w.kind === "target") {
        const month = `2026-${String(w.month).padStart(2, "0")}-01`;
        const personId = w.owner === 4 ? null : owners[w.owner]!;
        const who = personId === null ? sql`person_id is null` : sql`person_id = ${personId}`;
        await db.execute(
          sql`delete from booking_targets where workspace_id = ${workspaceId} and month = ${month} and ${who}`,
        );
        if (w.amount !== null)
          await db
            .insert(bookingTargets)
            .values({ workspaceId, personId, month, amount: String(w.amount), currency: "EUR" });
      } else {
        const month = `2026-${String(w.month).padStart(2, "0")}-01`;
        await db.execute(
          sql`insert into exchange_rates (workspace_id, currency, month, rate)
              values (${workspaceId}, 'GBP', ${month}, ${(w.rate / 100).toFixed(2)})
              on conflict (workspace_id, currency, month) do update set rate = excluded.rate`,
        );
      }
    }
  }, 600_000);
});

/** The same answer computed without `kpi_monthly_facts`: every source's facts query run over the rows as they are. */
async function recompute(db: Db, who: Viewer, query: { keys: string[]; period: string }) {
  const resolved = await resolveKpiRequest(db, who, today, query);
  const { kpis } = await loadWorkspaceKpis(db, who.workspaceId);
  const { request } = resolved;
  const columns = sql.raw(factColumns.join(", "));
  const raw: SQL = sql`(${sql.join(
    measureSources
      .filter((s) => s.additive.length > 0)
      .map(
        (s) =>
          sql`select ${request.workspaceId}::uuid as workspace_id, ${columns} from (${s.factsQuery(request.workspaceId, null)}) q`,
      ),
    sql` union all `,
  )})`;
  const period = { fromDay: request.fromDay, toDayExclusive: request.toDayExclusive };
  const previous = { fromDay: addMonths(period.fromDay, -3), toDayExclusive: period.fromDay };
  const trend: { fromDay: string; toDayExclusive: string }[] = [];
  for (let d = addMonths(period.fromDay, -6); d < period.toDayExclusive; d = addMonths(d, 1))
    trend.push({ fromDay: d, toDayExclusive: addMonths(d, 1) });
  const entries = query.keys.map((k) => kpis.get(k)!);
  const measures = [...new Set(entries.flatMap((e) => [...e.measures, ...e.targetMeasures]))];
  const values = await computeMeasureValues(db, request, measures, [period, previous, ...trend], raw);
  return entries.map((e) => [
    e.definition.key,
    evaluateKpiEntry(e, values[0]!, request).value,
    evaluateKpiEntry(e, values[1]!, { ...request, ...previous }).value,
    trend.map((w, i) => ({
      month: w.fromDay.slice(0, 7),
      value: evaluateKpiEntry(e, values[2 + i]!, { ...request, ...w }).value,
    })),
  ]);
}

function viewer(workspaceId: string, role: Viewer["role"], personId: string | null): Viewer {
  return {
    userId: "00000000-0000-0000-0000-000000000001",
    email: "property@attain.test",
    displayName: "Property",
    role,
    locale: "en",
    personId,
    workspaceId,
    sessionId: "property",
  };
}
