import { describe, expect, it } from "vitest";
import { periodQuotas } from "./period-quotas";
import type { QuotaInput } from "./types";

const base = (over: Partial<QuotaInput>): QuotaInput => ({
  fiscalYear: 2025,
  calendar: { startMonth: 1, naming: "start" },
  quota: { annual: "120000" },
  seasonality: null,
  hireDate: null,
  leaveDate: null,
  proration: "days",
  ramp: null,
  periodKind: "month",
  ...over,
});

describe("review: proration with ramps and leavers", () => {
  it("leaver with a ramp, by days: 10,000/month, hired 2025-01-01, ramp 0.5 then 1, leaves 2025-03-10 → Jan 5,000.00, Feb 10,000.00, Mar 10,000 × 10/31 = 3,225.81, Apr 0.00", () => {
    const { quotas } = periodQuotas(
      base({ hireDate: "2025-01-01", leaveDate: "2025-03-10", ramp: ["0.5", "1"] }),
    );
    expect([quotas["2025-01"], quotas["2025-02"], quotas["2025-03"], quotas["2025-04"]]).toEqual([
      "5000.00",
      "10000.00",
      "3225.81",
      "0.00",
    ]);
  });

  it("hired mid-month with a ramp, by days: hired 2025-02-15, ramp 0.5 → 10,000 × 14/28 × 0.5 = 2,500.00 in February, March 10,000.00 (tenure month 2)", () => {
    const { quotas } = periodQuotas(base({ hireDate: "2025-02-15", ramp: ["0.5", "1"] }));
    expect([quotas["2025-01"], quotas["2025-02"], quotas["2025-03"]]).toEqual([
      "0.00",
      "2500.00",
      "10000.00",
    ]);
  });

  it("quarterly leaver with a ramp, by days: 30,000/quarter, hired 2025-01-01, ramp 0/0.5/1, leaves 2025-05-15 → Q1 10,000 × (0 + 0.5 + 1) = 15,000.00; Q2 10,000 × 1 + 10,000 × 15/31 = 14,838.71; Q3 0.00", () => {
    const { quotas } = periodQuotas(
      base({
        periodKind: "quarter",
        hireDate: "2025-01-01",
        leaveDate: "2025-05-15",
        ramp: ["0", "0.5", "1"],
      }),
    );
    expect([quotas["2025-Q1"], quotas["2025-Q2"], quotas["2025-Q3"]]).toEqual([
      "15000.00",
      "14838.71",
      "0.00",
    ]);
  });

  it("leaver on the last day of a month is a full month: leaves 2025-03-31 by days → March 10,000.00, April 0.00", () => {
    const { quotas } = periodQuotas(base({ leaveDate: "2025-03-31" }));
    expect([quotas["2025-03"], quotas["2025-04"]]).toEqual(["10000.00", "0.00"]);
  });

  it("DEFECT a ramp share above 1 (typo 1.5 for 15 %) must be rejected like a negative one, or proration exceeds the full quota: engine gives January 15,000.00 > 10,000.00", () => {
    expect(() => periodQuotas(base({ hireDate: "2025-01-01", ramp: ["1.5", "1"] }))).toThrow(/ramp/);
  });
});
