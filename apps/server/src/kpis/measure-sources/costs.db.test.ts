import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture, q1Request, sumQ1Facts } from "../test-support/kpi-activity-fixture";
import { costsSource } from "./costs";

// Fixture costs (EUR reporting; GBP 1.1700 in February only), 2026-Q1:
//   sales      Jan 10,000.00 EUR + Feb 5,000.00 GBP × 1.17 = 5,850.00 → 15,850.00   (Apr 999 EUR: out)
//   marketing  Jan paid_search 2,000.00 EUR + Feb events 333.33 GBP × 1.17 = 389.9961 → 390.00 + Mar (no channel)
//              1,000.00 EUR = 3,390.00; Mar events 100.00 GBP has no March rate: left out
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });

describe("cost measures", () => {
  it("facts: cost of sales 15,850.00, marketing 3,390.00; events 390.00, paid search 2,000.00", async () => {
    const { database, fixture } = kpi;
    const ws = fixture.workspaceId;
    expect(await sumQ1Facts(database, costsSource, ws)).toEqual({
      sales_cost: "15850.00",
      marketing_cost: "3390.00",
    });
    expect(await sumQ1Facts(database, costsSource, ws, { months: null })).toEqual({
      sales_cost: "15850.00",
      marketing_cost: "3390.00",
    });
    expect(await sumQ1Facts(database, costsSource, ws, { channel: "events" })).toEqual({
      marketing_cost: "390.00",
    });
    expect(await sumQ1Facts(database, costsSource, ws, { channel: "paid_search" })).toEqual({
      marketing_cost: "2000.00",
    });
  });

  it("computed for a request: the channel narrows marketing cost, not cost of sales", async () => {
    const { database, fixture } = kpi;
    const request = q1Request(fixture.workspaceId, { channel: "events" });
    expect(await costsSource.computeDirect(database.db, request, ["sales_cost", "marketing_cost"])).toEqual({
      sales_cost: "15850.00",
      marketing_cost: "390.00",
    });
  });

  it("drill-down: marketing lines oldest first; the unconverted line shows no reporting amount; total 3,390.00", async () => {
    const { database, fixture } = kpi;
    const page = await costsSource.listRows(database.db, q1Request(fixture.workspaceId), "marketing_cost", {
      page: 1,
      pageSize: 10,
    });
    expect(page.measureTotal).toBe("3390.00");
    expect(page.totalRows).toBe(4);
    const rows = page.rows.map((r) => [r.month, r.channel, r.amount, r.currency, r.reporting_amount]);
    expect(rows).toHaveLength(4);
    expect(rows.slice(0, 2)).toEqual([
      ["2026-01-01", "paid_search", "2000.00", "EUR", "2000.00"],
      ["2026-02-01", "events", "333.33", "GBP", "390.00"],
    ]);
    expect(rows.slice(2)).toEqual(
      expect.arrayContaining([
        ["2026-03-01", null, "1000.00", "EUR", "1000.00"],
        ["2026-03-01", "events", "100.00", "GBP", null],
      ]),
    );
  });
});
