import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";
import { createKpiSalesFixture } from "./test-support/kpi-sales-fixture";

const f = useSignedInFixture(createKpiSalesFixture);

async function values(who: "admin" | "manager" | "rep", keys: string[], extra = "") {
  const client = await f.signedIn(who);
  const response = await client.get(`/api/kpis/values?period=2026-Q3&keys=${keys.join(",")}${extra}`);
  expect(response.status, await response.clone().text()).toBe(200);
  const body = await response.json();
  return Object.fromEntries(body.values.map((v: { key: string }) => [v.key, v])) as Record<
    string,
    {
      value: string | null;
      target: string | null;
      attainment: string | null;
      reason: { code: string } | null;
    }
  >;
}

const figures = (byKey: Record<string, { value: string | null }>) =>
  Object.fromEntries(Object.entries(byKey).map(([key, v]) => [key, v.value]));

describe("sales KPIs of 2026-Q3, through GET /api/kpis/values", () => {
  it("for the whole workspace (admin)", async () => {
    const v = await values("admin", [
      "bookings",
      "quota_attainment",
      "orders",
      "new_customers",
      "customers_served",
      "new_customer_revenue_share",
      "existing_customer_revenue_share",
      "gross_margin",
      "gross_margin_rate",
      "win_rate",
      "average_deal_size",
      "sales_cycle",
      "open_pipeline",
      "pipeline_coverage",
      "opportunities_created",
      "arr",
      "arpu",
      "logo_retention",
      "logo_churn",
      "net_revenue_retention",
      "revenue_churn",
      "stage_conversion.qualify",
      "stage_conversion.propose",
      "revenue_per_rep",
      "sales_productivity",
    ]);
    expect(figures(v)).toEqual({
      // L1 1,000 + L2 500 GBP × 1.15 = 575 − L3 200 + L4 300 = 1,675
      bookings: "1675.00",
      // 1,675 ÷ the company's 3 × 3,000 = 9,000
      quota_attainment: "0.1861",
      // SO-L1 (July), SO-L2 (August), SO-L4 (September); the cancellation is not an order
      orders: "3",
      // A1 (first line L1) and A3 (L4); A2 first booked in 2025
      new_customers: "2",
      customers_served: "3",
      // new business: L1 1,000 − L3 200 + L4 300 = 1,100 ÷ 1,675; existing: L2 575 ÷ 1,675
      new_customer_revenue_share: "0.6567",
      existing_customer_revenue_share: "0.3433",
      // (1,000 − 400) + (300 − 100) = 800 over 1,300 of lines with a cost
      gross_margin: "800.00",
      gross_margin_rate: "0.6154",
      // won D1, D2, D5; lost D3
      win_rate: "0.7500",
      // (1,000 + 575 + 300) ÷ 3
      average_deal_size: "625.00",
      // (39 + 90 + 31) ÷ 3 = 53.33
      sales_cycle: "53.3",
      open_pipeline: "2000.00",
      // 2,000 ÷ (9,000 − 1,675)
      pipeline_coverage: "0.2730",
      // D3, D4, D5
      opportunities_created: "3",
      // on 09-30: A1 1,000 − 200, A2 575, A4 1,095
      arr: "2470.00",
      arpu: "823.33",
      // start (07-01): A2 730, A4 1,095; both still customers on 09-30
      logo_retention: "1.0000",
      logo_churn: "0.0000",
      // (575 + 1,095) ÷ 1,825
      net_revenue_retention: "0.9151",
      // A2 lost 730 − 575 = 155 ÷ 1,825
      revenue_churn: "0.0849",
      // closed in Q3: D1 and D5 reached Negotiate, D2 Propose (won), D3 Qualify (lost)
      "stage_conversion.qualify": "0.7500",
      "stage_conversion.propose": "1.0000",
      // three AEs for three months: 1,675 ÷ 9 seller-months × 3 months; 1,675 ÷ 9
      revenue_per_rep: "558.33",
      sales_productivity: "186.11",
    });
    expect(v.bookings?.target).toBe("9000.00");
    expect(v.bookings?.attainment).toBe("0.1861");
  });

  it("for a rep: their own figures only", async () => {
    const v = await values("rep", [
      "bookings",
      "win_rate",
      "arr",
      "customers_served",
      "pipeline_coverage",
      "cac",
      "marketing_visitors",
    ]);
    expect(figures(v)).toEqual({
      bookings: "800.00",
      win_rate: "0.5000",
      arr: "800.00",
      customers_served: "1",
      // no open deal; 1,500 − 800 = 700 still to book
      pipeline_coverage: "0.0000",
      cac: null,
      marketing_visitors: null,
    });
    // Ann's own targets: 3 × 500
    expect(v.bookings?.target).toBe("1500.00");
    expect(v.bookings?.attainment).toBe("0.5333");
    expect(v.cac?.reason?.code).toBe("not_applicable");
    expect(v.marketing_visitors?.reason?.code).toBe("not_applicable");
  });

  it("for a manager: their reporting tree", async () => {
    const v = await values("manager", ["bookings", "win_rate", "open_pipeline", "revenue_per_rep"]);
    expect(figures(v)).toEqual({
      bookings: "1375.00",
      win_rate: "0.6667",
      open_pipeline: "2000.00",
      // Ann and Bob: 6 seller-months (Mia is a manager), 1,375 ÷ 6 × 3
      revenue_per_rep: "687.50",
    });
    // Ann 1,500 + Bob 1,200
    expect(v.bookings?.target).toBe("2700.00");
  });

  it("narrows by team, region, segment and product", async () => {
    const { teamId, regionId, products } = f.fixture;
    expect((await values("admin", ["bookings"], `&teamId=${teamId}`)).bookings?.value).toBe("1375.00");
    expect((await values("admin", ["bookings"], `&regionId=${regionId}`)).bookings?.value).toBe("300.00");
    expect((await values("admin", ["bookings"], "&segment=SMB")).bookings?.value).toBe("875.00");
    expect((await values("admin", ["bookings"], `&productId=${products.services}`)).bookings?.value).toBe(
      "300.00",
    );
    const visitors = await values("admin", ["marketing_visitors"], `&productId=${products.services}`);
    expect(visitors.marketing_visitors).toMatchObject({ ignoredFilters: ["product"] });
  });

  it("refuses a person outside the caller's scope", async () => {
    const client = await f.signedIn("rep");
    const response = await client.get(`/api/kpis/values?keys=bookings&personId=${f.fixture.people.bob}`);
    expect(response.status).toBe(403);
  });
});
