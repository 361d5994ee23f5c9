import { describe, expect, it } from "vitest";
import { calculatePayeePeriod } from "./calculate-payee-period";
import { credit, emptyPrior, flatCommission, inputFor, monthsOf, planWith } from "./test-fixtures";
import { validatePlan } from "./validate-plan";
import { makeTestPlan, withChange } from "./validate-plan-test-plan";

const messages = (result: ReturnType<typeof validatePlan>) =>
  result.ok ? [] : result.issues.map((i) => i.message);

describe("review: validatePlan", () => {
  it("the reference test plan is valid", () => {
    expect(validatePlan(makeTestPlan()).ok).toBe(true);
  });

  it('DEFECT RATE() on a one-key rate table is rejected when another table has two keys: RATE("Region rates", "emea") is a good formula (engine: wrong argument count)', () => {
    const plan = withChange((p) => {
      p.rateTables.push({
        name: "Region rates",
        keys: ["region"],
        rows: [{ match: { region: "*" }, rate: "0.01" }],
        defaultRate: null,
      });
      p.components.push({
        kind: "formula",
        name: "Region kicker",
        formula: 'bookings * RATE("Region rates", "emea")',
      });
    });
    expect(messages(validatePlan(plan))).toEqual([]);
  });

  it('DEFECT a component named "clawback" is accepted, yet clawback lines carry that component name: its earnedByComponent then includes the clawback (Feb: commission 0 but earnedByComponent.clawback −1,000), so a YTD cap or true-up of it reads the wrong figure', () => {
    const plan = planWith({
      components: [flatCommission("clawback", "0.10")],
      clawback: { windowDays: 90, method: "full", schedule: [] },
    });
    const validation = validatePlan(plan);
    const result = calculatePayeePeriod(
      inputFor(plan, {
        period: monthsOf(2025)[1],
        credits: [
          credit("d1", "2025-01-10", "10000"),
          credit("r1", "2025-02-10", "-10000", { reversalOf: "d1" }),
        ],
        prior: emptyPrior({ earnedByTransaction: { d1: "1000.00" } }),
      }),
    );
    // Either the name is reserved, or the component's own figure stays separate from the clawback's.
    expect(!validation.ok || result.earnedByComponent.clawback === "0.00").toBe(true);
  });

  it("rejects a negative flat rate, naming the component path", () => {
    const result = validatePlan(
      withChange((p) => {
        p.components[1] = { ...(p.components[1] as object), rate: { kind: "flat", rate: "-0.01" } } as never;
      }),
    );
    expect(result.ok ? [] : result.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["components.1.rate.rate", "rate must not be negative, got -0.01"],
    ]);
  });

  it("rejects a formula reading a later component, naming it", () => {
    const result = validatePlan(
      withChange((p) => {
        p.components.unshift({ kind: "formula", name: "Early", formula: "component.Bookings * 0.1" });
      }),
    );
    expect(messages(result).join("\n")).toMatch(/component\.Bookings/);
  });

  it("rejects a clawback window of 0 days (schema count ≥ 1)", () => {
    const result = validatePlan(
      withChange((p) => {
        p.clawback = { windowDays: 0, method: "full", schedule: [] };
      }),
    );
    expect(result.ok).toBe(false);
  });
});
