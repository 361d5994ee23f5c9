import { describe, expect, it } from "vitest";
import { checkPipelineSettings } from "./check-pipeline-settings";
import { checkStageMove } from "./check-stage-move";
import { inferPipelineStages } from "./infer-pipeline-stages";
import { testConfig } from "./test-config";
import type { CriteriaFacts } from "./types";

const facts: CriteriaFacts = {
  amount: null,
  closeDate: null,
  accountId: null,
  productId: null,
  nextStep: null,
  source: null,
  contactCount: null,
  qualification: {},
};

describe("checkStageMove", () => {
  it("forward into Proposal needs its entry criteria, listed in order", () => {
    expect(checkStageMove(facts, "Discovery", "Proposal", testConfig())).toEqual({
      allowed: false,
      reason: "criteria",
      missing: [
        { kind: "field", key: "amount", label: "Amount" },
        { kind: "checklist", key: "economic_buyer", label: "Economic buyer" },
      ],
    });
    expect(
      checkStageMove(
        { ...facts, amount: "5", qualification: { economic_buyer: true } },
        "Discovery",
        "Proposal",
        testConfig(),
      ),
    ).toEqual({ allowed: true, missing: [] });
  });
  it("out of Negotiation forward (to Won) needs its exit criteria; back or to Lost needs nothing", () => {
    expect(checkStageMove(facts, "Negotiation", "Won", testConfig())).toMatchObject({
      allowed: false,
      missing: [{ kind: "field", key: "close_date", label: "Close date" }],
    });
    expect(checkStageMove(facts, "Negotiation", "Discovery", testConfig()).allowed).toBe(true);
    expect(checkStageMove(facts, "Negotiation", "Lost", testConfig()).allowed).toBe(true);
    expect(checkStageMove(facts, "Discovery", "Signed", testConfig())).toEqual({
      allowed: false,
      reason: "unknown_stage",
      missing: [],
    });
  });
});

describe("checkPipelineSettings", () => {
  it("accepts the test configuration", () => {
    expect(checkPipelineSettings(testConfig())).toEqual([]);
  });
  it("reports every problem with its path", () => {
    const config = testConfig();
    const [discovery, proposal, negotiation, won, lost] = config.stages;
    const broken = {
      ...config,
      qualification: {
        framework: "x",
        items: [...config.qualification.items, { key: "champion", label: "Again" }],
      },
      stages: [
        discovery!,
        { ...proposal!, probability: "1.5", entryCriteria: { requiredFields: [], checklist: ["budget"] } },
        { ...negotiation!, name: "Discovery", maxDaysInStage: 0 },
        { ...won!, probability: "0.9" },
        { ...lost!, probability: "0.1" },
      ],
      stalledAfterDays: 0,
      pushedAfter: 1.5,
      amountCutShare: "0",
    };
    expect(checkPipelineSettings(broken)).toEqual([
      { path: "qualification.items.2.key", message: 'Duplicate qualification item key "champion"' },
      { path: "stages.1.probability", message: 'A probability is a decimal from 0 to 1, got "1.5"' },
      { path: "stages.1.entryCriteria.checklist.0", message: '"budget" is not a qualification item key' },
      { path: "stages.2.name", message: 'Duplicate stage name "Discovery"' },
      { path: "stages.2.maxDaysInStage", message: "Days in stage is a whole number above 0, or empty" },
      { path: "stages.3.probability", message: "A won stage has probability 1" },
      { path: "stages.4.probability", message: "A lost stage has probability 0" },
      { path: "stalledAfterDays", message: "Stalled after is a whole number of days above 0" },
      { path: "pushedAfter", message: "Pushed after is a whole number above 0" },
      { path: "amountCutShare", message: 'The amount cut share is a decimal above 0 and at most 1, got "0"' },
    ]);
    expect(checkPipelineSettings({ ...config, stages: [] })).toEqual([
      { path: "stages", message: "At least one stage is needed" },
    ]);
    expect(checkPipelineSettings({ ...config, stages: [discovery!] })).toEqual([
      { path: "stages", message: "One stage must be a won stage" },
      { path: "stages", message: "One stage must be a lost stage" },
    ]);
  });
});

describe("inferPipelineStages", () => {
  it("orders open stages by where deals meet them; probability = won ÷ reached; adds the missing lost stage", () => {
    const config = inferPipelineStages([
      { stage: "Closed Won", order: 3, outcome: "won", reached: 4, won: 4 },
      { stage: "Propose", order: 1.5, outcome: "open", reached: 8, won: 4 },
      { stage: "Qualify", order: 0, outcome: "open", reached: 20, won: 4 },
      { stage: "Commit", order: 2.2, outcome: "open", reached: 5, won: 4 },
    ]);
    expect(
      config.stages.map((s) => [s.name, s.position, s.outcome, s.probability, s.forecastCategory]),
    ).toEqual([
      ["Qualify", 0, "open", "0.2000", "pipeline"],
      ["Propose", 1, "open", "0.5000", "best_case"],
      ["Commit", 2, "open", "0.8000", "commit"],
      ["Closed Won", 3, "won", "1", "closed"],
      ["Closed Lost", 4, "lost", "0", "omitted"],
    ]);
    expect(checkPipelineSettings(config)).toEqual([]);
  });
});
