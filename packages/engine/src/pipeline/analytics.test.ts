import { describe, expect, it } from "vitest";
import { pipelineAgeing } from "./pipeline-ageing";
import { stageConversion } from "./stage-conversion";
import { stageVelocity, stageVisits } from "./stage-velocity";
import { testConfig } from "./test-config";
import { winRates } from "./win-rates";

describe("stageConversion", () => {
  it("10 deals: 4 stopped in Discovery (2 lost), 3 reached Proposal (1 lost), 1 in Negotiation, 2 won", () => {
    const rows = stageConversion(testConfig().stages, [
      { reached: "Discovery", status: "open", deals: 2 },
      { reached: "Discovery", status: "lost", deals: 2 },
      { reached: "Proposal", status: "open", deals: 2 },
      { reached: "Proposal", status: "lost", deals: 1 },
      { reached: "Negotiation", status: "open", deals: 1 },
      { reached: "Discovery", status: "won", deals: 2 }, // won deals pass every stage
      { reached: null, status: "lost", deals: 5 }, // never in a configured open stage: outside the funnel
    ]);
    expect(rows).toEqual([
      {
        stage: "Discovery",
        entered: 10,
        advanced: 6,
        won: 2,
        lost: 3,
        conversionToNext: "0.6000",
        conversionToWon: "0.2000",
      },
      {
        stage: "Proposal",
        entered: 6,
        advanced: 3,
        won: 2,
        lost: 1,
        conversionToNext: "0.5000",
        conversionToWon: "0.3333",
      },
      {
        stage: "Negotiation",
        entered: 3,
        advanced: 2,
        won: 2,
        lost: 0,
        conversionToNext: "0.6667",
        conversionToWon: "0.6667",
      },
    ]);
  });
});

describe("stageVelocity", () => {
  it("completed stays only: Discovery 9 and 12 days → median 10.5, mean 10.5; Proposal 7 → 7", () => {
    const visits = [
      ...stageVisits([
        { on: "2026-01-01", stage: "Discovery", amount: null, closeDate: null },
        { on: "2026-01-05", stage: "Discovery", amount: "10", closeDate: null },
        { on: "2026-01-10", stage: "Proposal", amount: "10", closeDate: null },
        { on: "2026-01-17", stage: "Negotiation", amount: "10", closeDate: null }, // still running
      ]),
      ...stageVisits([
        { on: "2026-02-01", stage: "Discovery", amount: null, closeDate: null },
        { on: "2026-02-13", stage: "Won", amount: null, closeDate: null },
      ]),
    ];
    expect(visits).toEqual([
      { stage: "Discovery", days: 9, count: 1 },
      { stage: "Proposal", days: 7, count: 1 },
      { stage: "Discovery", days: 12, count: 1 },
    ]);
    expect(stageVelocity(testConfig().stages, visits)).toEqual([
      { stage: "Discovery", deals: 2, medianDays: 10.5, meanDays: "10.5" },
      { stage: "Proposal", deals: 1, medianDays: 7, meanDays: "7.0" },
      { stage: "Negotiation", deals: 0, medianDays: null, meanDays: null },
    ]);
  });
});

describe("pipelineAgeing", () => {
  it("buckets by age: 30 → 0-30, 31 → 31-60, 181 → 181+", () => {
    expect(
      pipelineAgeing(
        [
          { ageDays: 30, deals: 2, amount: "100.00" },
          { ageDays: 31, deals: 1, amount: "50.50" },
          { ageDays: 181, deals: 1, amount: "1" },
          { ageDays: -3, deals: 1, amount: "0.25" },
        ],
        "EUR",
      ),
    ).toEqual([
      { bucket: "0-30", count: 3, amount: "100.25" },
      { bucket: "31-60", count: 1, amount: "50.50" },
      { bucket: "61-90", count: 0, amount: "0.00" },
      { bucket: "91-180", count: 0, amount: "0.00" },
      { bucket: "181+", count: 1, amount: "1.00" },
    ]);
  });
});

describe("winRates", () => {
  it("3 won of 4 closed = 0.75; average (1000 + 2000 + 3000.01) ÷ 3 = 2000.00; cycle median 40", () => {
    const result = winRates(
      [
        {
          key: "web",
          label: "Web",
          status: "won",
          deals: 2,
          amountDeals: 2,
          amount: "3000.00",
          cycleDays: 40,
        },
        {
          key: "ref",
          label: "Referral",
          status: "won",
          deals: 1,
          amountDeals: 1,
          amount: "3000.01",
          cycleDays: 90,
        },
        {
          key: "web",
          label: "Web",
          status: "lost",
          deals: 1,
          amountDeals: 1,
          amount: "10.00",
          cycleDays: null,
        },
        {
          key: "web",
          label: "Web",
          status: "open",
          deals: 2,
          amountDeals: 2,
          amount: "700.00",
          cycleDays: null,
        },
      ],
      "EUR",
    );
    expect(result.summary).toEqual({
      won: 3,
      lost: 1,
      winRate: "0.7500",
      averageDeal: "2000.00",
      cycleMedianDays: 40,
    });
    expect(result.groups).toEqual([
      {
        key: "ref",
        label: "Referral",
        won: 1,
        lost: 0,
        open: 0,
        winRate: "1.0000",
        averageDeal: "3000.01",
        cycleMedianDays: 90,
        openAmount: "0.00",
      },
      {
        key: "web",
        label: "Web",
        won: 2,
        lost: 1,
        open: 2,
        winRate: "0.6667",
        averageDeal: "1500.00",
        cycleMedianDays: 40,
        openAmount: "700.00",
      },
    ]);
  });
});
