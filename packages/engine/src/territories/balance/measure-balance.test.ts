import { describe, expect, it } from "vitest";
import { TerritoryInputError } from "../territory-input-error";
import { account, territory } from "./balance-fixtures";
import { measureBalance } from "./measure-balance";

describe("measureBalance", () => {
  const territories = [territory("T1"), territory("T2"), territory("T3")];
  const accounts = [
    account("a", "100.005", { workload: 2, currentTerritoryId: "T1" }),
    account("b", "99.995", { workload: 4, currentTerritoryId: "T1" }),
    account("c", "150.10", { workload: 1, currentTerritoryId: "T2" }),
    account("d", "49.90", { workload: 5, currentTerritoryId: "T3" }),
    account("e", "300", { workload: 6, currentTerritoryId: "T3" }),
  ];
  const assignment = { a: "T1", b: "T2", c: "T2", d: "T3", e: "T3" };

  it("sums potential exactly: T1 100.005 → 100.01 (half-up), T2 99.995 + 150.10 = 250.095 → 250.10, T3 349.90", () => {
    const metrics = measureBalance(accounts, territories, assignment);
    expect(metrics.territories.map((t) => [t.territoryId, t.accounts, t.potential, t.workload])).toEqual([
      ["T1", 1, "100.01", 2],
      ["T2", 2, "250.10", 5],
      ["T3", 2, "349.90", 11],
    ]);
  });

  it("deviations from equal targets: total 700, target 233.33…; T1 (100.005 − 233.33…)/233.33… = −0.5714", () => {
    const metrics = measureBalance(accounts, territories, assignment);
    const target = 700 / 3;
    expect(metrics.territories[0]?.potentialDeviation).toBeCloseTo((100.005 - target) / target, 12);
    // |T1| 0.5714 beats T3 (349.90 − 233.33…)/233.33… = 0.4996
    expect(metrics.potential.maxDeviation).toBeCloseTo((target - 100.005) / target, 12);
    // workload 2, 5, 11: total 18, target 6 → T3 (11 − 6)/6
    expect(metrics.workload.maxDeviation).toBeCloseTo(5 / 6, 12);
  });

  it("workload 2, 5, 11: mean 6, stdDev √(16 + 1 + 25)/3 = √14, Gini (3 + 9 + 6)·2 / (2·9·6) = 1/3", () => {
    const stats = measureBalance(accounts, territories, assignment).workload;
    expect(stats.min).toBe(2);
    expect(stats.max).toBe(11);
    expect(stats.mean).toBe(6);
    expect(stats.stdDev).toBeCloseTo(Math.sqrt(14), 12);
    expect(stats.cv).toBeCloseTo(Math.sqrt(14) / 6, 12);
    expect(stats.gini).toBeCloseTo(1 / 3, 12);
  });

  it("counts b (99.995) as moved from T1 to T2: 1 account, potential 100.00 (half-up of 99.995)", () => {
    const metrics = measureBalance(accounts, territories, assignment);
    expect(metrics.accountsMoved).toBe(1);
    expect(metrics.potentialMoved).toBe("100.00");
    const fromGiven = measureBalance(accounts, territories, assignment, { a: "T2", c: "T1" });
    expect([fromGiven.accountsMoved, fromGiven.potentialMoved]).toEqual([2, "250.11"]);
  });

  it("target shares 0.5/0.25/0.25 of 700: T1 350 → deviation (100.005 − 350)/350", () => {
    const shared = [
      territory("T1", { targetShare: "0.5" }),
      territory("T2", { targetShare: "0.25" }),
      territory("T3", { targetShare: "0.25" }),
    ];
    const metrics = measureBalance(accounts, shared, assignment);
    expect(metrics.territories[0]?.potentialDeviation).toBeCloseTo((100.005 - 350) / 350, 12);
    expect(metrics.territories[2]?.potentialDeviation).toBeCloseTo((349.9 - 175) / 175, 12);
  });

  it("distances: base in Paris, an account in Lyon ≈ 392 km; accounts without coordinates are left out", () => {
    const located = [
      account("lyon", "10", { latitude: 45.764, longitude: 4.8357 }),
      account("nowhere", "10"),
    ];
    const paris = [territory("P", { baseLatitude: 48.8566, baseLongitude: 2.3522 })];
    const metrics = measureBalance(located, paris, { lyon: "P", nowhere: "P" });
    expect(metrics.meanDistanceKm).toBeGreaterThan(390);
    expect(metrics.meanDistanceKm).toBeLessThan(393);
    expect(metrics.territories[0]?.meanDistanceKm).toBe(metrics.meanDistanceKm);
  });

  it("without a base, a territory's base is the centroid of its accounts today: two points 0° and 2° east → 1°", () => {
    const located = [
      account("w", "1", { latitude: 0, longitude: 0, currentTerritoryId: "T" }),
      account("e", "1", { latitude: 0, longitude: 2, currentTerritoryId: "T" }),
    ];
    const metrics = measureBalance(located, [territory("T")], { w: "T", e: "T" });
    // 1° of longitude on the equator: 2π·6371.0088/360 km
    expect(metrics.meanDistanceKm).toBeCloseTo((2 * Math.PI * 6371.0088) / 360, 6);
  });

  it("rejects a potential that is not a plain decimal, and an unknown territory in the assignment", () => {
    expect(() => measureBalance([account("x", "1e3")], territories, { x: "T1" })).toThrow(
      TerritoryInputError,
    );
    expect(() => measureBalance([account("x", "1")], territories, { x: "T9" })).toThrow(
      /unknown territory T9/,
    );
  });
});
