import { describe, expect, it } from "vitest";
import { context, testAccount } from "../test-account";
import { quantileScores } from "./quantile-scores";
import { rfmSegmentOf } from "./rfm-grid";
import { scoreRfm } from "./score-rfm";

const buyer = (id: string, lastOrderDate: string, orders: number, revenue: string) =>
  testAccount(id, {}, { firstOrderDate: "2020-01-01", lastOrderDate, orders, revenue });

describe("scoreRfm", () => {
  // asOf 2026-06-30: a 10 days, b 40, c 100, d 200, e 400 (2025-05-26).
  const accounts = [
    buyer("a", "2026-06-20", 10, "1000"),
    buyer("b", "2026-05-21", 1, "500"),
    buyer("c", "2026-03-22", 8, "300"),
    buyer("d", "2025-12-12", 6, "200"),
    buyer("e", "2025-05-26", 2, "100.00"),
    testAccount("f"),
  ];

  it("5 buyers, 5 bins: each score = 1 + ⌊5 × (buyers strictly worse) ÷ 5⌋ and the R × F grid names the segment", () => {
    const { assignments, warnings } = scoreRfm(accounts, { kind: "rfm", bins: 5 }, context);
    expect(assignments.map((a) => a.segment)).toEqual([
      "Champions", // R5 F5
      "Promising", // R4 F1
      "Loyal", // R3 F4
      "At risk", // R2 F3
      "Hibernating", // R1 F2
      "Never ordered",
    ]);
    expect(assignments[0]?.trace).toEqual([
      "recency 10 days → R5; frequency 10 orders → F5; monetary 1000 → M5 (of 5 buyers, 5 bins)",
      "RFM 5-5-5 → Champions",
    ]);
    expect(assignments[3]?.trace[1]).toBe("RFM 2-3-2 → At risk");
    expect(assignments[5]?.trace).toEqual(["no order yet → Never ordered"]);
    expect(warnings).toEqual([]);
  });

  it("ties share a score: days [10, 10, 50, 90] in 2 bins → R [2, 2, 1, 1], shown on the 1–5 grid as R5 / R3", () => {
    const tied = [
      buyer("p", "2026-06-20", 3, "30"),
      buyer("q", "2026-06-20", 3, "30"),
      buyer("r", "2026-05-11", 1, "10"),
      buyer("s", "2026-04-01", 1, "10"),
    ];
    const { assignments } = scoreRfm(tied, { kind: "rfm", bins: 2 }, context);
    // Frequency: 3, 3 have two worse → F2 (R5 F5 on the grid: Champions); 1, 1 → F1 (R3 F3: Need attention).
    expect(assignments.map((a) => a.segment)).toEqual([
      "Champions",
      "Champions",
      "Need attention",
      "Need attention",
    ]);
    expect(assignments[2]?.trace[1]).toBe("RFM 1-1-1 (on the 1–5 grid: R3 F3) → Need attention");
  });

  it("an account with a last order but none in the window is scored (lapsed), not 'Never ordered'", () => {
    const { assignments } = scoreRfm(
      [
        buyer("a", "2026-06-20", 4, "40"),
        testAccount("z", {}, { lastOrderDate: "2024-01-01", orders: 0, revenue: "0" }),
      ],
      { kind: "rfm", bins: 5 },
      context,
    );
    // Two buyers in 5 bins: the better gets 1 + ⌊5 × 1 ÷ 2⌋ = 3, the worse 1 → R1 F1: Hibernating.
    expect(assignments.map((a) => a.segment)).toEqual(["Need attention", "Hibernating"]);
  });
});

describe("rfmSegmentOf", () => {
  it("covers the 25 cells of the classic grid", () => {
    const grid = [1, 2, 3, 4, 5].map((r) => [1, 2, 3, 4, 5].map((f) => rfmSegmentOf(r, f)));
    expect(grid).toEqual([
      ["Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
      ["Hibernating", "Hibernating", "At risk", "At risk", "Can't lose them"],
      ["About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"],
      ["Promising", "Potential loyalists", "Potential loyalists", "Loyal", "Loyal"],
      ["New customers", "Potential loyalists", "Potential loyalists", "Champions", "Champions"],
    ]);
  });
});

describe("quantileScores", () => {
  it("[5, 1, 3, 3] in 4 bins → [4, 1, 2, 2]: 3 values below 5, none below 1, one below each 3", () => {
    expect(quantileScores([5, 1, 3, 3], (a, b) => a - b, 4)).toEqual([4, 1, 2, 2]);
  });
});
