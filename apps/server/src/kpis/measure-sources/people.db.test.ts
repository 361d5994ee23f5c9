import { people, selectRows } from "@attain/db";
import { Decimal } from "decimal.js";
import fc from "fast-check";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture, q1Request, sumQ1Facts } from "../test-support/kpi-activity-fixture";
import { peopleSource } from "./people";

// Fixture people, 2026-Q1 (Jan 31, Feb 28, Mar 31 days), a day counted when hire ≤ day ≤ leave (last working day):
//   Ana AE all along: 1 + 1 + 1 = 3 · Ben AE hired 02-15: Feb 15..28 = 14/28 = 0.5, Mar 1 → 1.5
//   Sam SDR left 01-16: 16/31 = 0.516129032258… → 0.5161290323 · Cara CSM hired 03-17: 15/31 = 0.48387096774… → 0.4838709677
//   Mia manager: not counted. Seller-months 3 + 1.5 = 4.5; customer-facing 3 + 1.5 + 0.5161290323 + 0.4838709677 = 5.5
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });

describe("people measures", () => {
  it("facts: seller-months 4.5, customer-facing months 5.5 in Q1", async () => {
    const { database, fixture } = kpi;
    expect(await sumQ1Facts(database, peopleSource, fixture.workspaceId)).toEqual({
      seller_months: "4.5000000000",
      customer_facing_months: "5.5000000000",
    });
    expect(await sumQ1Facts(database, peopleSource, fixture.workspaceId, { months: null })).toEqual({
      seller_months: "4.5000000000",
      customer_facing_months: "5.5000000000",
    });
  });

  it("Ana and Sam: seller-months 3, customer-facing 3 + 0.5161290323 (facts and request)", async () => {
    const { database, fixture } = kpi;
    const { ana, sam } = fixture.people;
    const expected = { seller_months: "3.0000000000", customer_facing_months: "3.5161290323" };
    expect(await sumQ1Facts(database, peopleSource, fixture.workspaceId, { personIds: [ana, sam] })).toEqual(
      expected,
    );
    const request = q1Request(fixture.workspaceId, { personIds: [ana, sam] });
    expect(
      await peopleSource.computeDirect(database.db, request, ["seller_months", "customer_facing_months"]),
    ).toEqual(expected);
  });

  it("the full rebuild starts at the earliest hire (2024-01): Ana 12 × 1 in 2024; Sam nothing after January 2026", async () => {
    const { database, fixture } = kpi;
    const { ana, sam } = fixture.people;
    const rows = await selectRows<{ measure: string; month: string; person_id: string; value: string }>(
      database.db,
      sql`select measure, to_char(month, 'YYYY-MM') as month, person_id, value::text as value
          from (${peopleSource.factsQuery(fixture.workspaceId, null)}) f order by month`,
    );
    const ana2024 = rows.filter(
      (r) => r.person_id === ana && r.measure === "seller_months" && r.month < "2025",
    );
    expect(ana2024.map((r) => r.value)).toEqual(Array(12).fill("1.0000000000"));
    expect(rows[0]?.month).toBe("2024-01");
    expect(
      rows
        .filter((r) => r.person_id === sam)
        .map((r) => r.month)
        .at(-1),
    ).toBe("2026-01");
  });

  it("drill-down: one row per person, oldest hire first, months summing to 5.5", async () => {
    const { database, fixture } = kpi;
    const page = await peopleSource.listRows(
      database.db,
      q1Request(fixture.workspaceId),
      "customer_facing_months",
      {
        page: 1,
        pageSize: 10,
      },
    );
    expect(page.measureTotal).toBe("5.5000000000");
    expect(page.rows.map((r) => [r.person, r.job_role, r.months])).toEqual([
      ["Ana Seller", "ae", "3.0000000000"],
      ["Sam Prospector", "sdr", "0.5161290323"],
      ["Ben Seller", "ae", "1.5000000000"],
      ["Cara Success", "csm", "0.4838709677"],
    ]);
    expect(page.rows[1]).toMatchObject({ hire_date: "2024-01-01", leave_date: "2026-01-16" });
  });

  it("property: a seller's 2026 months equal Σ per month of round(days employed ÷ days of the month, 10)", async () => {
    const { database, fixture } = kpi;
    const [pat] = await database.db
      .insert(people)
      .values({
        workspaceId: fixture.workspaceId,
        externalId: `pat-${fixture.workspaceId}`,
        fullName: "Pat",
        jobRole: "ae",
      })
      .returning({ id: people.id });
    const dayMs = 86_400_000;
    const dayOf = (offset: number) =>
      new Date(Date.UTC(2025, 10, 1) + offset * dayMs).toISOString().slice(0, 10);
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 500 }),
        fc.option(fc.integer({ min: 0, max: 400 })),
        async (hireOffset, stay) => {
          const hireDate = dayOf(hireOffset);
          const leaveDate = stay === null ? null : dayOf(hireOffset + stay);
          await database.db.update(people).set({ hireDate, leaveDate }).where(eq(people.id, pat!.id));
          let expected = new Decimal(0);
          for (let month = 0; month < 12; month++) {
            const start = Date.UTC(2026, month, 1);
            const end = Date.UTC(2026, month + 1, 1);
            const from = Math.max(start, Date.parse(hireDate));
            const to = Math.min(end, leaveDate === null ? end : Date.parse(leaveDate) + dayMs);
            const days = Math.max(0, Math.round((to - from) / dayMs));
            expected = expected.plus(
              new Decimal(days)
                .div(Math.round((end - start) / dayMs))
                .toDecimalPlaces(10, Decimal.ROUND_HALF_UP),
            );
          }
          const [row] = await selectRows<{ value: string | null }>(
            database.db,
            sql`select sum(value)::text as value
                from (${peopleSource.factsQuery(fixture.workspaceId, { from: "2026-01-01", toExclusive: "2027-01-01" })}) f
                where f.person_id = ${pat!.id} and f.measure = 'seller_months'`,
          );
          expect(new Decimal(row?.value ?? 0).eq(expected), `${hireDate} → ${leaveDate}`).toBe(true);
        },
      ),
      { numRuns: 40 },
    );
    await database.db.delete(people).where(eq(people.id, pat!.id));
  });
});
