import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { context, testAccount } from "../test-account";
import type { TierConfig } from "../types";
import { tierAccounts } from "./tier-accounts";

const withPotential = (values: (string | null)[]) =>
  values.map((potential, i) => testAccount(`acc${String(i + 1).padStart(2, "0")}`, { potential }));

const tiersOf = (config: TierConfig, values: (string | null)[]) =>
  tierAccounts(withPotential(values), config, context).assignments.map((a) => a.segment);

describe("tierAccounts", () => {
  const rank: TierConfig = {
    kind: "tiers",
    basis: "potential",
    method: "rank",
    tiers: [{ tier: "A", share: "0.2" }, { tier: "B", share: "0.3" }, { tier: "C" }],
  };

  it("rank, 10 accounts, shares 0.2 / 0.3: A = ranks 1–2, B = ranks 3–5 (10 × 0.5), C = the other 5", () => {
    const values = ["10", "90", "20", "80", "30", "70", "40", "60", "50", "100"];
    expect(tiersOf(rank, values)).toEqual(["C", "A", "C", "B", "C", "B", "C", "B", "C", "A"]);
    const result = tierAccounts(withPotential(values), rank, context);
    expect(result.assignments[3]?.trace).toEqual([
      "potential = 80",
      "rank: rank 3 of 10; ranks 3–5 → tier B",
    ]);
  });

  it("rank, 7 accounts: cut-offs round half up, 7 × 0.2 = 1.4 → 1 A, 7 × 0.5 = 3.5 → ranks 2–4 B", () => {
    expect(tiersOf(rank, ["7", "6", "5", "4", "3", "2", "1"])).toEqual(["A", "B", "B", "B", "C", "C", "C"]);
  });

  it("equal values are ranked by id, so the result does not depend on input order", () => {
    const accounts = [
      testAccount("b", { potential: "5" }),
      testAccount("a", { potential: "5.00" }),
      testAccount("c", { potential: "1" }),
    ];
    const config: TierConfig = { ...rank, tiers: [{ tier: "A", share: "0.34" }, { tier: "B" }] };
    // 3 × 0.34 = 1.02 → 1 account in A: of the two 5s, id "a" comes first.
    expect(tierAccounts(accounts, config, context).assignments.map((a) => a.segment)).toEqual([
      "B",
      "A",
      "B",
    ]);
    expect(tierAccounts([...accounts].reverse(), config, context).assignments.map((a) => a.segment)).toEqual([
      "B",
      "A",
      "B",
    ]);
  });

  it("cumulative (ABC), total 100, A = first 50%, B = up to 80%: 50 → A; 20 starts at 50 → B; 10 at 70 → B; 10 at 80 → C", () => {
    const config: TierConfig = {
      kind: "tiers",
      basis: "potential",
      method: "cumulative",
      tiers: [{ tier: "A", share: "0.5" }, { tier: "B", share: "0.3" }, { tier: "C" }],
    };
    expect(tiersOf(config, ["50", "20", "10", "10", "5", "5"])).toEqual(["A", "B", "B", "C", "C", "C"]);
    // The account that crosses the line is still in the tier: 60 starts at 0 < 50 → A, 30 starts at 60 → B.
    expect(tiersOf(config, ["60", "30", "10"])).toEqual(["A", "B", "C"]);
    const trace = tierAccounts(withPotential(["50", "20", "10", "10", "5", "5"]), config, context)
      .assignments[2]?.trace;
    expect(trace).toEqual([
      "potential = 10",
      "cumulative: cumulative before 70 of 100; B covers up to 80% → tier B",
    ]);
  });

  it("cumulative on net bookings: a negative value adds nothing to the total (total 100, not 90)", () => {
    const config: TierConfig = {
      kind: "tiers",
      basis: "monetary",
      method: "cumulative",
      tiers: [{ tier: "A", share: "0.8" }, { tier: "B" }],
    };
    const accounts = ["80", "20", "-10"].map((revenue, i) => testAccount(`m${i}`, {}, { revenue }));
    expect(tierAccounts(accounts, config, context).assignments.map((a) => a.segment)).toEqual([
      "A",
      "B",
      "B",
    ]);
  });

  it("threshold A ≥ 1000, B ≥ 100: 1000 → A, 999.99 → B, 100 → B, 99 → C; no potential → unsegmented, warned", () => {
    const config: TierConfig = {
      kind: "tiers",
      basis: "potential",
      method: "threshold",
      tiers: [{ tier: "A", min: "1000" }, { tier: "B", min: "100" }, { tier: "C" }],
    };
    const result = tierAccounts(withPotential(["1000", "999.99", "100", "99", null]), config, context);
    expect(result.assignments.map((a) => a.segment)).toEqual(["A", "B", "B", "C", null]);
    expect(result.warnings).toEqual([{ accountId: "acc05", message: "no potential: not tiered" }]);
    expect(result.segments).toEqual(["A", "B", "C"]);
  });

  it("property: a higher basis never gets a later tier, whatever the method and the input order", () => {
    const method = fc.constantFrom<TierConfig["method"]>("rank", "cumulative", "threshold");
    const values = fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        method,
        values,
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 1, max: 4 }),
        (m, numbers, s1, s2) => {
          const config: TierConfig = {
            kind: "tiers",
            basis: "potential",
            method: m,
            tiers: [
              { tier: "A", share: String(s1 / 10), min: String(30 + s1) },
              { tier: "B", share: String(s2 / 10), min: String(10 + s2) },
              { tier: "C" },
            ],
          };
          const accounts = numbers.map((n, i) => testAccount(`x${i}`, { potential: String(n) }));
          const tiers = tierAccounts(accounts, config, context).assignments.map((a) =>
            "ABC".indexOf(a.segment ?? ""),
          );
          const reversed = tierAccounts([...accounts].reverse(), config, context).assignments.map(
            (a) => a.segment,
          );
          expect(reversed.reverse()).toEqual(tiers.map((t) => "ABC"[t]));
          for (const [i, a] of numbers.entries()) {
            for (const [j, b] of numbers.entries()) {
              if (a > b) expect(tiers[i]).toBeLessThanOrEqual(tiers[j] as number);
            }
          }
        },
      ),
    );
  });
});
