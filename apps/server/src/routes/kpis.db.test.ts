import { kpiCatalogue } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { createKpiSalesFixture } from "../kpis/test-support/kpi-sales-fixture";
import { createTestWorkspace } from "../test-support/create-test-workspace";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";

const f = useSignedInFixture(async (database) => {
  const sales = await createKpiSalesFixture(database);
  const empty = await createTestWorkspace(database, { slug: "kpi-empty", name: "Empty Co" });
  const emptyAdmin = await empty.user("admin", "admin", null);
  return { ...sales, emails: { ...sales.emails, emptyAdmin } };
});

describe("KPI routes", () => {
  it("an empty workspace: every ratio has no value and a reason, nothing is NaN or Infinity", async () => {
    const client = await f.signedIn("emptyAdmin");
    const keys = kpiCatalogue.map((k) => k.key);
    const response = await client.get(
      `/api/kpis/values?period=2026-Q3&compare=previous_year&trend=true&keys=${keys}`,
    );
    expect(response.status).toBe(200);
    const text = await response.clone().text();
    expect(text).not.toMatch(/NaN|Infinity/);
    const body = await response.json();
    expect(body.values).toHaveLength(keys.length);
    for (const v of body.values as { key: string; value: string | null; reason: unknown }[]) {
      const kpi = kpiCatalogue.find((k) => k.key === v.key)!;
      if (kpi.formula.includes("/"))
        expect({ key: v.key, value: v.value }).toEqual({ key: v.key, value: null });
      if (v.value === null) expect(v.reason, v.key).not.toBeNull();
      else expect(v.value, v.key).toMatch(/^0(\.0+)?$/);
    }
    const winRate = body.values.find((v: { key: string }) => v.key === "win_rate");
    expect(winRate.reason.code).toBe("division_by_zero");
  });

  it("drill-down: the rows' total equals the tile, and pages are stable", async () => {
    const client = await f.signedIn("admin");
    const tile = await (await client.get("/api/kpis/values?period=2026-Q3&keys=bookings,arr")).json();
    const first = await (
      await client.get("/api/kpis/rows?period=2026-Q3&key=bookings&page=1&pageSize=2")
    ).json();
    expect(first.measure).toBe("net_bookings");
    expect(first.measureTotal).toBe("1675.00");
    expect(first.measureTotal).toBe(tile.values[0].value);
    expect(first.totalRows).toBe(4);
    const second = await (
      await client.get("/api/kpis/rows?period=2026-Q3&key=bookings&page=2&pageSize=2")
    ).json();
    const again = await (
      await client.get("/api/kpis/rows?period=2026-Q3&key=bookings&page=2&pageSize=2")
    ).json();
    expect(again.rows).toEqual(second.rows);
    const dates = [...first.rows, ...second.rows].map((r: { bookingDate: string }) => r.bookingDate);
    expect(dates).toEqual(["2026-07-10", "2026-08-20", "2026-09-01", "2026-09-05"]);
    const arr = await (await client.get("/api/kpis/rows?period=2026-Q3&key=arr")).json();
    expect(arr.measureTotal).toBe("2470.00");
    expect(arr.measureTotal).toBe(tile.values[1].value);
    const month = await (await client.get("/api/kpis/rows?period=2026-Q3&key=bookings&month=2026-08")).json();
    expect(month.measureTotal).toBe("575.00");
  });

  it("breakdown by person: best first, and the total", async () => {
    const client = await f.signedIn("admin");
    const body = await (await client.get("/api/kpis/breakdown?period=2026-Q3&key=bookings&by=person")).json();
    expect(body.rows.map((r: { label: string; value: string }) => [r.label, r.value])).toEqual([
      ["Ann Seller", "800.00"],
      ["Bob Seller", "575.00"],
      ["Cid Seller", "300.00"],
      ["Mia Manager", "0.00"],
    ]);
    expect(body.rows[0].target).toBe("1500.00");
    expect(body.total.value).toBe("1675.00");
    const months = await (
      await client.get("/api/kpis/breakdown?period=2026-Q3&key=bookings&by=month")
    ).json();
    expect(months.rows.map((r: { id: string; value: string }) => [r.id, r.value])).toEqual([
      ["2026-07", "1000.00"],
      ["2026-08", "575.00"],
      ["2026-09", "100.00"],
    ]);
  });

  it("stage funnel of the deals closed in the period", async () => {
    const client = await f.signedIn("admin");
    const body = await (await client.get("/api/kpis/funnel?period=2026-Q3&funnel=stages")).json();
    expect(
      body.steps.map((s: { key: string; count: number; conversion: string | null }) => [
        s.key,
        s.count,
        s.conversion,
      ]),
    ).toEqual([
      ["qualify", 4, null],
      ["propose", 3, "0.7500"],
      ["negotiate", 2, "0.6667"],
      ["won", 3, "1.5000"],
    ]);
  });

  it("the catalogue lists the workspace's stage families", async () => {
    const client = await f.signedIn("rep");
    const body = await (await client.get("/api/kpis/catalogue")).json();
    const keys = body.kpis.map((k: { key: string }) => k.key);
    expect(keys).toContain("stage_conversion.qualify");
    expect(keys).toContain("stage_conversion.propose");
    expect(keys).not.toContain("stage_conversion.negotiate");
  });

  it("custom KPIs: saved, used in values, an invalid formula refused naming the field", async () => {
    const client = await f.signedIn("admin");
    const bad = await client.post("/api/kpis/custom", {
      name: "Bad",
      formula: "net_bookings / dealz_won",
      unit: "currency",
    });
    expect(bad.status).toBe(422);
    const problem = await bad.json();
    expect(problem.errors[0].path).toBe("formula");
    expect(problem.errors[0].message).toContain("dealz_won");

    const created = await client.post("/api/kpis/custom", {
      name: "Bookings per won deal",
      formula: "net_bookings / deals_won",
      unit: "currency",
      direction: "up",
    });
    expect(created.status).toBe(201);
    const kpi = await created.json();
    expect(kpi.key).toBe("custom.bookings_per_won_deal");
    const taken = await client.post("/api/kpis/custom", {
      key: "custom.bookings_per_won_deal",
      name: "Again",
      formula: "net_bookings",
      unit: "currency",
    });
    expect(taken.status).toBe(422);
    expect((await taken.json()).errors[0].path).toBe("key");

    // 1,675 ÷ 3 won deals
    const values = await (await client.get(`/api/kpis/values?period=2026-Q3&keys=${kpi.key}`)).json();
    expect(values.values[0].value).toBe("558.33");

    const check = await (await client.post("/api/kpis/custom/check", { formula: "net_bookings +" })).json();
    expect(check.ok).toBe(false);
    expect((await client.request("DELETE", `/api/kpis/custom/${kpi.key}`)).status).toBe(204);
    expect((await client.request("DELETE", `/api/kpis/custom/${kpi.key}`)).status).toBe(404);

    const rep = await f.signedIn("rep");
    expect(
      (await rep.post("/api/kpis/custom", { name: "X", formula: "net_bookings", unit: "currency" })).status,
    ).toBe(403);
  });

  it("an unknown KPI key is a 400 naming keys", async () => {
    const client = await f.signedIn("admin");
    const response = await client.get("/api/kpis/values?keys=bookings,nope");
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("keys");
  });
});
