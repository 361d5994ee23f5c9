import { describe, expect, it } from "vitest";
import { account, options, territory } from "./balance-fixtures";
import { greedyBalance } from "./greedy-balance";

describe("greedyBalance", () => {
  it("deals 90, 70, 50, 40, 30, 20 to the lowest load/target ratio: T1 90+20 = 110, T2 70+30 = 100, T3 50+40 = 90", () => {
    const accounts = ["90", "70", "50", "40", "30", "20"].map((p, i) => account(`a${i}`, p));
    const result = greedyBalance({
      accounts,
      territories: [territory("T1"), territory("T2"), territory("T3")],
      options: options(),
    });
    const where = Object.fromEntries(result.assignments.map((a) => [a.accountId, a.territoryId]));
    // 90→T1; 70→T2; 50→T3 (0); 40→T3 (50 < 70 < 90) = 90; 30→T2 (70) = 100; 20→T1 (90, before T3's 90) = 110.
    expect(where).toEqual({ a0: "T1", a1: "T2", a2: "T3", a3: "T3", a4: "T2", a5: "T1" });
    expect(result.metrics.territories.map((t) => t.potential)).toEqual(["110.00", "100.00", "90.00"]);
    expect(result.method).toBe("greedy");
    expect(result.before).toBeNull();
  });

  it("places locked accounts first and respects maxAccounts: T1 holds the lock and one more", () => {
    const accounts = [
      account("big", "100"),
      account("named", "10", { lockedTerritoryId: "T1" }),
      account("mid", "50"),
      account("small", "5", { allowedTerritoryIds: ["T2"] }),
    ];
    const result = greedyBalance({
      accounts,
      territories: [territory("T1", { maxAccounts: 2 }), territory("T2")],
      options: options(),
    });
    const where = Object.fromEntries(result.assignments.map((a) => [a.accountId, a.territoryId]));
    // named→T1 (10); big→T2 (ratio 0 < 10/57.5); mid→T1 (10 < 100); small only T2.
    expect(where).toEqual({ named: "T1", big: "T2", mid: "T1", small: "T2" });
  });
});
