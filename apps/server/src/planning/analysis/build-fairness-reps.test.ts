import { simulateAttainment } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { buildFairnessReps } from "./build-fairness-reps";

const months = Array.from({ length: 12 }, (_, i) => `2027-${String(i + 1).padStart(2, "0")}`);
const quarter = (i: number) => ({
  quarter: `q${i}`,
  start: `${2025 + Math.floor(i / 4)}-${String(1 + 3 * (i % 4)).padStart(2, "0")}-01`,
});
const rules = {
  proration: "months" as const,
  ramp: { kind: "share" as const, values: ["0", "0.25", "0.5", "0.75", "1"] },
};

describe("the fairness check's reps", () => {
  it("a quarter whose cancellations outweigh its bookings is a run-rate sample of 0, not a negative one", () => {
    const [rep] = buildFairnessReps({
      people: [
        {
          nodeId: "person:bo",
          parentNodeId: "team:a",
          personId: "bo",
          annual: "40000.00",
          hireDate: null,
          leaveDate: null,
        },
      ],
      months,
      peopleRules: rules,
      history: new Map([
        ["bo", ["2500.00", "-34570.56", "0", "1000.50"].map((amount, i) => ({ ...quarter(i), amount }))],
      ]),
      pipeline: new Map(),
    });
    expect(rep?.history).toEqual(["10000.00", "0", "0", "4002.00"]);
  });

  it("history × 4 per quarter since the hire date; capacity = mean monthly ramp × availability: hired 2027-03 → (0 + 0.25 + 0.5 + 0.75 + 6 × 1) ÷ 12 = 0.625", () => {
    const history = new Map([
      [
        "ana",
        [1000, 2000, 0, 1500, 2500, 3000, 1000, 2000].map((amount, i) => ({
          ...quarter(i),
          amount: String(amount),
        })),
      ],
      ["new", [0, 0, 0, 0, 0, 0, 0, 0].map((amount, i) => ({ ...quarter(i), amount: String(amount) }))],
    ]);
    const reps = buildFairnessReps({
      people: [
        {
          nodeId: "person:ana",
          parentNodeId: "team:a",
          personId: "ana",
          annual: "40000.00",
          hireDate: "2025-04-01",
          leaveDate: null,
        },
        {
          nodeId: "person:new",
          parentNodeId: "team:a",
          personId: "new",
          annual: "20000.00",
          hireDate: "2027-03-01",
          leaveDate: null,
        },
      ],
      months,
      peopleRules: rules,
      history,
      pipeline: new Map([["ana", [{ amount: "8000.00", probability: "0.75" }]]]),
    });
    expect(reps).toEqual([
      {
        id: "person:ana",
        teamId: "team:a",
        quota: "40000.00",
        // 2025-Q1 (before the hire on 2025-04-01) is left out.
        history: ["8000", "0", "6000", "10000", "12000", "4000", "8000"],
        pipeline: [{ amount: "8000.00", probability: "0.75" }],
        capacityFactor: "1.000000",
      },
      {
        id: "person:new",
        teamId: "team:a",
        quota: "20000.00",
        history: [],
        pipeline: [],
        capacityFactor: "0.625000",
      },
    ]);
  });

  it("seeded: 2,000 draws at seed 42 give the same figures every time (exact numbers from the seed)", () => {
    const history = new Map([
      [
        "ana",
        [9000, 11000, 10000, 12000, 9000, 10000, 11000, 8000].map((amount, i) => ({
          ...quarter(i),
          amount: String(amount),
        })),
      ],
      [
        "ben",
        [5000, 7000, 6000, 4000, 6000, 5000, 7000, 6000].map((amount, i) => ({
          ...quarter(i),
          amount: String(amount),
        })),
      ],
    ]);
    const reps = buildFairnessReps({
      people: [
        {
          nodeId: "person:ana",
          parentNodeId: "team:a",
          personId: "ana",
          annual: "40000.00",
          hireDate: null,
          leaveDate: null,
        },
        {
          nodeId: "person:ben",
          parentNodeId: "team:a",
          personId: "ben",
          annual: "30000.00",
          hireDate: null,
          leaveDate: null,
        },
      ],
      months,
      peopleRules: rules,
      history,
      pipeline: new Map(),
    });
    const result = simulateAttainment({ reps, draws: 2000, seed: 42, threshold: "0.7" });
    const figures = result.reps.map((r) => [r.id, r.pThreshold, r.pQuota, r.p50, r.outlier?.kind ?? null]);
    expect(figures).toEqual(PINNED);
    expect(result.company.expectedShare).toBe(PINNED_SHARE);
  });
});

/**
 * Ana: run rate mean 80,000 × 4 ÷ 8 = 40,000 = her quota, so her median is near 100%; Ben: 46,000 × 4 ÷ 8 = 23,000
 * against 30,000 (76.7%). The numbers themselves come from the seed (xoroshiro128+ per rep id), pinned here.
 */
const PINNED: unknown[] = [
  ["person:ana", 0.999, 0.4685, 0.9895333306046916, null],
  ["person:ben", 0.6585, 0.0595, 0.7483403145308872, null],
];
const PINNED_SHARE = (0.999 + 0.6585) / 2;
