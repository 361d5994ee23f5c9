import { Decimal } from "decimal.js";
import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../../test-support/use-signed-in-fixture";
import { createKpiActivityFixture } from "../test-support/kpi-activity-fixture";

// The KPIs built on the lead, traffic, activity, people, cost, feedback and evaluation measures, through the API, for
// 2026-Q1 of the fixture (kpi-activity-fixture.ts; the arithmetic of each measure is in its source's test):
//   calls 6, emails 5, meetings 2, opened 3, replied 1; customer-facing months 5.5; period months 3
//   visitors 1,800, new contacts 80; MQLs 4, SQLs 3, leads created 4, leads won 1
//   complaints 2, customers served 2 (Alpha, Beta), ratings 11 over 3, rep feedback 4 of which 2 negative
//   costs 15,850.00 + 3,390.00 = 19,240.00, new customers 2, net bookings 25,000.00
//   evaluations 2.097222222222 over 3; motivation 2.25 over 3
const kpi = useSignedInFixture(createKpiActivityFixture, { today: "2026-11-22" });

let admin: Awaited<ReturnType<typeof kpi.signedIn>> | undefined;

/** GET an /api/kpis route as the admin, with its query parameters; expects 200 and returns the body. */
async function read(route: string, query: Record<string, string>) {
  // One sign-in for the file: sign-ins are rate limited (10 a minute)
  admin ??= await kpi.signedIn("admin");
  const response = await admin.get(`/api/kpis/${route}?${new URLSearchParams(query)}`);
  expect(response.status).toBe(200);
  return response.json();
}

type Value = {
  key: string;
  value: string | null;
  reason: { code: string; message: string } | null;
  components: { measure: string; value: string }[];
};

async function values(keys: string[], query: Record<string, string> = { period: "2026-Q1" }) {
  const body = await read("values", { keys: keys.join(","), ...query });
  return Object.fromEntries(body.values.map((v: Value) => [v.key, v])) as Record<string, Value>;
}

describe("KPIs on activity, marketing, feedback, cost and evaluation measures", () => {
  it("activity: calls 6 ÷ 5.5 × 3 = 3.27, emails 5 ÷ 5.5 × 3 = 2.73, meetings 2 ÷ 5.5 × 3 = 1.09 per rep; open 3/5, reply 1/5", async () => {
    const found = await values([
      "calls_per_rep",
      "emails_per_rep",
      "meetings_per_rep",
      "email_open_rate",
      "email_reply_rate",
    ]);
    expect(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]))).toEqual({
      calls_per_rep: "3.27",
      emails_per_rep: "2.73",
      meetings_per_rep: "1.09",
      email_open_rate: "0.6000",
      email_reply_rate: "0.2000",
    });
  });

  it("marketing: visitors 1,800, contacts 80, 80 ÷ 1,800 = 0.0444; MQLs 4, SQLs 3, 3 ÷ 4 = 0.75, won 1 ÷ created 4 = 0.25", async () => {
    const found = await values([
      "marketing_visitors",
      "new_contacts",
      "visitor_to_contact",
      "mqls",
      "leads_passed_to_sales",
      "mql_to_sql_conversion",
      "lead_to_customer_conversion",
    ]);
    expect(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]))).toEqual({
      marketing_visitors: "1800",
      new_contacts: "80",
      visitor_to_contact: "0.0444",
      mqls: "4",
      leads_passed_to_sales: "3",
      mql_to_sql_conversion: "0.7500",
      lead_to_customer_conversion: "0.2500",
    });
  });

  it("quality and finance: complaints 2 ÷ 2 customers, ratings 11 ÷ 3 = 3.7, negative 2 ÷ 4, CAC 19,240 ÷ 2, 19,240 ÷ 25,000", async () => {
    const found = await values([
      "complaint_rate",
      "customer_satisfaction",
      "lead_feedback_negative_share",
      "cac",
      "cost_of_sales_ratio",
    ]);
    expect(Object.fromEntries(Object.entries(found).map(([k, v]) => [k, v.value]))).toEqual({
      complaint_rate: "1.0000",
      customer_satisfaction: "3.7",
      lead_feedback_negative_share: "0.5000",
      cac: "9620.00",
      cost_of_sales_ratio: "0.7696",
    });
  });

  it("evaluations: overall 2.097222222222 ÷ 3 = 0.6991, motivation 2.25 ÷ 3 = 0.75", async () => {
    const found = await values(["evaluation_overall", "evaluation.motivation"]);
    expect([found.evaluation_overall?.value, found["evaluation.motivation"]?.value]).toEqual([
      "0.6991",
      "0.7500",
    ]);
  });

  it("Ana's scope: 2 calls ÷ 3 customer-facing months × 3 = 2.00, emails 3 of which 2 opened; traffic is not hers", async () => {
    const found = await values(["calls_per_rep", "email_open_rate", "marketing_visitors"], {
      period: "2026-Q1",
      personId: kpi.fixture.people.ana,
    });
    expect(found.calls_per_rep?.value).toBe("2.00");
    expect(found.email_open_rate?.value).toBe("0.6667");
    expect([found.marketing_visitors?.value, found.marketing_visitors?.reason?.code]).toEqual([
      null,
      "not_applicable",
    ]);
  });

  it("no leads, no visitors, no customers in 2025-Q1: “—” with the reason", async () => {
    const found = await values(
      ["mql_to_sql_conversion", "visitor_to_contact", "complaint_rate", "lead_to_customer_conversion"],
      { period: "2025-Q1" },
    );
    for (const key of Object.keys(found)) {
      expect(found[key]?.value).toBeNull();
      expect(found[key]?.reason?.code).toBe("division_by_zero");
    }
    expect(found.visitor_to_contact?.reason?.message).toMatch(/no website visitors/i);
    expect(found.mql_to_sql_conversion?.reason?.message).toMatch(/no lead became an MQL/i);
    expect(found.complaint_rate?.reason?.message).toMatch(/no customer was served/i);
  });

  it("drill-down through the API: the rows of MQLs and of marketing cost total the figures", async () => {
    const rows = (query: { key: string; measure?: string }) => read("rows", { ...query, period: "2026-Q1" });
    const mqls = await rows({ key: "mqls" });
    expect([mqls.totalRows, mqls.measureTotal]).toEqual([4, "4"]);
    const cost = await rows({ key: "cac", measure: "marketing_cost" });
    expect(cost.measureTotal).toBe("3390.00");
  });

  it("every component of these KPIs drills into rows whose total is the component's value", async () => {
    const keys = [
      "calls_per_rep",
      "email_reply_rate",
      "visitor_to_contact",
      "mql_to_sql_conversion",
      "lead_to_customer_conversion",
      "customer_satisfaction",
      "lead_feedback_negative_share",
      "cac",
      "evaluation_overall",
      "evaluation.motivation",
    ];
    const found = await values(keys);
    const checked: string[] = [];
    for (const key of keys) {
      for (const component of found[key]?.components ?? []) {
        if (["period_months", "new_customers"].includes(component.measure)) continue;
        const page = await read("rows", { key, measure: component.measure, period: "2026-Q1" });
        expect(new Decimal(page.measureTotal).eq(component.value), `${key} ${component.measure}`).toBe(true);
        checked.push(`${component.measure}=${new Decimal(component.value).toFixed()}`);
      }
    }
    expect(checked).toEqual([
      "calls=6",
      "customer_facing_months=5.5",
      "emails_replied=1",
      "emails=5",
      "new_contacts=80",
      "visitors=1800",
      "sqls=3",
      "mqls=4",
      "leads_won=1",
      "leads_created=4",
      "rating_total=11",
      "rating_count=3",
      "negative_lead_feedback=2",
      "lead_feedback=4",
      "sales_cost=15850",
      "marketing_cost=3390",
      "evaluation_score_total=2.097222222222",
      "evaluation_score_count=3",
      "evaluation_score_total.motivation=2.25",
      "evaluation_score_count.motivation=3",
    ]);
  });

  it("MQLs by channel: paid search L1 + L2 = 2, events L3 + L4 = 2", async () => {
    const body = await read("breakdown", { key: "mqls", by: "channel", period: "2026-Q1" });
    expect(body.rows.map((r: { id: string; value: string }) => [r.id, r.value]).sort()).toEqual([
      ["events", "2"],
      ["paid_search", "2"],
    ]);
    expect(body.total.value).toBe("4");
  });
});
