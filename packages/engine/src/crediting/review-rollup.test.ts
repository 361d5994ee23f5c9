import { describe, expect, it } from "vitest";
import type { ReportingLine } from "../org/reporting-line";
import { creditTransactions } from "./credit-transactions";
import { crediting, deal, ownerOnly } from "./test-fixtures";

const line = (personId: string, managerId: string, validFrom: string, validTo: string | null = null) =>
  ({ personId, managerId, validFrom, validTo }) as ReportingLine;

const rollup = (levels: number | "all") => ({ ...ownerOnly, rollup: { levels } });
const bookingsOf = (credits: { payeeId: string; role: string; measures: Record<string, string> }[]) =>
  credits.map((c) => [c.payeeId, c.role, c.measures.bookings]);

describe("review: rollup and duplicates", () => {
  it("DEFECT a deal split 50/50 between two reps of the same manager rolls up 100,000 to that manager (50,000 + 50,000 through two real paths), not 50,000 (keep_highest keeps one half and drops the other)", () => {
    const result = creditTransactions(
      crediting({
        transactions: [
          deal({
            ownerId: null,
            splits: [
              { personId: "a", share: "0.5", role: "split" },
              { personId: "b", share: "0.5", role: "split" },
            ],
          }),
        ],
        rules: rollup(1),
        reportingLines: [line("a", "m", "2025-01-01"), line("b", "m", "2025-01-01")],
      }),
    );
    const manager = result.credits.find((c) => c.payeeId === "m");
    expect(manager?.measures.bookings).toBe("100000.0");
  });

  it("DEFECT the same person listed twice in a split (ana 0.5 + ana 0.3, ben 0.2 = 1) keeps 100,000 of primary credit: ana 80,000 + ben 20,000 (or an error) — engine keeps ana 50,000 + ben 20,000 and loses 30,000", () => {
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
    const primary = result.credits.reduce((sum, c) => sum + Number(c.measures.bookings), 0);
    expect(result.errors.length > 0 || primary === 100000).toBe(true);
  });

  it("rollup through a manager change at level 2: p1 → m1 throughout; m1 → d1 until 2025-03-01 (exclusive), then → d2; a deal on 2025-02-28 reaches d1, one on 2025-03-01 reaches d2, each in full (100,000)", () => {
    const result = creditTransactions(
      crediting({
        transactions: [deal({ id: "t1", date: "2025-02-28" }), deal({ id: "t2", date: "2025-03-01" })],
        rules: rollup(2),
        reportingLines: [
          line("p1", "m1", "2025-01-01"),
          line("m1", "d1", "2025-01-01", "2025-03-01"),
          line("m1", "d2", "2025-03-01"),
        ],
      }),
    );
    expect(result.credits.map((c) => [c.transactionId, c.payeeId, c.role, c.measures.bookings])).toEqual([
      ["t1", "d1", "rollup", "100000"],
      ["t1", "m1", "rollup", "100000"],
      ["t1", "p1", "direct", "100000"],
      ["t2", "d2", "rollup", "100000"],
      ["t2", "m1", "rollup", "100000"],
      ["t2", "p1", "direct", "100000"],
    ]);
    expect(result.credits.find((c) => c.id === "t2:d2:rollup")?.path).toEqual([
      "owner",
      "rollup level 2 (manager of m1)",
    ]);
  });

  it("a rep moving teams mid-quarter: p1 under m1 until 2025-02-01, then under m2; January's deal stays with m1, February's goes to m2", () => {
    const result = creditTransactions(
      crediting({
        transactions: [deal({ id: "t1", date: "2025-01-31" }), deal({ id: "t2", date: "2025-02-01" })],
        rules: rollup(1),
        reportingLines: [line("p1", "m1", "2025-01-01", "2025-02-01"), line("p1", "m2", "2025-02-01")],
      }),
    );
    expect(bookingsOf(result.credits.filter((c) => c.role === "rollup"))).toEqual([
      ["m1", "rollup", "100000"],
      ["m2", "rollup", "100000"],
    ]);
    expect(result.credits.filter((c) => c.role === "rollup").map((c) => c.transactionId)).toEqual([
      "t1",
      "t2",
    ]);
  });

  it("split + overlay to the same person (ana split 0.6, ana overlay 0.5) is one credit, reported, keep_highest keeps the 0.6 split (60,000.0)", () => {
    const result = creditTransactions(
      crediting({
        transactions: [
          deal({
            ownerId: null,
            splits: [
              { personId: "ana", share: "0.6", role: "split" },
              { personId: "ben", share: "0.4", role: "split" },
              { personId: "ana", share: "0.5", role: "overlay" },
            ],
          }),
        ],
      }),
    );
    expect(bookingsOf(result.credits)).toEqual([
      ["ana", "split", "60000.0"],
      ["ben", "split", "40000.0"],
    ]);
    expect(result.duplicates).toEqual([
      {
        transactionId: "t1",
        payeeId: "ana",
        paths: [["split 60%"], ["overlay 50%"]],
        kept: ["split 60%"],
        rule: "keep_highest",
      },
    ]);
  });
});
