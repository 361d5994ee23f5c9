import { describe, expect, it } from "vitest";
import { type OpportunityRiskFacts, flagOpportunityRisks } from "./flag-opportunity-risks";
import { summariseStageHistory } from "./summarise-stage-history";
import { testConfig } from "./test-config";

const today = "2026-03-15";
const healthy: OpportunityRiskFacts = {
  status: "open",
  stage: "Discovery",
  amount: "1000.00",
  closeDate: "2026-04-30",
  createdOn: "2026-03-01",
  accountId: "acc",
  productId: null,
  nextStep: "Demo",
  nextStepDue: "2026-03-20",
  source: null,
  contactCount: 3,
  qualification: {},
  stageEnteredOn: "2026-03-01",
  lastActivityOn: "2026-03-10",
  pushCount: 0,
  peakAmount: "1000.00",
  missingRate: null,
};
const kinds = (deal: Partial<OpportunityRiskFacts>) =>
  flagOpportunityRisks({ ...healthy, ...deal }, testConfig(), today).map((f) => f.kind);

describe("flagOpportunityRisks", () => {
  it("flags nothing on a healthy deal", () => {
    expect(flagOpportunityRisks(healthy, testConfig(), today)).toEqual([]);
  });
  it("stalled: last touch 2026-02-02 → 41 days ≥ 30", () => {
    expect(
      flagOpportunityRisks(
        { ...healthy, stageEnteredOn: "2026-02-02", lastActivityOn: null },
        testConfig(),
        today,
      ),
    ).toEqual([{ kind: "stalled", message: "No stage change or activity for 41 days (limit 30)" }]);
    expect(kinds({ stageEnteredOn: "2026-02-13", lastActivityOn: null })).toEqual(["stalled"]); // exactly 30
    expect(kinds({ stageEnteredOn: "2026-02-14", lastActivityOn: null })).toEqual([]); // 29
    expect(kinds({ stageEnteredOn: "2026-01-01", lastActivityOn: "2026-03-14" })).toEqual([]); // activity keeps it alive
  });
  it("stalled: 21 days in Negotiation > its 20-day limit, though touched yesterday", () => {
    expect(
      flagOpportunityRisks(
        { ...healthy, stage: "Negotiation", stageEnteredOn: "2026-02-22", lastActivityOn: "2026-03-14" },
        testConfig(),
        today,
      ),
    ).toEqual([{ kind: "stalled", message: "21 days in Negotiation (limit 20)" }]);
    expect(
      kinds({ stage: "Negotiation", stageEnteredOn: "2026-02-23", lastActivityOn: "2026-03-14" }),
    ).toEqual([]);
  });
  it("pushed: 2 pushes ≥ 2; amount cut: 800 is 20 % below the 1,000 peak", () => {
    expect(flagOpportunityRisks({ ...healthy, pushCount: 2, amount: "800.00" }, testConfig(), today)).toEqual(
      [
        { kind: "pushed", message: "Close date pushed later 2 times (limit 2)" },
        { kind: "amount_cut", message: "Amount cut 20% from its peak of 1000.00 to 800.00 (limit 20%)" },
      ],
    );
    expect(kinds({ pushCount: 1, amount: "800.01" })).toEqual([]);
  });
  it("no next step (missing, or its due date passed), single contact, past close date", () => {
    expect(
      flagOpportunityRisks(
        { ...healthy, nextStep: null, contactCount: 1, closeDate: "2026-03-01" },
        testConfig(),
        today,
      ),
    ).toEqual([
      {
        kind: "past_close_date",
        message: "Close date 2026-03-01 passed 14 days ago and the deal is still open",
      },
      { kind: "no_next_step", message: "No next step" },
      { kind: "single_contact", message: "Single-threaded: only 1 contact on the buyer's side" },
    ]);
    expect(flagOpportunityRisks({ ...healthy, nextStepDue: "2026-03-14" }, testConfig(), today)).toEqual([
      { kind: "no_next_step", message: "Next step was due on 2026-03-14, 1 day ago" },
    ]);
    expect(kinds({ contactCount: null })).toEqual([]);
  });
  it("unknown stage, negative amount and no rate are flagged even on closed deals", () => {
    expect(
      flagOpportunityRisks(
        {
          ...healthy,
          status: "won",
          stage: "Signed",
          amount: "-5.00",
          missingRate: { currency: "USD", reportingCurrency: "EUR", month: "2026-04" },
          nextStep: null,
        },
        testConfig(),
        today,
      ),
    ).toEqual([
      { kind: "unknown_stage", message: 'Stage "Signed" is not one of the configured stages' },
      { kind: "negative_amount", message: "Negative amount -5.00" },
      {
        kind: "no_rate",
        message: "No exchange rate from USD to EUR for 2026-04 or before; left out of totals",
      },
    ]);
  });
  it("missing criteria of the current stage name what is missing", () => {
    expect(
      flagOpportunityRisks(
        { ...healthy, stage: "Proposal", amount: null, peakAmount: null },
        testConfig(),
        today,
      ),
    ).toEqual([{ kind: "missing_criteria", message: "Missing for Proposal: Amount, Economic buyer" }]);
    expect(kinds({ stage: "Proposal", qualification: { economic_buyer: true } })).toEqual([]);
  });
});

describe("summariseStageHistory", () => {
  it("stage entered on the last change, pushes counted when the date moves later, peak over history and now", () => {
    expect(
      summariseStageHistory(
        [
          { on: "2026-01-01", stage: "Discovery", amount: "500", closeDate: "2026-03-31" },
          { on: "2026-01-10", stage: "Discovery", amount: "1200", closeDate: "2026-04-30" }, // push 1
          { on: "2026-02-01", stage: "Proposal", amount: "1000", closeDate: "2026-04-15" }, // earlier: no push
          { on: "2026-02-20", stage: "Proposal", amount: "900", closeDate: "2026-05-31" }, // push 2
        ],
        "900",
      ),
    ).toEqual({ stageEnteredOn: "2026-02-01", pushCount: 2, peakAmount: "1200" });
    expect(summariseStageHistory([], null)).toEqual({ stageEnteredOn: null, pushCount: 0, peakAmount: null });
  });
});
