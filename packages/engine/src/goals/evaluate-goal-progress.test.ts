import { describe, expect, it } from "vitest";
import { EngineInputError } from "../errors";
import { evaluateGoalProgress, type GoalProgressInput } from "./evaluate-goal-progress";

// Q4 2026 bookings: 300000 by Dec 31 (92 days), 80000 by Oct 31 (day 31), 180000 by Nov 30 (day 61).
const bookings: GoalProgressInput = {
  direction: "up",
  accrues: true,
  target: "300000",
  baseline: null,
  startsOn: "2026-10-01",
  deadline: "2026-12-31",
  today: "2026-11-15",
  value: "120000",
  milestones: [
    { id: "m2", label: "November", dueOn: "2026-11-30", target: "180000", value: null },
    { id: "m1", label: "October", dueOn: "2026-10-31", target: "80000", value: "85000" },
  ],
  unit: "currency",
  kpiName: "Bookings vs target",
};
const on = (today: string, value: string | null, extra: Partial<GoalProgressInput> = {}) =>
  evaluateGoalProgress({ ...bookings, today, value, ...extra });

describe("evaluateGoalProgress: the pace passes through each milestone on its due day", () => {
  it.each([
    ["2026-09-30", null, "before the start"],
    ["2026-10-01", "2580.65", "day 1: 80000 × 1 / 31"],
    ["2026-10-15", "38709.68", "day 15: 80000 × 15 / 31 = 38709.677…"],
    ["2026-10-31", "80000.00", "Oct 31 = the first milestone"],
    ["2026-11-01", "83333.33", "80000 + 100000 × 1 / 30"],
    ["2026-11-15", "130000.00", "day 46: 80000 + 100000 × 15 / 30"],
    ["2026-11-30", "180000.00", "Nov 30 = the second milestone"],
    ["2026-12-31", "300000.00", "the deadline = the target"],
    ["2027-02-01", "300000.00", "after the deadline it stays at the target"],
  ])("%s: expected %s (%s)", (today, expected, _why) => {
    expect(on(today, "0").expectedByToday).toBe(expected);
  });
});

describe("evaluateGoalProgress: status", () => {
  it("Nov 15 against 130000 due: 130000 on track, 120000 (≥ 117000) at risk, 116999.99 off track", () => {
    expect(on("2026-11-15", "130000").status).toBe("on_track");
    expect(on("2026-11-15", "117000").status).toBe("at_risk");
    expect(on("2026-11-15", "120000").status).toBe("at_risk");
    expect(on("2026-11-15", "116999.99").status).toBe("off_track");
  });

  it("not started before the start; achieved as soon as an accruing up KPI reaches the target; missed after the deadline", () => {
    expect(on("2026-09-30", null).status).toBe("not_started");
    expect(on("2026-12-01", "300000").status).toBe("achieved");
    expect(on("2026-12-31", "290000").status).toBe("at_risk");
    expect(on("2027-01-01", "290000").status).toBe("missed");
    expect(on("2027-01-01", "300000.01").status).toBe("achieved");
  });

  it("no value yet is at risk (nothing to judge), missed after the deadline", () => {
    expect(on("2026-11-15", null)).toMatchObject({
      status: "at_risk",
      ratio: null,
      explanationCode: "no_value",
    });
    expect(on("2027-01-02", null).status).toBe("missed");
  });

  it("ratio 120000 / 300000 = 0.4000, and the explanation in words and as a code", () => {
    expect(on("2026-11-15", "120000")).toMatchObject({
      value: "120000",
      ratio: "0.4000",
      explanation:
        "At risk: Bookings vs target 120000 against 130000.00 expected by today (target 300000 by 2026-12-31).",
      explanationCode: "at_risk",
      explanationParams: {
        value: "120000",
        expected: "130000.00",
        target: "300000",
        startsOn: "2026-10-01",
        deadline: "2026-12-31",
      },
    });
  });
});

describe("evaluateGoalProgress: milestones are judged from their due day", () => {
  it("Nov 15: October met (85000 ≥ 80000), November not due yet; output keeps the input order", () => {
    expect(on("2026-11-15", "120000").milestones.map((m) => [m.id, m.met])).toEqual([
      ["m2", null],
      ["m1", true],
    ]);
  });

  it("70000 by October: on Oct 31 not yet judged (the day is not over), on Nov 1 not met", () => {
    const short = [{ id: "m1", label: "October", dueOn: "2026-10-31", target: "80000", value: "70000" }];
    expect(on("2026-10-31", "70000", { milestones: short }).milestones[0]?.met).toBeNull();
    expect(on("2026-11-01", "70000", { milestones: short }).milestones[0]?.met).toBe(false);
    const reached = [
      { ...short[0], id: "m1", label: "October", dueOn: "2026-10-31", target: "80000", value: "80000" },
    ];
    expect(on("2026-10-31", "80000", { milestones: reached }).milestones[0]?.met).toBe(true);
  });
});

describe("evaluateGoalProgress: levels (rates, averages)", () => {
  // Win rate from 0.20 to 0.30 over H1 2026 (181 days).
  const winRate: GoalProgressInput = {
    direction: "up",
    accrues: false,
    target: "0.30",
    baseline: "0.20",
    startsOn: "2026-01-01",
    deadline: "2026-06-30",
    today: "2026-03-31",
    value: "0.25",
    milestones: [],
    unit: "percent",
  };

  it("Mar 31 (day 90): 0.20 + 0.10 × 90 / 181 = 0.24972… → 0.2497; 0.25 is on track; ratio (0.25 − 0.20) / 0.10", () => {
    expect(evaluateGoalProgress(winRate)).toMatchObject({
      expectedByToday: "0.2497",
      status: "on_track",
      ratio: "0.5000",
    });
  });

  it("a level reaching the target early is on track, not achieved; achieved on the deadline; missed after it", () => {
    expect(evaluateGoalProgress({ ...winRate, value: "0.31" }).status).toBe("on_track");
    expect(evaluateGoalProgress({ ...winRate, value: "0.31", today: "2026-06-30" }).status).toBe("achieved");
    expect(evaluateGoalProgress({ ...winRate, value: "0.29", today: "2026-07-01" }).status).toBe("missed");
  });

  it("down with a baseline: sales cycle 60 → 30 days over Q1 (90 days); Feb 14 (day 45) expects 45.0", () => {
    const cycle: GoalProgressInput = {
      ...winRate,
      direction: "down",
      target: "30",
      baseline: "60",
      deadline: "2026-03-31",
      today: "2026-02-14",
      value: "48",
      unit: "days",
    };
    expect(evaluateGoalProgress(cycle)).toMatchObject({
      expectedByToday: "45.0",
      status: "at_risk",
      ratio: "0.4000",
    });
    expect(evaluateGoalProgress({ ...cycle, value: "49.6" }).status).toBe("off_track");
    expect(evaluateGoalProgress({ ...cycle, value: "44" }).status).toBe("on_track");
  });

  it("down without a baseline holds the target: 30 days due from the start; 32 at risk, 34 off track; ratio 30 / 32", () => {
    const cycle: GoalProgressInput = {
      ...winRate,
      direction: "down",
      target: "30",
      baseline: null,
      deadline: "2026-03-31",
      today: "2026-01-10",
      value: "32",
      unit: "days",
    };
    expect(evaluateGoalProgress(cycle)).toMatchObject({
      expectedByToday: "30.0",
      status: "at_risk",
      ratio: "0.9375",
    });
    expect(evaluateGoalProgress({ ...cycle, value: "34" }).status).toBe("off_track");
  });
});

describe("evaluateGoalProgress: bad input", () => {
  it("a deadline before the start, a milestone outside the dates, a bad decimal are input errors", () => {
    expect(() => on("2026-11-15", "1", { deadline: "2026-09-01" })).toThrow(EngineInputError);
    expect(() =>
      on("2026-11-15", "1", {
        milestones: [{ id: "x", label: "x", dueOn: "2027-01-01", target: "1", value: null }],
      }),
    ).toThrow(/outside/);
    expect(() => on("2026-11-15", "1e5")).toThrow(EngineInputError);
    expect(() => on("2026-13-01", "1")).toThrow(EngineInputError);
  });
});
