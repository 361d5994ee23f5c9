import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbPlan } from "./plan-arbitrary";
import { readPlanFile } from "./read-plan-file";
import { writePlanFile } from "./write-plan-file";

const PLAN = `key: ae-2025
name: AE 2025
version: 1
effectiveFrom: 2025-01-01
currency: EUR
period: quarter
quotaMeasure: bookings
tierTables:
  - name: AE tiers
    basis: attainment
    method: marginal
    tiers:
      - { from: 0, to: 1.00, rate: 0.050 }
      - { from: 1.00, to: null, rate: 8% }
components:
  - kind: commission
    name: Bookings
    measure: bookings
    rate: { kind: tiers, table: AE tiers }
    evaluation: cumulative
    reset: year
`;

describe("readPlanFile", () => {
  it("keeps unquoted YAML numbers as their source text: 0.050 stays 0.050, 1.00 stays 1.00, 8% is 0.08", () => {
    const result = readPlanFile(PLAN, "plan.yaml");
    expect(result.ok && result.plan.tierTables[0]?.tiers).toEqual([
      { from: "0", to: "1.00", rate: "0.050" },
      { from: "1.00", to: null, rate: "0.08" },
    ]);
    expect(result.ok && result.plan.version).toBe(1);
  });

  it("locates a value error at the value: 1e3 on line 14, column 39 (0-based offset 38)", () => {
    const result = readPlanFile(PLAN.replace("rate: 8%", "rate: 1e3"), "plan.yaml");
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ["tierTables", 0, "tiers", 1, "rate"],
          message: 'expected a decimal such as 0.05, got "1e3"',
          line: 14,
          column: 39,
        },
      ],
    });
  });

  it("locates an unknown key at the key, and a missing field at its parent", () => {
    const text = PLAN.replace("    reset: year\n", "    resett: year\n");
    expect(readPlanFile(text, "plan.yaml")).toEqual({
      ok: false,
      issues: [
        {
          path: ["components", 0, "reset"],
          message: "missing (expected one of month, quarter, year)",
          line: 16,
          column: 5,
        },
        {
          path: ["components", 0, "resett"],
          message: 'unknown key "resett" (did you mean "reset"?)',
          line: 21,
          column: 5,
        },
      ],
    });
  });

  it("locates a semantic issue: a gap between bands at band 2's from (line 14, column 17)", () => {
    const result = readPlanFile(
      PLAN.replace("{ from: 1.00, to: null", "{ from: 1.10, to: null"),
      "plan.yaml",
    );
    expect(result).toEqual({
      ok: false,
      issues: [
        {
          path: ["tierTables", 0, "tiers", 1, "from"],
          message:
            "tier table 'AE tiers': band 2 starts at 1.10 but band 1 ends at 1.00 — gap from 1.00 to 1.10",
          line: 14,
          column: 17,
        },
      ],
    });
  });

  it("reports YAML syntax errors by line and column, and a duplicate key", () => {
    expect(readPlanFile("key: a\nkey: b\n", "plan.yml")).toEqual({
      ok: false,
      issues: [{ path: [], message: "YAML syntax: Map keys must be unique", line: 2, column: 1 }],
    });
  });

  it("reads JSON (by extension or content) with numbers kept as written and issues located", () => {
    const json = writePlanFile((readPlanFile(PLAN, "plan.yaml") as { ok: true; plan: never }).plan, "json");
    const byExtension = readPlanFile(json, "plan.json");
    const byContent = readPlanFile(json, "plan.txt");
    expect(byExtension).toEqual(readPlanFile(PLAN, "plan.yaml"));
    expect(byContent).toEqual(byExtension);
    const bad = readPlanFile('{\n  "key": "k",\n  "version": 1.5\n}', "p.json");
    expect(bad.ok === false && bad.issues.find((i) => i.path[0] === "version")).toEqual({
      path: ["version"],
      message: 'expected a whole number, got "1.5"',
      line: 3,
      column: 14,
    });
  });

  it("refuses a key named __proto__ as an unknown key instead of changing the object's prototype", () => {
    const result = readPlanFile(`${PLAN}__proto__: { polluted: true }\n`, "plan.yaml");
    expect(result.ok === false && result.issues.map((i) => i.message)).toEqual(['unknown key "__proto__"']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("writePlanFile", () => {
  it("writes decimals unquoted (0.050, and the name 007), which read back as the same text", () => {
    const result = readPlanFile(PLAN.replace("name: AE 2025", 'name: "007"'), "plan.yaml");
    const yaml = writePlanFile((result as { ok: true; plan: never }).plan, "yaml");
    expect(yaml).toContain("rate: 0.050\n");
    expect(yaml).toContain("name: 007\n");
    expect(readPlanFile(yaml, "again.yaml")).toEqual(result);
  });

  it("round-trips every generated valid plan through YAML and JSON unchanged", () => {
    fc.assert(
      fc.property(arbPlan(), fc.constantFrom("yaml" as const, "json" as const), (plan, format) => {
        const back = readPlanFile(writePlanFile(plan, format), `plan.${format}`);
        expect(back).toEqual({ ok: true, plan });
      }),
      { numRuns: 150 },
    );
  });
});
