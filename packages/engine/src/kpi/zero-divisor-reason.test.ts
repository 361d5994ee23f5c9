import { describe, expect, it } from "vitest";
import { expandKpiFamilies, kpiCatalogue } from "./catalogue";
import { evaluateKpi } from "./evaluate-kpi";
import { kpiMeasures } from "./kpi-measures";

const kpis = [
  ...kpiCatalogue,
  ...expandKpiFamilies({
    stages: [{ key: "propose", label: "Propose" }],
    criteria: [{ key: "motivation", label: "Motivation" }],
  }),
];

// Every KPI that divides, with all its measures 0: the sentence a manager reads instead of a number.
const whenAllZero: Record<string, string> = {
  quota_attainment: "There is no target for the period, so there is no quota attainment.",
  revenue_per_rep: "No seller was employed in the period, so there is no revenue per rep.",
  sales_productivity: "No seller was employed in the period, so there is no sales productivity.",
  new_customer_revenue_share: "Nothing was booked in the period, so there is no revenue from new customers.",
  existing_customer_revenue_share:
    "Nothing was booked in the period, so there is no revenue from existing customers.",
  win_rate: "No deal was won in the period and no deal was lost in the period, so there is no win rate.",
  average_deal_size: "No deal was won in the period, so there is no average deal size.",
  sales_cycle: "No deal was won in the period, so there is no sales cycle.",
  pipeline_coverage: "The target is already met (or there is no target), so there is no pipeline coverage.",
  arpu: "There are no customers at the end of the period, so there is no ARPU.",
  logo_retention: "There were no customers at the start of the period, so there is no logo retention.",
  logo_churn: "There were no customers at the start of the period, so there is no logo churn.",
  net_revenue_retention:
    "There was no recurring revenue at the start of the period, so there is no net revenue retention.",
  revenue_churn:
    "There was no recurring revenue at the start of the period, so there is no gross revenue churn.",
  complaint_rate: "No customer was served in the period, so there is no complaint rate.",
  customer_satisfaction: "No rating was given in the period, so there is no customer satisfaction.",
  calls_per_rep: "No customer-facing person was employed in the period, so there is no calls per rep.",
  emails_per_rep: "No customer-facing person was employed in the period, so there is no emails per rep.",
  meetings_per_rep: "No customer-facing person was employed in the period, so there is no meetings per rep.",
  email_open_rate: "No email was sent in the period, so there is no email open rate.",
  email_reply_rate: "No email was sent in the period, so there is no email reply rate.",
  visitor_to_contact:
    "There were no website visitors in the period, so there is no visitor-to-contact conversion.",
  mql_to_sql_conversion: "No lead became an MQL in the period, so there is no MQL-to-SQL conversion.",
  lead_to_customer_conversion:
    "No lead was created in the period, so there is no lead-to-customer conversion.",
  lead_feedback_negative_share: "No rep feedback was logged, so there is no negative lead feedback.",
  gross_margin_rate: "No line of the period has a cost, so there is no gross margin rate.",
  cac: "No new customer was won in the period, so there is no customer acquisition cost.",
  cost_of_sales_ratio: "Nothing was booked in the period, so there is no cost of sales and marketing.",
  evaluation_overall: "No evaluation was submitted for the period, so there is no manager evaluation.",
  "stage_conversion.propose":
    "No deal closed in the period reached this stage, so there is no propose conversion.",
  "evaluation.motivation": "No evaluation was submitted for the period, so there is no motivation score.",
};

describe("zeroDivisorReason: each KPI's division by zero, in words", () => {
  it("the table lists exactly the KPIs that divide", () => {
    const dividing = kpis.filter((kpi) => kpi.formula.includes("/")).map((kpi) => kpi.key);
    expect(Object.keys(whenAllZero).sort()).toEqual(dividing.sort());
  });

  it.each(Object.entries(whenAllZero))("%s: %s", (key, message) => {
    const kpi = kpis.find((definition) => definition.key === key);
    if (kpi === undefined) throw new Error(key);
    const zeros = Object.fromEntries(kpiMeasures(kpi).map((measure) => [measure, "0"]));
    expect(evaluateKpi(kpi, zeros)).toMatchObject({
      value: null,
      reason: { code: "division_by_zero", message },
    });
  });

  it("KPIs that do not divide are 0 when their measures are, not a reason", () => {
    for (const kpi of kpis.filter((definition) => !definition.formula.includes("/"))) {
      const zeros = Object.fromEntries(kpiMeasures(kpi).map((measure) => [measure, "0"]));
      expect(evaluateKpi(kpi, zeros).value, kpi.key).toMatch(/^0(\.0+)?$/);
    }
  });
});
