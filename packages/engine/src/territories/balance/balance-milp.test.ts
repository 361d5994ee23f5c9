import highsLoader from "highs";
import { beforeAll, describe, expect, it } from "vitest";
import { TerritoryInputError } from "../territory-input-error";
import type { BalanceInput, MilpSolver } from "../types";
import { createState, withinCapacity } from "./assignment-state";
import { account, options, seeded, seededInstance, territory } from "./balance-fixtures";
import { objectiveOf } from "./balance-result";
import { balanceTerritories } from "./balance-territories";
import { createHighsSolver } from "./create-highs-solver";
import { prepareBalance } from "./prepare-balance";

let solver: MilpSolver;
beforeAll(async () => {
  solver = createHighsSolver(await highsLoader());
});

// 8 accounts × 3 territories with coordinates, current territories, a lock, an allowed set and a capacity.
function smallInstance(seed: number, disruption = 0.3): BalanceInput {
  const random = seeded(seed);
  const territories = ["T0", "T1", "T2"].map((id, t) =>
    territory(id, { baseLatitude: 45 + t, baseLongitude: 2 + t * 0.5, maxAccounts: 4 }),
  );
  const accounts = Array.from({ length: 8 }, (_, i) =>
    account(`a${i}`, (1000 + Math.floor(random() * 9000)).toFixed(2), {
      workload: 1 + Math.floor(random() * 10),
      latitude: 44.5 + random() * 3,
      longitude: 1.5 + random() * 2,
      currentTerritoryId: `T${Math.floor(random() * 3)}`,
      lockedTerritoryId: i === 0 ? "T2" : null,
      allowedTerritoryIds: i === 1 ? ["T0", "T1"] : null,
    }),
  );
  return {
    accounts,
    territories,
    options: options({
      method: "milp",
      mipRelGap: 0,
      weights: { potential: 1, workload: 0.5, compactness: 0.2, disruption },
      seed,
    }),
  };
}

// The optimum by enumeration of all 3^8 assignments that keep the lock, the allowed set and maxAccounts.
function bruteForce(input: BalanceInput): number {
  const { model } = prepareBalance(input);
  let best = Number.POSITIVE_INFINITY;
  const territoryOf = new Int32Array(8);
  for (let code = 0; code < 3 ** 8; code++) {
    let rest = code;
    for (let i = 0; i < 8; i++) {
      territoryOf[i] = rest % 3;
      rest = Math.floor(rest / 3);
    }
    if (territoryOf[0] !== 2 || territoryOf[1] === 2) continue;
    if (!withinCapacity(createState(model, territoryOf))) continue;
    best = Math.min(best, objectiveOf(model, territoryOf));
  }
  return best;
}

describe("balanceTerritories with HiGHS", () => {
  it.each([1, 2, 3, 4])("reaches the brute-force optimum on 8 accounts × 3 territories (seed %i)", (seed) => {
    const input = smallInstance(seed);
    const result = balanceTerritories(input, solver);
    expect(result.solver?.status).toBe("Optimal");
    expect(result.objective).toBeCloseTo(bruteForce(input), 9);
    expect(result.objective).toBeLessThanOrEqual(
      balanceTerritories({ ...input, options: { ...input.options, method: "heuristic" } }, null).objective +
        1e-12,
    );
    const where = Object.fromEntries(result.assignments.map((a) => [a.accountId, a.territoryId]));
    expect(where.a0).toBe("T2");
    expect(where.a1).not.toBe("T2");
  });

  it("a higher disruption weight never moves more accounts at the optimum (equal potentials: disruption ∝ count)", () => {
    for (const seed of [5, 6, 7]) {
      const base = smallInstance(seed);
      const equal = { ...base, accounts: base.accounts.map((a) => ({ ...a, potential: "1000" })) };
      let previous = Number.POSITIVE_INFINITY;
      for (const weight of [0, 0.05, 0.2, 1, 5]) {
        const input = {
          ...equal,
          options: { ...equal.options, weights: { ...equal.options.weights, disruption: weight } },
        };
        const moved = balanceTerritories(input, solver).metrics.accountsMoved;
        expect(moved).toBeLessThanOrEqual(previous);
        previous = moved;
      }
    }
  }, 60_000);

  it("reports the status, objective, bound and gap; the bound never exceeds the objective", () => {
    const result = balanceTerritories(smallInstance(9), solver);
    const report = result.solver;
    expect(report).not.toBeNull();
    expect(report?.objective).toBeCloseTo(result.objective, 12);
    expect(report?.bound ?? Number.NEGATIVE_INFINITY).toBeLessThanOrEqual(result.objective + 1e-9);
    expect(report?.gap ?? 0).toBeLessThanOrEqual(1e-9);
  });

  it("names the family when only HiGHS can tell: two accounts allowed only in T1, whose maxAccounts is 1", () => {
    const input: BalanceInput = {
      accounts: [
        account("x", "10", { allowedTerritoryIds: ["T1"] }),
        account("y", "10", { allowedTerritoryIds: ["T1"] }),
        account("z", "10"),
      ],
      territories: [territory("T1", { maxAccounts: 1 }), territory("T2")],
      options: options({ method: "milp" }),
    };
    try {
      balanceTerritories(input, solver);
      expect.fail("expected infeasible");
    } catch (error) {
      expect(error).toBeInstanceOf(TerritoryInputError);
      const issue = (error as TerritoryInputError).issues[0];
      expect(issue?.code).toBe("infeasible");
      expect(issue?.field).toBe("maxAccounts");
    }
  });

  it("with only the legacy solve(): no start and no bound, and the better of heuristic and MILP is kept", async () => {
    const highs = await highsLoader();
    const legacy = createHighsSolver({ solve: (lp, options) => highs.solve(lp, options as never) });
    const input = smallInstance(3);
    const result = balanceTerritories(input, legacy);
    expect(result.solver?.bound).toBeNull();
    expect(result.solver?.status).toBe("Optimal");
    expect(result.objective).toBeCloseTo(bruteForce(input), 9);
  });

  it('"auto" runs the MILP when the full model is small, and says why it did not when it is not', () => {
    const small = smallInstance(4);
    expect(
      balanceTerritories({ ...small, options: { ...small.options, method: "auto" } }, solver).solver,
    ).not.toBeNull();
    const refuse: MilpSolver = () => {
      throw new Error("not called");
    };
    const large = seededInstance(1_200, 20, 4, options({ method: "auto" }));
    const result = balanceTerritories(large, refuse);
    expect(result.solver).toBeNull();
    expect(result.warnings.map((w) => w.code)).toContain("milp_skipped");
  }, 120_000);
});
