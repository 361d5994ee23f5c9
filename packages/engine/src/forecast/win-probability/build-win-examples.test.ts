import { describe, expect, it } from "vitest";
import { buildWinExamples, openDealState } from "./build-win-examples";
import { closeDateTiming, closeTimingOf, fitCloseTiming } from "./close-timing";
import { fitStageBaseline } from "./stage-baseline";
import type { WinDeal } from "./types";

const deal = (
  id: string,
  owner: string,
  won: boolean | null,
  closeDate: string | null,
  entries: [string, string][],
): WinDeal => ({
  id,
  ownerId: owner,
  createdOn: entries[0]?.[1] ?? "2026-01-01",
  closeDate,
  won,
  amount: 1000,
  stageEntries: entries.map(([stage, enteredOn]) => ({ stage, enteredOn })),
  categorical: { type: "new_business" },
  numeric: {},
});

describe("Training states from stage history", () => {
  const won = deal("w", "ana", true, "2026-03-10", [
    ["Qualify", "2026-01-01"],
    ["Propose", "2026-02-15"],
  ]);
  const lost = deal("l", "ana", false, "2026-02-01", [["Qualify", "2026-01-10"]]);

  it("a state at each stage entry and every 30 days in the stage: Qualify day 0 and 30, Propose day 0", () => {
    const examples = buildWinExamples([won], { stepDays: 30 });
    expect(examples.map((e) => [e.stage, e.on, e.daysInStage, e.ageDays, e.daysToClose])).toEqual([
      ["Qualify", "2026-01-01", 0, 0, 68],
      ["Qualify", "2026-01-31", 30, 30, 38],
      ["Propose", "2026-02-15", 0, 45, 23],
    ]);
  });

  it("no leakage: the owner's record counts only deals closed before each state (lost on 02-01)", () => {
    const examples = buildWinExamples([won, lost], { stepDays: 30 });
    const rates = examples.filter((e) => e.dealId === "w").map((e) => [e.on, e.numeric.ownerWinRate]);
    // Before 02-01 Ana has no closed deal: (0 + 1) / (0 + 2) = 0.5; from 02-01 on, 1 lost: (0 + 1) / (1 + 2).
    expect(rates).toEqual([
      ["2026-01-01", 0.5],
      ["2026-01-31", 0.5],
      ["2026-02-15", 1 / 3],
    ]);
  });

  it("an open deal's state on a day: its latest stage entry, days in stage and age", () => {
    const open = deal("o", "ana", null, null, [
      ["Qualify", "2026-01-01"],
      ["Propose", "2026-03-01"],
    ]);
    const state = openDealState(open, "2026-03-11", [won, lost]);
    expect([state.stage, state.daysInStage, state.ageDays, state.won]).toEqual(["Propose", 10, 69, null]);
    expect(state.numeric.ownerWinRate).toBe(0.5); // 1 won, 1 lost: (1 + 1) / (2 + 2)
  });

  it("stage baseline: Qualify entered by 2 deals, 1 won = 0.5; Propose 1 of 1 = 1; base 1 of 2", () => {
    expect(fitStageBaseline(buildWinExamples([won, lost], { stepDays: 30 }))).toEqual({
      rates: { Propose: 1, Qualify: 0.5 },
      base: 0.5,
    });
  });
});

describe("Close timing", () => {
  // Won deals that closed 10, 20, …, 100 days after entering Propose.
  const timing = fitCloseTiming(
    Array.from({ length: 10 }, (_, i) => ({
      dealId: `d${i}`,
      on: "2026-01-01",
      stage: "Propose",
      daysInStage: 0,
      ageDays: 0,
      daysToClose: (i + 1) * 10,
      won: true,
      categorical: {},
      numeric: {},
    })),
  );

  it("15 days in stage: remaining 5, 15, …, 85; 5 of 9 within the 45 days to the period's end", () => {
    const result = closeTimingOf(
      timing,
      { stage: "Propose", daysInStage: 15, closeDate: null },
      { asOf: "2026-02-14", startsOn: "2026-01-01", endsOn: "2026-03-31" },
    );
    // remaining 5 15 25 35 45 55 65 75 85: up to 45 days (2026-03-31 is 45 days after 02-14) → 5 of 9
    expect(result.closeInPeriodProbability).toBeCloseTo(5 / 9, 12);
    expect(result.expectedCloseDate).toBe("2026-03-31"); // median 45 days
  });

  it("no history longer than the deal's time in stage: its own close date decides", () => {
    const window = { asOf: "2026-02-14", startsOn: "2026-01-01", endsOn: "2026-03-31" };
    expect(
      closeTimingOf(timing, { stage: "Propose", daysInStage: 200, closeDate: "2026-05-01" }, window),
    ).toEqual({
      closeInPeriodProbability: 0,
      expectedCloseDate: "2026-05-01",
    });
    // A close date in the past counts as today.
    expect(closeDateTiming("2026-01-05", window)).toEqual({
      closeInPeriodProbability: 1,
      expectedCloseDate: "2026-02-14",
    });
  });
});
