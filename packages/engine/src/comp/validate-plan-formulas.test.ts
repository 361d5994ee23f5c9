import { describe, expect, it } from "vitest";
import type { PlanDefinition } from "./plan";
import { validatePlan } from "./validate-plan";
import { componentOf, withChange } from "./validate-plan-test-plan";

const issuesAfter = (change: (plan: PlanDefinition) => void) => {
  const result = validatePlan(withChange(change));
  return result.ok ? [] : result.issues;
};
const setFormula = (formula: string) => (p: PlanDefinition) => {
  componentOf(p, 6, "formula").formula = formula;
};
const FORMULA = ["components", 6, "formula"];

describe("validatePlan: formulas", () => {
  it("reports an unknown name with its position: 'quta' at character 12", () => {
    expect(issuesAfter(setFormula("bookings - quta"))).toEqual([
      { path: FORMULA, message: "Unknown name: quta (at character 12)" },
    ]);
  });

  it("reports division by zero found by the compiler: bookings / (1 - 1)", () => {
    expect(issuesAfter(setFormula("bookings / (1 - 1)"))).toEqual([
      { path: FORMULA, message: "Division by zero (at character 13)" },
    ]);
  });

  it("reports a circular reference between variables a → b → a", () => {
    const issues = issuesAfter((p) => {
      p.variables.push({ name: "a", formula: "b + 1" }, { name: "b", formula: "a * 2" });
    });
    expect(issues).toEqual([
      { path: ["variables", 2, "formula"], message: "Circular reference: a → b → a (at character 1)" },
    ]);
  });

  it("does not cascade: a formula using a broken variable is left until the variable is fixed", () => {
    const issues = issuesAfter((p) => {
      p.variables[0]!.formula = "quota - bokings";
    });
    // 'behind' uses 'gap', and Catch-up uses 'behind': only the root cause is reported.
    expect(issues).toEqual([
      { path: ["variables", 0, "formula"], message: "Unknown name: bokings (at character 9)" },
    ]);
  });

  it("reports a variable named like an input (quota)", () => {
    const issues = issuesAfter((p) => {
      p.variables.push({ name: "quota", formula: "1" });
    });
    expect(issues).toEqual([
      { path: ["variables", 2, "name"], message: "Variable quota has the same name as an input" },
    ]);
  });

  it("requires a gate formula to be true/false and a formula component to be a number", () => {
    const issues = issuesAfter((p) => {
      componentOf(p, 2, "attainment_bonus").gate = { formula: "attainment.ytd * 2" };
      componentOf(p, 6, "formula").formula = "behind";
    });
    expect(issues).toEqual([
      { path: ["components", 2, "gate", "formula"], message: "must give true or false, but gives a number" },
      { path: FORMULA, message: "must give a number, but gives true or false" },
    ]);
  });

  it("accepts a gate on attainment.ytd >= 1 and a formula on an earlier component's result", () => {
    expect(
      issuesAfter((p) => {
        componentOf(p, 2, "attainment_bonus").gate = { formula: "attainment.ytd >= 1" };
        componentOf(p, 6, "formula").formula =
          'component.Bookings * 0.1 + RATE("Product rates", "platform", "smb")';
      }),
    ).toEqual([]);
  });

  it("reports a formula reading a later component or itself (components run in plan order)", () => {
    const issues = issuesAfter((p) => {
      componentOf(p, 0, "commission").gate = { formula: "component.Team > 0" };
      const catchUp = componentOf(p, 6, "formula");
      catchUp.name = "CatchUp";
      catchUp.formula = "component.CatchUp + 1";
    });
    expect(issues).toEqual([
      {
        path: ["components", 0, "gate", "formula"],
        message:
          "component.Team is calculated after 'Bookings' (components run in plan order) — move 'Team' above it",
      },
      {
        path: FORMULA,
        message: "component.CatchUp is this component's own result — a component cannot use itself",
      },
    ]);
  });
});
