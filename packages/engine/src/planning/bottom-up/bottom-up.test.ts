import { describe, expect, it } from "vitest";
import { allocateTopDown } from "../allocation/allocate-top-down";
import { allocationExample } from "../allocation/allocation-example";
import { codesOf } from "../test-issues";
import type { BottomUpInput, PlanningNode } from "../types";
import { bottomUp } from "./bottom-up";
import { reconcile } from "./reconcile";

const nodes: PlanningNode[] = [
  ...allocationExample().nodes,
  { id: "person:dee", parentId: "team:b", kind: "person", name: "Dee" },
];
const input = (over: Partial<BottomUpInput> = {}): BottomUpInput => ({
  nodes,
  fiscalYear: 2025,
  calendar: { startMonth: 1, naming: "start" },
  people: { "person:dee": { id: "person:dee", hireDate: "2025-08-15", leaveDate: null } },
  proration: "days",
  ramp: { kind: "share", values: ["0", "0.25", "0.5", "0.75", "1"] },
  productivity: { "person:dee": "10000" },
  defaultProductivity: "40000",
  utilisation: "0.8",
  potential: { "person:ann": "1000000" },
  potentialCapture: "0.5",
  ...over,
});

describe("bottomUp", () => {
  it("Dee, hired 2025-08-15 (ramp 0/25/50/75/100, by days): 10,000 × Σ factors 2.5 × 0.8 = 20,000.00", () => {
    const dee = bottomUp(input())["person:dee"];
    expect(dee?.capacity).toBe("20000.00");
    expect(dee?.months?.[7]).toMatchObject({ availability: "0.548387", ramp: "0", factor: "0" });
    expect(dee?.trace.at(-1)).toBe(
      "capacity 10000/month × 2.5 ramped months (Σ ramp × availability) × utilisation 0.8 = 20000.00 (half up)",
    );
  });

  it("rolls up exactly: Team B = Cy 40,000 × 12 × 0.8 = 384,000 + Dee 20,000 = 404,000; company 3 × 384,000 + 20,000 = 1,172,000", () => {
    const result = bottomUp(input());
    expect(result["team:b"]?.capacity).toBe("404000.00");
    expect(result.company?.capacity).toBe("1172000.00");
    expect(result.company?.months).toBeNull();
  });

  it("potential: Ann 1,000,000 × capture 0.5 = 500,000.00, rolled up to the company", () => {
    expect(bottomUp(input()).company?.potential).toBe("500000.00");
  });

  it("MetricKit (worked-examples §10): 7 ramped reps × $150k a year (12,500 a month) × 85 % = $892.5k", () => {
    const reps = Array.from(
      { length: 7 },
      (_, i): PlanningNode => ({
        id: `r${i}`,
        parentId: "c",
        kind: "person",
        name: `Rep ${i}`,
      }),
    );
    const result = bottomUp(
      input({
        nodes: [{ id: "c", parentId: null, kind: "company", name: "C" }, ...reps],
        people: {},
        productivity: {},
        defaultProductivity: "12500",
        utilisation: "0.85",
        potential: {},
      }),
    );
    expect(result.c?.capacity).toBe("892500.00");
  });

  it("rejects a ramp over 100 %, utilisation 85 (for 0.85), a negative productivity and a leave before the hire, all at once", () => {
    expect(
      codesOf(() =>
        bottomUp(
          input({
            ramp: { kind: "share", values: ["1.1"] },
            utilisation: "85",
            productivity: { "person:dee": "-1" },
            people: { "person:dee": { id: "person:dee", hireDate: "2025-08-15", leaveDate: "2025-01-01" } },
          }),
        ),
      ),
    ).toEqual(["ramp_over_100", "invalid", "negative_amount", "invalid"]);
  });
});

describe("reconcile", () => {
  it("Cy top-down 396,000 vs capacity 384,000 → gap 12,000.00, ratio 12,000 ÷ 396,000 = 0.0303; a 0 top-down has no ratio", () => {
    const allocated = allocateTopDown(allocationExample()).nodes;
    const rows = reconcile(
      allocated,
      bottomUp(input({ nodes: allocationExample().nodes, people: {}, productivity: {} })),
    );
    const cy = rows.find((r) => r.id === "person:cy");
    expect(cy).toEqual({
      id: "person:cy",
      topDown: "396000.00",
      capacity: "384000.00",
      potential: "0.00",
      capacityGap: "12000.00",
      capacityGapRatio: "0.0303",
      potentialGap: "396000.00",
      potentialGapRatio: "1.0000",
    });
    const zero = reconcile([{ ...allocated[0]!, annual: "0.00" }], {});
    expect(zero[0]?.capacityGapRatio).toBeNull();
  });
});
