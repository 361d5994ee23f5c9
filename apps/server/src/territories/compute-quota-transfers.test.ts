import fc from "fast-check";
import { compareAmounts, sumAmounts } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { computeQuotaTransfers } from "./compute-quota-transfers";

const base = { effectiveMonth: "2027-07", reason: "Territory plan H2 v2" };

describe("quota transfers of moved accounts", () => {
  it("Ana 1500.00 of potential loses Bravo 500.00 to Ben and Charlie 250.50 to Carl: 0.333333 and 0.167000", () => {
    const transfers = computeQuotaTransfers({
      ...base,
      potentialByOwner: new Map([["ana", "1500.00"]]),
      changes: [
        { accountId: "bravo", fromOwnerId: "ana", toOwnerId: "ben", potential: "500.00" },
        { accountId: "charlie", fromOwnerId: "ana", toOwnerId: "carl", potential: "250.50" },
      ],
    });
    expect(transfers).toEqual([
      {
        fromNodeId: "person:ana",
        toNodeId: "person:ben",
        effectiveMonth: "2027-07",
        share: "0.333333",
        reason: "Territory plan H2 v2: 1 account, potential 500.00 of 1500.00",
      },
      {
        fromNodeId: "person:ana",
        toNodeId: "person:carl",
        effectiveMonth: "2027-07",
        share: "0.167000",
        reason: "Territory plan H2 v2: 1 account, potential 250.50 of 1500.00",
      },
    ]);
  });

  it("two accounts to the same owner are one transfer; an owner without potential gives none", () => {
    const transfers = computeQuotaTransfers({
      ...base,
      potentialByOwner: new Map([
        ["ana", "1000"],
        ["zed", "0"],
      ]),
      changes: [
        { accountId: "a", fromOwnerId: "ana", toOwnerId: "ben", potential: "100" },
        { accountId: "b", fromOwnerId: "ana", toOwnerId: "ben", potential: "150" },
        { accountId: "c", fromOwnerId: "zed", toOwnerId: "ben", potential: "0" },
      ],
    });
    expect(transfers.map((t) => [t.fromNodeId, t.toNodeId, t.share])).toEqual([
      ["person:ana", "person:ben", "0.250000"],
    ]);
  });

  it("property: shares lie in [0, 1] and an owner never gives away more than all of their quota (+ rounding)", () => {
    const cents = fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 100).toFixed(2));
    fc.assert(
      fc.property(
        fc.array(fc.record({ to: fc.constantFrom("b", "c", "d"), potential: cents }), {
          minLength: 1,
          maxLength: 12,
        }),
        cents,
        (moves, kept) => {
          const total = sumAmounts([kept, ...moves.map((m) => m.potential)]);
          const transfers = computeQuotaTransfers({
            ...base,
            potentialByOwner: new Map([["a", total]]),
            changes: moves.map((m, i) => ({
              accountId: `x${i}`,
              fromOwnerId: "a",
              toOwnerId: m.to,
              potential: m.potential,
            })),
          });
          for (const t of transfers) {
            expect(compareAmounts(t.share!, "0")).toBeGreaterThanOrEqual(0);
            expect(compareAmounts(t.share!, "1")).toBeLessThanOrEqual(0);
          }
          // Each share rounds by at most half a millionth, so three of them exceed 1 by at most 0.0000015.
          expect(compareAmounts(sumAmounts(transfers.map((t) => t.share!)), "1.0000015")).toBeLessThanOrEqual(
            0,
          );
        },
      ),
    );
  });
});
