import { describe, expect, it } from "vitest";
import { validatePlan } from "./validate-plan";
import { formulaNameFor } from "./validate-plan-component-reference";
import { withChange } from "./validate-plan-test-plan";

const issuesOf = (plan: unknown) => {
  const result = validatePlan(plan);
  return result.ok ? [] : result.issues;
};

describe("validatePlan: reserved component names", () => {
  it.each([
    ["clawback", "clawback lines"],
    ["payout", "payout lines (holds, holdbacks, draws)"],
  ])('rejects a component named "%s": the engine gives that name to %s', (name, usedBy) => {
    const plan = withChange((p) => {
      p.components[0] = { ...(p.components[0] as object), name } as never;
      p.components = p.components.map((c) => (c.kind === "formula" ? { ...c, formula: "0" } : c));
    });
    expect(issuesOf(plan)).toEqual([
      {
        path: ["components", 0, "name"],
        message: `component name "${name}" is reserved: the engine gives it to ${usedBy}, so this component's figures would be mixed with theirs — choose another name (e.g. "${name}_commission")`,
      },
    ]);
  });

  it('accepts "Clawback bonus" and "payouts": only the exact names are taken', () => {
    const plan = withChange((p) => {
      p.components.push({ kind: "formula", name: "Clawback bonus", formula: "0" });
      p.components.push({ kind: "formula", name: "payouts", formula: "0" });
    });
    expect(issuesOf(plan)).toEqual([]);
  });
});

describe("validatePlan: formulas reading a component whose name they cannot spell", () => {
  const hint =
    "component 'Q1 units' cannot be named in a formula (a name there is letters, digits, _ and ., not starting with a digit): rename it, e.g. to q1_units, and write component.q1_units";
  it.each([
    ["component.Q1 units * 2", 'Unexpected "units" (at character 14)'],
    ["component.Q1 * 2", "Unknown name: component.Q1 (at character 1)"],
    ["component.q1_units * 2", "Unknown name: component.q1_units (at character 1)"],
  ])("%s → the compile error, then the rename hint", (formula, error) => {
    const plan = withChange((p) => {
      p.components.push({ kind: "formula", name: "Late", formula });
    });
    expect(issuesOf(plan).map((i) => i.message)).toEqual([`${error} — ${hint}`]);
  });

  it("an unknown name unrelated to any component gets no hint", () => {
    const plan = withChange((p) => {
      p.components.push({ kind: "formula", name: "Late", formula: "component.Nope * 2" });
    });
    expect(issuesOf(plan).map((i) => i.message)).toEqual(["Unknown name: component.Nope (at character 1)"]);
  });

  it.each([
    ["Bookings commission", "bookings_commission"],
    ["Catch-up", "catch_up"],
    ["Objectifs (MBO)", "objectifs_mbo"],
    ["Période d’essai", "periode_d_essai"],
    ["2nd tier", "_2nd_tier"],
    ["***", "component"],
  ])("formulaNameFor(%j) = %j", (name, key) => {
    expect(formulaNameFor(name)).toBe(key);
  });
});
