import { describe, expect, it } from "vitest";
import type { Assumptions } from "../../api/planning-types";
import { readAssumptionsForm, stepHasIssues, toAssumptionsForm } from "./assumptions-form";

// 4 × 0.083334 + 8 × 0.083333 = 0.333336 + 0.666664 = 1
const twelfths = [
  ...Array.from({ length: 4 }, () => "0.083334"),
  ...Array.from({ length: 8 }, () => "0.083333"),
];
const base: Assumptions = {
  target: { annual: "54000000", seasonality: { source: "history", weights: twelfths } },
  allocation: {
    weights: { history: "0.6", potential: "0", pipeline: "0.1", capacity: "0.3" },
    overAssignment: { region: "1", team: "1", person: "1.1" },
    unit: "1000",
    locked: { "team:x": "100000" },
  },
  people: { proration: "months", ramp: { kind: "share", values: ["0", "0.25", "0.5", "0.75", "1"] } },
  capacity: {
    productivity: "150000",
    utilisation: "0.85",
    attrition: "0.15",
    hiringLeadMonths: 3,
    potentialCapture: "0.1",
  },
  transfers: [],
  fairness: { draws: 2000, seed: 42, threshold: "0.7" },
};

describe("assumptions form", () => {
  it("shows person over-assignment 1.1 as 110% and the ramp as 0/25/50/75/100", () => {
    const form = toAssumptionsForm(base);
    expect(form.overAssignment.person).toBe("110");
    expect(form.ramp).toEqual(["0", "25", "50", "75", "100"]);
    expect(form.weights.history).toBe("60");
  });

  it("unchanged form → the same assumptions, no issues", () => {
    const { assumptions, issues } = readAssumptionsForm(toAssumptionsForm(base), base, "en");
    expect(issues).toEqual({});
    expect(assumptions).toEqual(base);
  });

  it("person over-assignment typed 120 → 1.2; target typed 60,000,000 → 60000000", () => {
    const form = { ...toAssumptionsForm(base), target: "60,000,000" };
    form.overAssignment = { ...form.overAssignment, person: "120" };
    const { assumptions, issues } = readAssumptionsForm(form, base, "en");
    expect(issues).toEqual({});
    expect(assumptions.allocation.overAssignment.person).toBe("1.2");
    expect(assumptions.target.annual).toBe("60000000");
  });

  it("entered seasonality 4 × 8.3334 + 8 × 8.3333 = 100 is accepted; February at 9 (sum 100.6667) is not", () => {
    const form = { ...toAssumptionsForm(base), seasonalitySource: "entered" as const };
    expect(readAssumptionsForm(form, base, "en").issues).toEqual({});
    const off = { ...form, seasonality: form.seasonality.map((w, i) => (i === 1 ? "9" : w)) };
    expect(readAssumptionsForm(off, base, "en").issues).toEqual({ seasonality: "seasonality_not_100" });
  });

  it("weights 0/0/0/0 → weights_zero (step 2 blocked)", () => {
    const form = {
      ...toAssumptionsForm(base),
      weights: { history: "0", potential: "0", pipeline: "0", capacity: "0" },
    };
    const { issues } = readAssumptionsForm(form, base, "en");
    expect(issues).toEqual({ weights: "weights_zero" });
    expect(stepHasIssues(issues, 1)).toBe(true);
    expect(stepHasIssues(issues, 0)).toBe(false);
  });

  it("over-assignment 40% and 310% are out of 50–300%; unit 0 is not > 0; ramp 120% is over 100", () => {
    const form = toAssumptionsForm(base);
    const { issues } = readAssumptionsForm(
      {
        ...form,
        overAssignment: { region: "40", team: "100", person: "310" },
        unit: "0",
        ramp: ["50", "120"],
      },
      base,
      "en",
    );
    expect(issues).toEqual({
      "overAssignment.region": "over_assignment_range",
      "overAssignment.person": "over_assignment_range",
      unit: "unit_not_positive",
      "ramp.1": "ramp_over_100",
    });
  });

  it("a negative target is refused; an empty one is required", () => {
    const form = toAssumptionsForm(base);
    expect(readAssumptionsForm({ ...form, target: "-1" }, base, "en").issues).toEqual({ target: "negative" });
    expect(readAssumptionsForm({ ...form, target: "" }, base, "en").issues).toEqual({ target: "required" });
  });
});
