import { describe, expect, it } from "vitest";
import { buildRevenueVsTarget } from "./build-revenue-vs-target";
import type { RevenueVsTargetInput } from "./types";

const people = [
  { id: "alice", name: "Alice Martin", jobRole: "ae" },
  { id: "bob", name: "Bob Durand", jobRole: "ae" },
  { id: "carol", name: "Carol Weber", jobRole: "ae" },
  { id: "dave", name: "Dave Smith", jobRole: "sdr" },
];

// The worked example of docs/calculations/revenue-vs-target.md.
const example: RevenueVsTargetInput = {
  months: ["2024-03", "2024-01", "2024-02"],
  currency: "EUR",
  people,
  bookings: [
    { personId: "alice", month: "2024-01", amount: "1200.50", lines: 3 }, // 0
    { personId: "bob", month: "2024-01", amount: "799.50", lines: 2 }, // 1
    { personId: "alice", month: "2024-02", amount: "3000.00", lines: 4 }, // 2
    { personId: "bob", month: "2024-02", amount: "-200.00", lines: 1 }, // 3: a cancellation
    { personId: null, month: "2024-02", amount: "100.00", lines: 1 }, // 4: nobody's
    { personId: "carol", month: "2024-03", amount: "1500.25", lines: 2 }, // 5
    { personId: "alice", month: "2023-12", amount: "999.99", lines: 1 }, // 6: outside the period
  ],
  targets: [
    { personId: "alice", month: "2024-01", amount: "2000.00" }, // 0
    { personId: "bob", month: "2024-01", amount: "2000.00" }, // 1
    { personId: "alice", month: "2024-02", amount: "2000.00" }, // 2
    { personId: "bob", month: "2024-02", amount: "2000.00" }, // 3
    { personId: "carol", month: "2024-03", amount: "3000.00" }, // 4
    { personId: null, month: "2024-03", amount: "5000.00" }, // 5: company target for March
    { personId: "alice", month: "2024-03", amount: "1000.00" }, // 6
  ],
};

describe("buildRevenueVsTarget on the worked example", () => {
  const report = buildRevenueVsTarget(example);

  it("Jan: 1200.50 + 799.50 = 2000.00 against 2000.00 + 2000.00 = 4000.00 target = 0.5000", () => {
    expect(report.months[0]).toEqual({
      month: "2024-01",
      bookings: "2000.00",
      target: "4000.00",
      attainment: "0.5000",
      cumulativeBookings: "2000.00",
      cumulativeTarget: "4000.00",
      lines: 5,
    });
  });

  it("Feb: 3000.00 − 200.00 + 100.00 (nobody's) = 2900.00 against 4000.00 = 0.7250; cumulative 4900.00 / 8000.00", () => {
    expect(report.months[1]).toEqual({
      month: "2024-02",
      bookings: "2900.00",
      target: "4000.00",
      attainment: "0.7250",
      cumulativeBookings: "4900.00",
      cumulativeTarget: "8000.00",
      lines: 6,
    });
  });

  it("Mar: 1500.25 against the company target 5000.00 (not 3000.00 + 1000.00) = 0.30005 → 0.3000 half_even", () => {
    expect(report.months[2]).toEqual({
      month: "2024-03",
      bookings: "1500.25",
      target: "5000.00",
      attainment: "0.3000",
      cumulativeBookings: "6400.25",
      cumulativeTarget: "13000.00",
      lines: 2,
    });
  });

  it("totals: 2000.00 + 2900.00 + 1500.25 = 6400.25 against 13000.00 = 0.49233 → 0.4923; 5 + 6 + 2 = 13 lines", () => {
    expect(report.totals).toEqual({
      bookings: "6400.25",
      target: "13000.00",
      attainment: "0.4923",
      lines: 13,
    });
  });

  it("reps: Alice 4200.50/5000.00 = 0.8401, Carol 1500.25/3000.00 = 0.50008 → 0.5001, Bob 599.50/4000.00 = 0.149875 → 0.1499; Dave omitted", () => {
    expect(report.reps).toEqual([
      {
        personId: "alice",
        name: "Alice Martin",
        jobRole: "ae",
        bookings: "4200.50",
        target: "5000.00",
        attainment: "0.8401",
        lines: 7,
      },
      {
        personId: "carol",
        name: "Carol Weber",
        jobRole: "ae",
        bookings: "1500.25",
        target: "3000.00",
        attainment: "0.5001",
        lines: 2,
      },
      {
        personId: "bob",
        name: "Bob Durand",
        jobRole: "ae",
        bookings: "599.50",
        target: "4000.00",
        attainment: "0.1499",
        lines: 3,
      },
    ]);
  });

  it("distribution: 3 reps with a target, 1 (Alice) at ≥ 70%, none at 100%; share70 = 1/3 = 0.3333", () => {
    expect(report.distribution).toEqual({ reps: 3, atOrAbove100: 0, atOrAbove70: 1, share70: "0.3333" });
    expect(report.trace.distribution).toEqual({
      counted: ["alice", "bob", "carol"],
      atOrAbove70: ["alice"],
      atOrAbove100: [],
    });
  });

  it("trace: the rows behind each month, rep and total", () => {
    expect(report.trace.months).toEqual([
      { month: "2024-01", bookingRows: [0, 1], targetRows: [0, 1], targetSource: "reps" },
      { month: "2024-02", bookingRows: [2, 3, 4], targetRows: [2, 3], targetSource: "reps" },
      { month: "2024-03", bookingRows: [5], targetRows: [5], targetSource: "company" },
    ]);
    expect(report.trace.reps).toEqual([
      { personId: "alice", bookingRows: [0, 2], targetRows: [0, 2, 6] },
      { personId: "carol", bookingRows: [5], targetRows: [4] },
      { personId: "bob", bookingRows: [1, 3], targetRows: [1, 3] },
    ]);
    expect(report.trace.totals).toEqual({ bookingRows: [0, 1, 2, 3, 4, 5], targetRows: [0, 1, 2, 3, 5] });
    expect(report.trace.unassignedBookingRows).toEqual([4]);
    expect(report.trace.unassignedTargetRows).toEqual([]);
    expect(report.trace.outsidePeriod).toEqual({ bookingRows: [6], targetRows: [] });
    expect(report.currency).toBe("EUR");
  });
});

describe("buildRevenueVsTarget rules", () => {
  const base = { months: ["2024-01"], currency: "EUR", people, bookings: [], targets: [] };

  it("sums are exact and rounded only at output: 0.004 + 0.004 = 0.008 → 0.01 (per-row rounding would give 0.00)", () => {
    const report = buildRevenueVsTarget({
      ...base,
      bookings: [
        { personId: "alice", month: "2024-01", amount: "0.004", lines: 1 },
        { personId: "alice", month: "2024-01", amount: "0.004", lines: 1 },
      ],
    });
    expect(report.totals.bookings).toBe("0.01");
    expect(report.reps[0]?.bookings).toBe("0.01");
  });

  it("the rounding option names the direction: 0.005 half_up = 0.01, half_even = 0.00", () => {
    const bookings = [{ personId: "alice", month: "2024-01", amount: "0.005", lines: 1 }];
    expect(buildRevenueVsTarget({ ...base, bookings }).totals.bookings).toBe("0.01");
    expect(buildRevenueVsTarget({ ...base, bookings, rounding: "half_even" }).totals.bookings).toBe("0.00");
  });

  it("JPY has no minor digits: 1000 + 2500.5 = 3500.5 → 3501 half_up", () => {
    const report = buildRevenueVsTarget({
      ...base,
      currency: "JPY",
      bookings: [
        { personId: "alice", month: "2024-01", amount: "1000", lines: 1 },
        { personId: "alice", month: "2024-01", amount: "2500.5", lines: 1 },
      ],
      targets: [{ personId: "alice", month: "2024-01", amount: "7001" }],
    });
    expect(report.totals).toEqual({ bookings: "3501", target: "7001", attainment: "0.5000", lines: 2 });
  });

  it("no target: attainment null, the rep sorts last and is not in the distribution; an empty month is all zeros", () => {
    const report = buildRevenueVsTarget({
      ...base,
      months: ["2024-01", "2024-02"],
      bookings: [
        { personId: "alice", month: "2024-01", amount: "500.00", lines: 1 },
        { personId: "bob", month: "2024-01", amount: "100.00", lines: 1 },
      ],
      targets: [{ personId: "bob", month: "2024-01", amount: "1000.00" }],
    });
    expect(report.reps.map((r) => [r.personId, r.attainment])).toEqual([
      ["bob", "0.1000"],
      ["alice", null],
    ]);
    expect(report.distribution).toEqual({ reps: 1, atOrAbove100: 0, atOrAbove70: 0, share70: "0.0000" });
    expect(report.months[1]).toEqual({
      month: "2024-02",
      bookings: "0.00",
      target: "0.00",
      attainment: null,
      cumulativeBookings: "600.00",
      cumulativeTarget: "1000.00",
      lines: 0,
    });
    expect(report.trace.months[1]?.targetSource).toBe("none");
  });

  it("equal attainment sorts by name: Alice 500/1000 = Bob 250/500 = 0.5000 → Alice, Bob", () => {
    const report = buildRevenueVsTarget({
      ...base,
      bookings: [
        { personId: "bob", month: "2024-01", amount: "250", lines: 1 },
        { personId: "alice", month: "2024-01", amount: "500", lines: 1 },
      ],
      targets: [
        { personId: "bob", month: "2024-01", amount: "500" },
        { personId: "alice", month: "2024-01", amount: "1000" },
      ],
    });
    expect(report.reps.map((r) => r.personId)).toEqual(["alice", "bob"]);
  });

  it("70% and 100% are exact: 699.99/1000 is below 70%, 700/1000 and 1000/1000 at or above; no target → share70 null", () => {
    const rows = (personId: string, amount: string) => ({ personId, month: "2024-01", amount, lines: 1 });
    const target = (personId: string) => ({ personId, month: "2024-01", amount: "1000.00" });
    const report = buildRevenueVsTarget({
      ...base,
      bookings: [rows("alice", "699.99"), rows("bob", "700.00"), rows("carol", "1000.00")],
      targets: [target("alice"), target("bob"), target("carol")],
    });
    expect(report.distribution).toEqual({ reps: 3, atOrAbove100: 1, atOrAbove70: 2, share70: "0.6667" });
    expect(buildRevenueVsTarget(base).distribution.share70).toBeNull();
  });

  it("a rep whose sale and cancellation cancel out still appears (2 lines); one with nothing does not", () => {
    const report = buildRevenueVsTarget({
      ...base,
      bookings: [
        { personId: "alice", month: "2024-01", amount: "300.00", lines: 1 },
        { personId: "alice", month: "2024-01", amount: "-300.00", lines: 1 },
        { personId: "bob", month: "2024-01", amount: "0", lines: 0 },
      ],
    });
    expect(report.reps.map((r) => [r.personId, r.bookings, r.lines])).toEqual([["alice", "0.00", 2]]);
  });

  it("someone not in people: bookings count in totals, targets in the month's rep sum, neither in reps", () => {
    const report = buildRevenueVsTarget({
      ...base,
      bookings: [{ personId: "zoe", month: "2024-01", amount: "10.00", lines: 1 }],
      targets: [{ personId: "zoe", month: "2024-01", amount: "20.00" }],
    });
    expect(report.totals).toEqual({ bookings: "10.00", target: "20.00", attainment: "0.5000", lines: 1 });
    expect(report.reps).toEqual([]);
    expect(report.trace.unassignedBookingRows).toEqual([0]);
    expect(report.trace.unassignedTargetRows).toEqual([0]);
  });

  it("rejects bad input, naming the row", () => {
    const bad = (patch: Partial<RevenueVsTargetInput>) => () => buildRevenueVsTarget({ ...base, ...patch });
    expect(bad({ bookings: [{ personId: "alice", month: "2024-01", amount: "1e3", lines: 1 }] })).toThrow(
      /bookings\[0\]\.amount: Not a plain decimal/,
    );
    expect(bad({ targets: [{ personId: "alice", month: "2024-1", amount: "1" }] })).toThrow(
      /targets\[0\]\.month/,
    );
    expect(bad({ bookings: [{ personId: "alice", month: "2024-01", amount: "1", lines: -1 }] })).toThrow(
      /bookings\[0\]\.lines/,
    );
    expect(bad({ months: ["2024-01", "2024-01"] })).toThrow(/appears twice/);
    expect(bad({ people: [people[0]!, people[0]!] })).toThrow(/people\[1\]/);
    expect(bad({ currency: "euro" })).toThrow(/ISO 4217/);
  });
});
