import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TerritoryInputError } from "../territory-input-error";
import type { BalanceInput, TerritoryIssue } from "../types";
import { account, options, seededInstance, territory } from "./balance-fixtures";
import { balanceTerritories } from "./balance-territories";
import { greedyBalance } from "./greedy-balance";

function issuesOf(work: () => unknown): TerritoryIssue[] {
  try {
    work();
  } catch (error) {
    expect(error).toBeInstanceOf(TerritoryInputError);
    return (error as TerritoryInputError).issues;
  }
  return expect.fail("expected a TerritoryInputError");
}

describe("balanceTerritories (heuristic)", () => {
  it("puts every territory of a seeded 2,000 × 20 instance within ±5% of the mean potential (from ±100%+ today)", () => {
    const input = seededInstance(2_000, 20, 11, options());
    const result = balanceTerritories(input, null);
    expect(result.before?.potential.maxDeviation).toBeGreaterThan(0.5);
    expect(result.metrics.potential.maxDeviation).toBeLessThanOrEqual(0.05);
    expect(result.objective).toBeLessThan(greedyBalance(input).objective);
    expect(result.method).toBe("heuristic");
    // Deterministic for the seed.
    expect(balanceTerritories(input, null).assignments).toEqual(result.assignments);
  }, 120_000);

  it("keeps locks, allowed sets and capacities (property)", () => {
    const instance = fc.record({
      accounts: fc.array(
        fc.record({
          potential: fc.integer({ min: 0, max: 100_000 }),
          workload: fc.integer({ min: 0, max: 20 }),
          lock: fc.option(fc.integer({ min: 0, max: 3 }), { freq: 4 }),
          allowed: fc.option(fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }), {
            freq: 2,
          }),
          current: fc.option(fc.integer({ min: 0, max: 3 })),
          lat: fc.option(fc.double({ min: 40, max: 50, noNaN: true })),
        }),
        { minLength: 1, maxLength: 40 },
      ),
      seed: fc.integer({ min: 0, max: 1000 }),
    });
    fc.assert(
      fc.property(instance, ({ accounts, seed }) => {
        const input: BalanceInput = {
          accounts: accounts.map((a, i) => {
            const allowed = a.allowed?.map((t) => `T${t}`) ?? null;
            // A lock inside the allowed set, so the instance stays feasible.
            const lock =
              a.lock === null ? null : allowed ? (allowed[a.lock % allowed.length] as string) : `T${a.lock}`;
            return account(`a${i}`, String(a.potential), {
              workload: a.workload,
              lockedTerritoryId: lock,
              allowedTerritoryIds: allowed,
              currentTerritoryId: a.current === null ? null : `T${a.current}`,
              latitude: a.lat,
              longitude: a.lat === null ? null : 2 + (a.lat - 40) / 3,
            });
          }),
          territories: [0, 1, 2, 3].map((t) =>
            territory(`T${t}`, { baseLatitude: 41 + t * 2, baseLongitude: 3, maxAccounts: accounts.length }),
          ),
          options: options({ seed }),
        };
        const result = balanceTerritories(input, null);
        const count = new Map<string, number>();
        result.assignments.forEach((assignment, i) => {
          const source = input.accounts[i];
          expect(assignment.accountId).toBe(source?.id);
          if (source?.lockedTerritoryId) expect(assignment.territoryId).toBe(source.lockedTerritoryId);
          if (source?.allowedTerritoryIds)
            expect(source.allowedTerritoryIds).toContain(assignment.territoryId);
          count.set(assignment.territoryId, (count.get(assignment.territoryId) ?? 0) + 1);
        });
        expect([...count.values()].reduce((s, c) => s + c, 0)).toBe(accounts.length);
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it("respects maxAccounts and maxWorkload when they bind: 6 accounts, T1 at most 2 accounts and workload 5", () => {
    const accounts = Array.from({ length: 6 }, (_, i) => account(`a${i}`, "100", { workload: 3 }));
    const input: BalanceInput = {
      accounts,
      territories: [territory("T1", { maxAccounts: 2, maxWorkload: 5 }), territory("T2")],
      options: options(),
    };
    const result = balanceTerritories(input, null);
    const t1 = result.metrics.territories[0];
    expect(t1?.accounts).toBe(1);
    expect(t1?.workload).toBeLessThanOrEqual(5);
  });

  it("warns about accounts without coordinates and lists them", () => {
    const input: BalanceInput = {
      accounts: [account("here", "10", { latitude: 45, longitude: 3 }), account("nowhere", "10")],
      territories: [territory("T1", { baseLatitude: 45, baseLongitude: 3 }), territory("T2")],
      options: options(),
    };
    const warning = balanceTerritories(input, null).warnings.find((w) => w.code === "no_coordinates");
    expect(warning?.accountIds).toEqual(["nowhere"]);
  });
});

describe("infeasibility, named before solving", () => {
  const three = [account("a", "1"), account("b", "1"), account("c", "1")];

  it("infeasible_capacity: maxAccounts 1 + 1 for 3 accounts; maxWorkload 1 + 1 for workload 3", () => {
    const issues = issuesOf(() =>
      balanceTerritories(
        {
          accounts: three,
          territories: [
            territory("T1", { maxAccounts: 1, maxWorkload: 1 }),
            territory("T2", { maxAccounts: 1, maxWorkload: 1 }),
          ],
          options: options(),
        },
        null,
      ),
    );
    expect(issues.map((i) => [i.code, i.field])).toEqual([
      ["infeasible_capacity", "maxAccounts"],
      ["infeasible_capacity", "maxWorkload"],
    ]);
    expect(issues[0]?.message).toBe(
      "The territories' maxAccounts total 2, fewer than the 3 accounts to place",
    );
  });

  it("infeasible_lock: two accounts locked to T1 whose maxAccounts is 1", () => {
    const issues = issuesOf(() =>
      balanceTerritories(
        {
          accounts: [
            account("a", "1", { lockedTerritoryId: "T1" }),
            account("b", "1", { lockedTerritoryId: "T1" }),
          ],
          territories: [territory("T1", { maxAccounts: 1 }), territory("T2")],
          options: options(),
        },
        null,
      ),
    );
    expect(issues).toEqual([
      {
        code: "infeasible_lock",
        message: "Territory T1 has 2 locked accounts, more than its maxAccounts 1",
        territoryId: "T1",
        field: "maxAccounts",
      },
    ]);
  });

  it("infeasible_allowed: an account allowed nowhere in scope, one locked outside its allowed set", () => {
    const issues = issuesOf(() =>
      greedyBalance({
        accounts: [
          account("a", "1", { allowedTerritoryIds: ["elsewhere"] }),
          account("b", "1", { allowedTerritoryIds: ["T1"], lockedTerritoryId: "T2" }),
        ],
        territories: [territory("T1"), territory("T2")],
        options: options(),
      }),
    );
    expect(issues.map((i) => [i.code, i.accountId])).toEqual([
      ["infeasible_allowed", "a"],
      ["infeasible_allowed", "b"],
    ]);
  });

  it("input errors by row and field: a bad potential, shares not summing to 1, a negative weight", () => {
    const issues = issuesOf(() =>
      balanceTerritories(
        {
          accounts: [account("a", "12,5")],
          territories: [territory("T1", { targetShare: "0.5" }), territory("T2", { targetShare: "0.4" })],
          options: options({ weights: { potential: -1, workload: 0, compactness: 0, disruption: 0 } }),
        },
        null,
      ),
    );
    expect(issues.map((i) => i.field)).toEqual(["targetShare", "potential", "options.weights.potential"]);
    expect(issues[1]?.message).toBe('accounts[0] (a): potential is not a plain decimal: "12,5"');
  });
});
