import { describe, expect, it } from "vitest";
import { PlanningInputError } from "../planning-input-error";
import type { FairnessRep } from "../types";
import { simulateAttainment } from "./simulate-attainment";

const rep = (over: Partial<FairnessRep> = {}): FairnessRep => ({
  id: "r1",
  teamId: "team:a",
  quota: "100000",
  history: [],
  pipeline: [],
  capacityFactor: "1",
  ...over,
});

describe("simulateAttainment: exact cases", () => {
  it("no pipeline, history 100,000 × 4 = quota, CV 0 → every draw 100,000 ÷ 100,000 = 1.0 exactly", () => {
    const result = simulateAttainment({
      reps: [rep({ history: ["100000", "100000", "100000", "100000"] })],
      draws: 1000,
      seed: 7,
    });
    const [r] = result.reps;
    expect(r?.p50).toBe(1);
    expect(r?.p10).toBe(1);
    expect(r?.p90).toBe(1);
    expect(r?.mean).toBe(1);
    expect(r?.pQuota).toBe(1);
    expect(r?.pThreshold).toBe(1);
    expect(r?.histogram[10]).toBe(1000);
    expect(r?.basis).toEqual({
      expectedPipeline: 0,
      runRateMean: 100000,
      runRateCv: 0,
      meanSource: "rep",
      cvSource: "rep",
    });
  });

  it("run rate = max(0, history mean × capacity − expected pipeline): 120,000 × 0.5 − 40,000 × 0.5 = 40,000", () => {
    const result = simulateAttainment({
      reps: [
        rep({
          history: ["120000", "120000", "120000"],
          capacityFactor: "0.5",
          pipeline: [{ amount: "40000", probability: "0.5" }],
        }),
      ],
      draws: 10,
      seed: 1,
    });
    expect(result.reps[0]?.basis?.runRateMean).toBe(40000);
    expect(result.reps[0]?.basis?.expectedPipeline).toBe(20000);
    // Each draw is 40,000 (+ 40,000 when the deal is won) ÷ 100,000: 0.4 or 0.8.
    for (const value of [result.reps[0]?.p10, result.reps[0]?.p90]) expect([0.4, 0.8]).toContain(value);
  });

  it("deals certain to close (probability 1) always count; probability 0 never: 60,000 + 0 → 0.6", () => {
    const result = simulateAttainment({
      reps: [
        rep({
          pipeline: [
            { amount: "60000", probability: "1" },
            { amount: "500000", probability: "0" },
          ],
        }),
      ],
      draws: 100,
      seed: 3,
    });
    expect(result.reps[0]?.p10).toBe(0.6);
    expect(result.reps[0]?.p90).toBe(0.6);
    expect(result.reps[0]?.pThreshold).toBe(0);
    expect(result.reps[0]?.histogram[6]).toBe(100);
  });

  it("attainment at or above 200% falls in the last histogram bin", () => {
    const result = simulateAttainment({
      reps: [rep({ pipeline: [{ amount: "250000", probability: "1" }] })],
      draws: 50,
      seed: 1,
    });
    expect(result.reps[0]?.histogram[20]).toBe(50);
    expect(result.reps[0]?.histogram.reduce((a, b) => a + b, 0)).toBe(50);
  });
});

describe("simulateAttainment: statistics", () => {
  const coin = rep({ id: "coin", pipeline: [{ amount: "100000", probability: "0.5" }] });

  it("one deal of probability 0.5 and amount = quota: pQuota 0.5036 over 20,000 draws (seed 2026), within 0.02 of 0.5", () => {
    const result = simulateAttainment({ reps: [coin], draws: 20_000, seed: 2026 });
    const pQuota = result.reps[0]?.pQuota as number;
    expect(Math.abs(pQuota - 0.5)).toBeLessThanOrEqual(0.02);
    expect(pQuota).toBe(0.5036);
    const histogram = result.reps[0]?.histogram ?? [];
    expect((histogram[0] ?? 0) + (histogram[10] ?? 0)).toBe(20_000);
  });

  it("a lognormal run rate keeps its mean: history 80k/100k/120k (CV 0.2) → mean attainment ≈ 1.0 (±0.01)", () => {
    const result = simulateAttainment({
      reps: [rep({ history: ["80000", "100000", "120000"] })],
      draws: 50_000,
      seed: 11,
    });
    const r = result.reps[0];
    expect(r?.basis?.runRateCv).toBeCloseTo(0.2, 12);
    expect(Math.abs((r?.mean as number) - 1)).toBeLessThan(0.01);
    // Lognormal is right-skewed: the median sits below the mean, at e^(−σ²/2) ≈ 0.9806.
    expect(Math.abs((r?.p50 as number) - Math.exp(-Math.log1p(0.04) / 2))).toBeLessThan(0.01);
  });

  it("the same seed gives the same result; another seed another", () => {
    const input = {
      reps: [coin, rep({ id: "r2", history: ["90000", "110000", "70000"] })],
      draws: 500,
      seed: 5,
    };
    expect(simulateAttainment(input)).toEqual(simulateAttainment(input));
    expect(simulateAttainment({ ...input, seed: 6 }).reps).not.toEqual(simulateAttainment(input).reps);
  });

  it("a rep's draws do not depend on the other reps or their order", () => {
    const others = [rep({ id: "x", history: ["1", "2", "3"] }), rep({ id: "y", teamId: "team:b" })];
    const alone = simulateAttainment({ reps: [coin], draws: 300, seed: 9 }).reps[0];
    const among = simulateAttainment({ reps: [...others, coin], draws: 300, seed: 9 }).reps.find(
      (r) => r.id === "coin",
    );
    expect(among?.histogram).toEqual(alone?.histogram);
    expect(among?.pQuota).toBe(alone?.pQuota);
  });
});

describe("simulateAttainment: pooling, groups, outliers, exclusions", () => {
  it("fewer than 3 periods → the pooled CV (RMS of the reps' CVs); no history → the pooled mean × capacity", () => {
    const result = simulateAttainment({
      reps: [
        rep({ id: "a", history: ["80000", "100000", "120000"] }), // CV 0.2
        rep({ id: "b", history: ["100000", "100000", "100000"] }), // CV 0
        rep({ id: "c", history: ["50000"] }),
        rep({ id: "d", capacityFactor: "0.5" }),
      ],
      draws: 10,
      seed: 1,
    });
    const byId = Object.fromEntries(result.reps.map((r) => [r.id, r.basis]));
    const pooledCv = Math.sqrt((0.04 + 0) / 2);
    expect(byId.c).toMatchObject({ meanSource: "rep", cvSource: "pooled", runRateMean: 50000 });
    expect(byId.c?.runRateCv).toBeCloseTo(pooledCv, 12);
    // Pooled mean = (100,000 + 100,000 + 50,000) ÷ 3 = 83,333.33…; × 0.5.
    expect(byId.d?.meanSource).toBe("pooled");
    expect(byId.d?.runRateMean).toBeCloseTo(250000 / 6, 6);
    expect(result.model).toContain("pooled CV 0.1414");
  });

  it("teams: expected share = mean of the reps' pThreshold; meetsRule when ≥ the target share", () => {
    const sure = (id: string, teamId: string) =>
      rep({ id, teamId, pipeline: [{ amount: "80000", probability: "1" }] });
    const none = (id: string, teamId: string) => rep({ id, teamId });
    const result = simulateAttainment({
      reps: [sure("a1", "A"), sure("a2", "A"), none("a3", "A"), sure("b1", "B"), none("b2", "B")],
      draws: 20,
      seed: 1,
    });
    expect(result.teams.map((t) => [t.id, t.reps, t.expectedShare, t.meetsRule])).toEqual([
      ["A", 3, 2 / 3, false],
      ["B", 2, 0.5, false],
    ]);
    expect(result.company).toMatchObject({
      id: "company",
      reps: 5,
      expectedShare: 0.6,
      shareP10: 0.6,
      shareP90: 0.6,
    });
    const lenient = simulateAttainment({
      reps: [sure("a1", "A"), sure("a2", "A"), none("a3", "A")],
      draws: 20,
      seed: 1,
      targetShare: "0.6",
    });
    expect(lenient.company.meetsRule).toBe(true);
  });

  it("outliers: pThreshold < 0.3 is too_high; p10 ≥ 100% is too_low; counted per team and company", () => {
    const result = simulateAttainment({
      reps: [
        rep({ id: "high", pipeline: [{ amount: "100000", probability: "0.2" }] }),
        rep({ id: "low", pipeline: [{ amount: "150000", probability: "1" }] }),
        rep({ id: "fair", pipeline: [{ amount: "90000", probability: "1" }] }),
      ],
      draws: 1000,
      seed: 4,
    });
    const kinds = Object.fromEntries(result.reps.map((r) => [r.id, r.outlier?.kind ?? null]));
    expect(kinds).toEqual({ high: "too_high", low: "too_low", fair: null });
    expect(result.reps[0]?.outlier?.reason).toMatch(/chance of reaching 70\.0% of quota/);
    expect(result.company.outliers).toBe(2);
    expect(result.teams[0]?.outliers).toBe(2);
  });

  it("a quota of 0 is excluded with a reason and counts nowhere", () => {
    const result = simulateAttainment({
      reps: [
        rep({ id: "zero", quota: "0.00" }),
        rep({ id: "ok", pipeline: [{ amount: "1", probability: "1" }] }),
      ],
      draws: 10,
      seed: 1,
    });
    expect(result.excluded).toEqual([
      { id: "zero", teamId: "team:a", reason: "quota is 0: attainment is undefined" },
    ]);
    expect(result.reps.map((r) => r.id)).toEqual(["ok"]);
    expect(result.company.reps).toBe(1);
  });

  it("a custom threshold: 0.5", () => {
    const result = simulateAttainment({
      reps: [rep({ pipeline: [{ amount: "60000", probability: "1" }] })],
      draws: 10,
      seed: 1,
      threshold: "0.5",
    });
    expect(result.reps[0]?.pThreshold).toBe(1);
  });
});

describe("simulateAttainment: bad input", () => {
  const issuesOf = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      if (error instanceof PlanningInputError) return error.issues.map((i) => [i.code, i.field]);
      throw error;
    }
    throw new Error("no error thrown");
  };

  it("lists every issue at once, naming each field", () => {
    const issues = issuesOf(() =>
      simulateAttainment({
        reps: [
          rep({
            quota: "-1",
            history: ["1e5", "-3"],
            capacityFactor: "1.5",
            pipeline: [
              { amount: "10", probability: "1.2" },
              { amount: "x", probability: "-0.1" },
            ],
          }),
          rep({ teamId: "" }),
        ],
        draws: 0,
        seed: 1.5,
        threshold: "0",
        targetShare: "2",
      }),
    );
    expect(issues).toEqual([
      ["invalid", "draws"],
      ["invalid", "seed"],
      ["bad_factor", "threshold"],
      ["bad_factor", "targetShare"],
      ["negative_amount", "reps[0].quota"],
      ["bad_factor", "reps[0].capacityFactor"],
      ["not_a_decimal", "reps[0].history[0]"],
      ["negative_amount", "reps[0].history[1]"],
      ["bad_factor", "reps[0].pipeline[0].probability"],
      ["not_a_decimal", "reps[0].pipeline[1].amount"],
      ["negative_amount", "reps[0].pipeline[1].probability"],
      ["invalid", "reps[1].teamId"],
      ["invalid", "reps[1].id"],
    ]);
  });

  it.each([
    [0, "draws"],
    [100_001, "draws"],
    [2.5, "draws"],
  ])("draws %s is rejected", (draws, field) => {
    expect(issuesOf(() => simulateAttainment({ reps: [rep()], draws, seed: 1 }))).toEqual([
      ["invalid", field],
    ]);
  });

  it("accepts the extremes: 1 draw, 100,000 draws, probability 0 and 1", () => {
    expect(simulateAttainment({ reps: [rep()], draws: 1, seed: 0 }).reps[0]?.histogram[0]).toBe(1);
    expect(simulateAttainment({ reps: [], draws: 100_000, seed: 0 }).company.reps).toBe(0);
  });
});
