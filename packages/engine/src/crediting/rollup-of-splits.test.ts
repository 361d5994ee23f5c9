import { describe, expect, it } from "vitest";
import type { ReportingLine } from "../org/reporting-line";
import { creditTransactions } from "./credit-transactions";
import { crediting, deal, ownerOnly } from "./test-fixtures";

const line = (personId: string, managerId: string) =>
  ({ personId, managerId, validFrom: "2025-01-01", validTo: null }) as ReportingLine;
const split5050 = deal({
  ownerId: null,
  splits: [
    { personId: "a", share: "0.5", role: "split" },
    { personId: "b", share: "0.5", role: "split" },
  ],
});

describe("roll-up of split deals and repeated split holders", () => {
  for (const duplicatePolicy of ["keep_highest", "keep_first_rule", "sum"] as const) {
    it(`${duplicatePolicy}: a 50/50 split between two reps of m rolls up 0.5 + 0.5 = 1.0 → 100,000.0, not reported as a duplicate`, () => {
      const result = creditTransactions(
        crediting({
          transactions: [split5050],
          rules: { ...ownerOnly, rollup: { levels: 1 }, duplicatePolicy },
          reportingLines: [line("a", "m"), line("b", "m")],
        }),
      );
      const manager = result.credits.find((c) => c.payeeId === "m");
      expect([manager?.share, manager?.measures.bookings, manager?.path]).toEqual([
        "1.0",
        "100000.0",
        ["split 50%", "rollup level 1 (manager of a)", "+ split 50% › rollup level 1 (manager of b)"],
      ]);
      expect(result.duplicates).toEqual([]);
    });
  }

  it("ana listed twice as split (0.5 + 0.3, ben 0.2) is an error naming ana, and the deal is not credited", () => {
    const result = creditTransactions(
      crediting({
        transactions: [
          deal({
            ownerId: null,
            splits: [
              { personId: "ana", share: "0.5", role: "split" },
              { personId: "ana", share: "0.3", role: "split" },
              { personId: "ben", share: "0.2", role: "split" },
            ],
          }),
        ],
      }),
    );
    expect(result.credits).toEqual([]);
    expect(result.errors).toEqual([
      {
        transactionId: "t1",
        field: "splits",
        message:
          "ana is listed more than once as split of transaction t1: list each person once, with the shares added",
      },
    ]);
  });
});
