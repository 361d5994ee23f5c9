import { describe, expect, it } from "vitest";
import { createPipelineFixture } from "../pipeline/test-support/pipeline-fixture";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";

// Writes on their own fixture, so pipeline.db.test.ts's figures stay as computed there. Today 2026-03-15; the
// test clock's "now" is noon UTC that day.
const pipe = useSignedInFixture(createPipelineFixture, { today: "2026-03-15" });
const unconfigured = useSignedInFixture((db) => createPipelineFixture(db, { withStages: false }), {
  today: "2026-03-15",
});

const validSettings = {
  stages: [
    {
      name: "Discovery",
      outcome: "open",
      probability: "0.1",
      forecastCategory: "pipeline",
      entryCriteria: { requiredFields: [], checklist: [] },
      exitCriteria: { requiredFields: [], checklist: [] },
      maxDaysInStage: null,
    },
    {
      name: "Proposal",
      outcome: "open",
      probability: "0.5",
      forecastCategory: "best_case",
      entryCriteria: { requiredFields: ["amount"], checklist: ["economic_buyer"] },
      exitCriteria: { requiredFields: [], checklist: [] },
      maxDaysInStage: 45,
    },
    {
      name: "Won",
      outcome: "won",
      probability: "1",
      forecastCategory: "closed",
      entryCriteria: { requiredFields: [], checklist: [] },
      exitCriteria: { requiredFields: [], checklist: [] },
      maxDaysInStage: null,
    },
    {
      name: "Lost",
      outcome: "lost",
      probability: "0",
      forecastCategory: "omitted",
      entryCriteria: { requiredFields: [], checklist: [] },
      exitCriteria: { requiredFields: [], checklist: [] },
      maxDaysInStage: null,
    },
  ],
  qualification: {
    framework: "BANT",
    items: [
      { key: "economic_buyer", label: "Economic buyer" },
      { key: "budget", label: "Budget" },
    ],
  },
  stalledAfterDays: 21,
  pushedAfter: 3,
  amountCutShare: "0.25",
};

describe("pipeline settings of a workspace without any", () => {
  it("infers stages from the deals' history: order met, probability = won ÷ reached, not stored", async () => {
    const admin = await unconfigured.signedIn("admin");
    const body = await (await admin.get("/api/pipeline/settings")).json();
    // reached (history or current stage): Discovery 8 deals (2 won), Proposal 4 (1 won: o6), Negotiation 2 (1: o8)
    expect(
      body.stages.map(
        (s: { name: string; outcome: string; probability: string; forecastCategory: string }) => [
          s.name,
          s.outcome,
          s.probability,
          s.forecastCategory,
        ],
      ),
    ).toEqual([
      ["Discovery", "open", "0.2500", "pipeline"],
      ["Proposal", "open", "0.3333", "pipeline"],
      ["Negotiation", "open", "0.5000", "best_case"],
      ["Prospecting", "open", "0.0000", "pipeline"],
      ["Won", "won", "1", "closed"],
      ["Lost", "lost", "0", "omitted"],
    ]);
    expect(body).toMatchObject({
      updatedAt: null,
      unknownStages: [],
      qualification: { framework: "MEDDICC" },
    });
  });
});

describe("PUT /api/pipeline/settings", () => {
  it("refuses non-admins (403) and reports every problem by path (422), saving nothing", async () => {
    const mia = await pipe.signedIn("mia");
    expect((await mia.request("PUT", "/api/pipeline/settings", { json: validSettings })).status).toBe(403);
    const admin = await pipe.signedIn("admin");
    const [discovery, proposal, won, lost] = validSettings.stages;
    const response = await admin.request("PUT", "/api/pipeline/settings", {
      json: {
        ...validSettings,
        stages: [
          discovery,
          { ...proposal, probability: "1.2", entryCriteria: { requiredFields: [], checklist: ["champion"] } },
          { ...won, name: "Discovery", probability: "0.9" },
          lost,
        ],
      },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: "stages.1.probability", message: 'A probability is a decimal from 0 to 1, got "1.2"' },
      { path: "stages.1.entryCriteria.checklist.0", message: '"champion" is not a qualification item key' },
      { path: "stages.2.name", message: 'Duplicate stage name "Discovery"' },
      { path: "stages.2.probability", message: "A won stage has probability 1" },
    ]);
    const empty = await admin.request("PUT", "/api/pipeline/settings", {
      json: { ...validSettings, stages: [] },
    });
    expect((await empty.json()).errors).toEqual([
      { path: "stages", message: "At least one stage is needed" },
    ]);
    const after = await (await admin.get("/api/pipeline/settings")).json();
    expect(after.stages).toHaveLength(5);
  });

  it("replaces the stages; a dropped stage's deals become unknown_stage, never dropped", async () => {
    const admin = await pipe.signedIn("admin");
    const response = await admin.request("PUT", "/api/pipeline/settings", { json: validSettings });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.stages.map((s: { name: string; position: number }) => [s.name, s.position])).toEqual([
      ["Discovery", 0],
      ["Proposal", 1],
      ["Won", 2],
      ["Lost", 3],
    ]);
    expect(body).toMatchObject({ stalledAfterDays: 21, pushedAfter: 3, amountCutShare: "0.25" });
    expect(body.updatedAt.slice(0, 16)).toBe("2026-03-15T12:00");
    expect(body.unknownStages).toEqual([
      { stage: "Negotiation", opportunities: 1 },
      { stage: "Prospecting", opportunities: 1 },
    ]);
    const flagged = await (
      await admin.get("/api/pipeline/opportunities?flag=unknown_stage&sort=name")
    ).json();
    expect(flagged.opportunities.map((o: { name: string }) => o.name)).toEqual(["Beta deal", "Legacy"]);
    // put the fixture's stages back for the PATCH tests
    const restore = {
      ...validSettings,
      stages: [
        validSettings.stages[0],
        { ...validSettings.stages[1], maxDaysInStage: null },
        {
          ...validSettings.stages[0],
          name: "Negotiation",
          probability: "0.8",
          exitCriteria: { requiredFields: ["close_date"], checklist: [] },
        },
        validSettings.stages[2],
        validSettings.stages[3],
      ],
      stalledAfterDays: 30,
      pushedAfter: 2,
      amountCutShare: "0.2",
    };
    expect((await admin.request("PUT", "/api/pipeline/settings", { json: restore })).status).toBe(200);
    // what GET returns can be sent back as it is
    const current = await (await admin.get("/api/pipeline/settings")).json();
    expect((await admin.request("PUT", "/api/pipeline/settings", { json: current })).status).toBe(200);
  });
});

describe("PATCH /api/pipeline/opportunities/{id}", () => {
  const patch = async (who: "ana" | "ben" | "mia" | "admin" | "marketing", key: string, json: unknown) =>
    (await pipe.signedIn(who)).request("PATCH", `/api/pipeline/opportunities/${pipe.fixture.deals[key]}`, {
      json,
    });

  it("refuses a forward move whose entry criteria are not met, naming what is missing", async () => {
    const response = await patch("ana", "o1", { stage: "Proposal" });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: "stage", message: "Cannot move to Proposal: missing Economic buyer" },
    ]);
  });

  it("refuses an unknown stage, a negative amount and an unknown checklist key, all at once", async () => {
    const response = await patch("ana", "o1", {
      stage: "Signed",
      amount: "-1.00",
      qualification: { champion: true },
    });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: "amount", message: "An amount cannot be negative (got -1.00)" },
      { path: "qualification.champion", message: '"champion" is not an item of the BANT checklist' },
      {
        path: "stage",
        message: '"Signed" is not a configured stage (Discovery, Proposal, Negotiation, Won, Lost)',
      },
    ]);
    const detail = await (
      await (await pipe.signedIn("ana")).get(`/api/pipeline/opportunities/${pipe.fixture.deals.o1}`)
    ).json();
    expect(detail.opportunity).toMatchObject({ stage: "Discovery", amount: "10000.00" });
  });

  it("only the owner, a manager above them or an admin may change a deal", async () => {
    expect((await patch("ben", "o1", { nextStep: "x" })).status).toBe(403);
    expect((await patch("marketing", "o1", { nextStep: "x" })).status).toBe(403);
    expect((await patch("mia", "o1", { nextStep: "Send proposal" })).status).toBe(200);
  });

  it("ticking the checklist and moving together passes; the change appends a history row", async () => {
    const response = await patch("ana", "o1", {
      stage: "Proposal",
      qualification: { economic_buyer: true },
      amount: "12000.00",
    });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.opportunity).toMatchObject({
      stage: "Proposal",
      status: "open",
      forecastCategory: "best_case",
      amount: "12000.00",
      weighted: "6000.00",
      daysInStage: 0,
      nextStep: "Send proposal",
      qualification: { economic_buyer: true },
    });
    expect(body.criteria).toEqual({ stage: "Proposal", met: true, missing: [] });
    expect(
      body.timeline
        .slice(-4)
        .map((e: { at: string; kind: string; previous: string | null }) => [
          e.at.slice(0, 16),
          e.kind,
          e.previous,
        ]),
    ).toEqual([
      ["2026-03-10T15:30", "activity", null],
      ["2026-03-15T12:00", "stage", "Discovery"],
      ["2026-03-15T12:00", "amount", "10000.00"],
      ["2026-03-15T12:00", "category", "pipeline"],
    ]);
  });

  it("a deal without history gets its before-state first; moving to Lost sets the status and needs no criteria", async () => {
    const response = await patch("admin", "o9", { stage: "Lost" });
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.opportunity).toMatchObject({ stage: "Lost", status: "lost", forecastCategory: "omitted" });
    expect(
      body.timeline.map((e: { at: string; kind: string; message: string }) => [
        e.at.slice(0, 16),
        e.kind,
        e.message,
      ]),
    ).toEqual([
      ["2026-03-12T00:00", "created", "Created in Discovery at -500.00"],
      ["2026-03-15T12:00", "closed", "Lost: moved from Discovery to Lost"],
      ["2026-03-15T12:00", "category", "Forecast category pipeline → omitted"],
    ]);
  });

  it("leaving Negotiation forward needs its exit criteria (a close date)", async () => {
    const cleared = await patch("ben", "o3", { closeDate: null });
    expect(cleared.status).toBe(200);
    const response = await patch("ben", "o3", { stage: "Won" });
    expect(response.status).toBe(422);
    expect((await response.json()).errors).toEqual([
      { path: "stage", message: "Cannot move to Won: missing Close date" },
    ]);
    const won = await patch("ben", "o3", { stage: "Won", closeDate: "2026-03-15" });
    expect((await won.json()).opportunity).toMatchObject({
      status: "won",
      forecastCategory: "closed",
      flags: [],
    });
  });
});
