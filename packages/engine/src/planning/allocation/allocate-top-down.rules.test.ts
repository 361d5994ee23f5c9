import { describe, expect, it } from "vitest";
import { codesOf, issuesOf } from "../test-issues";
import type { AllocationInput } from "../types";
import { allocateTopDown } from "./allocate-top-down";
import { allocationExample } from "./allocation-example";

const run = (over: Partial<AllocationInput>) => allocateTopDown(allocationExample(over));
const annuals = (over: Partial<AllocationInput>) =>
  Object.fromEntries(run(over).nodes.map((n) => [n.id, n.annual]));
const zeroDrivers = { history: "0", potential: "0", pipeline: "0", capacity: "0" };

describe("allocateTopDown — locks, zero drivers, leavers", () => {
  it("Bob locked at 250,000: Ann carries the rest of Team A's 704,000 → 454,000; Bob's trace says locked", () => {
    const result = run({ locked: { "person:bob": "250000" } });
    const bob = result.nodes.find((n) => n.id === "person:bob");
    expect(annuals({ locked: { "person:bob": "250000" } })["person:ann"]).toBe("454000.00");
    expect(bob).toMatchObject({ annual: "250000.00", locked: true, share: "0.355114" });
    expect(bob?.trace[0]).toBe("locked at 250000.00");
  });

  it("West locked at 400,000 → East gets 600,000; its team and people follow (Team A's reps 660,000)", () => {
    const a = annuals({ locked: { "region:west": "400000" } });
    expect([a["region:east"], a["team:a"], a["region:west"], a["person:cy"]]).toEqual([
      "600000.00",
      "600000.00",
      "400000.00",
      "440000.00",
    ]);
  });

  it("locked children over the parent: Ann 500,000 + Bob 300,000 > Team A's 704,000 → locked_over_parent on team:a", () => {
    const issues = issuesOf(() => run({ locked: { "person:ann": "500000", "person:bob": "300000" } }));
    expect(issues).toEqual([
      {
        code: "locked_over_parent",
        message:
          "The locked children of team:a (Team A) sum to 800000.00, more than the 704000.00 they carry",
        nodeId: "team:a",
        field: "locked",
      },
    ]);
  });

  it("a driver every sibling has at 0 drops out: capacity 0 everywhere → history alone (East 400/600 → 667,000 of 1,000,000)", () => {
    const drivers = Object.fromEntries(
      Object.entries(allocationExample().drivers).map(([id, d]) => [id, { ...d, capacity: "0" }]),
    );
    const result = run({ drivers });
    expect(annuals({ drivers })["region:east"]).toBe("667000.00");
    expect(result.nodes.find((n) => n.id === "person:ann")?.trace[0]).toContain(
      "(capacity dropped: 0 for every sibling)",
    );
  });

  it("all drivers 0 → even split (East and West 500,000 each) and a warning per parent split evenly", () => {
    const drivers = { "person:ann": zeroDrivers, "person:bob": zeroDrivers, "person:cy": zeroDrivers };
    const result = run({ drivers });
    expect(annuals({ drivers })["region:east"]).toBe("500000.00");
    expect(result.warnings.map((w) => [w.code, w.nodeId])).toEqual([
      ["weights_sum_to_zero", "company"],
      ["weights_sum_to_zero", "team:a"],
    ]);
  });

  it("a leaf without drivers is a warning and drives 0", () => {
    const { "person:bob": _, ...drivers } = allocationExample().drivers;
    const result = run({ drivers });
    expect(result.warnings.map((w) => w.nodeId)).toEqual(["person:bob"]);
    expect(annuals({ drivers })["person:bob"]).toBe("0.00");
  });

  it("Bob not employed in the year (month factors all 0) gets 0 and Ann takes Team A's 704,000", () => {
    const a = annuals({ leafMonthFactors: { "person:bob": new Array(12).fill("0") } });
    expect([a["person:ann"], a["person:bob"]]).toEqual(["704000.00", "0.00"]);
  });

  it("a hire from month 10 (factors 0 × 9, 0.5, 1, 1): Cy's 396,000 spread by seasonality × factors 0.09 × 0.5, 0.10, 0.12 of Σ 0.265 → 67,245.283…, 149,433.962…, 179,320.754… → the left cent to the largest remainder (.47 of a cent, December): 67,245.28 / 149,433.96 / 179,320.76; months 1–9 zero", () => {
    const factors = [...new Array(9).fill("0"), "0.5", "1", "1"];
    const cy = run({ leafMonthFactors: { "person:cy": factors } }).nodes.find((n) => n.id === "person:cy");
    expect(cy?.months.slice(8)).toEqual(["0.00", "67245.28", "149433.96", "179320.76"]);
    expect(cy?.months.slice(0, 9).every((m) => m === "0.00")).toBe(true);
  });

  it("a target of 1,234,567.89 with unit 1,000: the regions carry 1,235,000 (half up to the unit); the company's annual stays the target", () => {
    const result = run({ target: "1234567.89" });
    expect(result.nodes[0]).toMatchObject({ annual: "1234567.89", childrenTotal: "1235000.00" });
  });
});

describe("allocateTopDown — bad input, every issue at once", () => {
  it("negative target, zero driver weights, bad unit, seasonality not 1, over-assignment 110 → five issues", () => {
    const codes = codesOf(() =>
      run({
        target: "-1",
        weights: { history: "0", potential: "0", pipeline: "0", capacity: "0" },
        unit: "0",
        seasonality: new Array(12).fill("0.08"),
        overAssignment: { person: "110" },
      }),
    );
    expect(codes).toEqual([
      "negative_amount",
      "bad_unit",
      "weights_sum_to_zero",
      "invalid",
      "weights_not_one",
    ]);
  });

  it("a cycle and a rep in two teams are reported with their nodes", () => {
    const base = allocationExample();
    const nodes = [
      ...base.nodes.map((n) => (n.id === "team:a" ? { ...n, parentId: "person:ann" } : n)),
      { id: "person:cy", parentId: "team:a", kind: "person" as const, name: "Cy" },
    ];
    const issues = issuesOf(() => run({ nodes }));
    expect(issues.map((i) => [i.code, i.nodeId])).toEqual([
      ["two_parents", "person:cy"],
      ["cycle", "team:a"],
    ]);
  });

  it("drivers, locks and factors are checked per field: a negative history, a lock off the unit, an unknown lock, 11 factors", () => {
    const issues = issuesOf(() =>
      run({
        drivers: { ...allocationExample().drivers, "person:ann": { ...zeroDrivers, history: "-5" } },
        locked: { "person:bob": "250500", "team:zz": "1000" },
        leafMonthFactors: { "person:cy": new Array(11).fill("1") },
      }),
    );
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ["negative_amount", "drivers.person:ann.history"],
      ["bad_unit", "locked.person:bob"],
      ["invalid", "locked.team:zz"],
      ["bad_factor", "leafMonthFactors.person:cy"],
    ]);
  });

  it("a unit finer than the months (0.001 with 2 places) → bad_unit", () => {
    expect(codesOf(() => run({ unit: "0.001" }))).toEqual(["bad_unit"]);
  });
});
