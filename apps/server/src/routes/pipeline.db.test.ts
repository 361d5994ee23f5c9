import { accountSegments, forecastPeriods, segmentations } from "@attain/db";
import { describe, expect, it } from "vitest";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";
import { createPipelineFixture } from "../pipeline/test-support/pipeline-fixture";

// The fixture (pipeline/test-support/pipeline-fixture.ts), today 2026-03-15, reporting currency EUR:
//   o1 Ana  Discovery   10,000.00 EUR          close 03-31  healthy                      weighted 10,000 × 0.1 = 1,000.00
//   o2 Ana  Proposal    20,000.00 USD × 0.9000 = 18,000.00  close 03-20  pushed twice, cut 25,000 → 20,000 (20 %),
//                       no next step, 1 contact                                            weighted 18,000 × 0.5 = 9,000.00
//   o3 Ben  Negotiation 30,000.00 EUR          close 03-10 (past), 33 days in stage > 20   weighted 30,000 × 0.8 = 24,000.00
//   o4 Carl Discovery    5,000.00 GBP          no GBP rate → no reporting amount, flagged
//   o5 Carl "Prospecting" (not configured) 4,000.00 EUR, close 06-30, untouched since 2025-10-01 (165 days)
//   o6 Ana won 8,000 (02-15) · o7 Ben lost 6,000 (02-20) · o8 Carl won 12,000 (2025-11-30)
//   o9 Ben  Discovery     −500.00 EUR          negative amount                             weighted −500 × 0.1 = −50.00
const pipe = useSignedInFixture(createPipelineFixture, { today: "2026-03-15" });

describe("GET /api/pipeline/opportunities", () => {
  it("lists the 6 open deals by close date, totals 30,000 + 18,000 + 10,000 − 500 + 4,000 = 61,500.00 (o4 has no rate)", async () => {
    const admin = await pipe.signedIn("admin");
    const response = await admin.get("/api/pipeline/opportunities");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.total).toBe(6);
    expect(body.currency).toBe("EUR");
    expect(body.opportunities.map((o: { name: string }) => o.name)).toEqual([
      "Beta deal",
      "Alpha expansion",
      "Gamma pounds",
      "Alpha platform",
      "Refund",
      "Legacy",
    ]);
    // weighted: 24,000 + 9,000 + 1,000 − 50 = 33,950.00 (o5's stage has no probability)
    expect(body.totals).toEqual({ amount: "61500.00", weighted: "33950.00" });
  });

  it("shows each deal's figures and flags with messages naming the numbers", async () => {
    const admin = await pipe.signedIn("admin");
    const body = await (await admin.get("/api/pipeline/opportunities?sort=name")).json();
    const byName = Object.fromEntries(body.opportunities.map((o: { name: string }) => [o.name, o]));
    expect(byName["Alpha expansion"]).toMatchObject({
      stage: "Proposal",
      stageKnown: true,
      type: "expansion",
      motion: "expansion_renewal",
      amount: "20000.00",
      currency: "USD",
      reportingAmount: "18000.00",
      probability: "0.5",
      weighted: "9000.00",
      ageDays: 69,
      daysInStage: 42,
      lastActivityOn: "2026-03-01",
      pushCount: 2,
      flags: [
        { kind: "pushed", message: "Close date pushed later 2 times (limit 2)" },
        { kind: "amount_cut", message: "Amount cut 20% from its peak of 25000.00 to 20000.00 (limit 20%)" },
        { kind: "no_next_step", message: "No next step" },
        { kind: "single_contact", message: "Single-threaded: only 1 contact on the buyer's side" },
      ],
    });
    expect(byName["Beta deal"].flags).toEqual([
      {
        kind: "past_close_date",
        message: "Close date 2026-03-10 passed 5 days ago and the deal is still open",
      },
      { kind: "stalled", message: "33 days in Negotiation (limit 20)" },
    ]);
    expect(byName["Gamma pounds"]).toMatchObject({ reportingAmount: null, weighted: null });
    expect(byName["Gamma pounds"].flags).toEqual([
      {
        kind: "no_rate",
        message: "No exchange rate from GBP to EUR for 2026-03 or before; left out of totals",
      },
    ]);
    expect(byName.Legacy).toMatchObject({
      stageKnown: false,
      probability: null,
      weighted: null,
      daysInStage: 165,
    });
    expect(byName.Legacy.flags.map((f: { kind: string }) => f.kind)).toEqual(["unknown_stage", "stalled"]);
    expect(byName.Refund.flags).toEqual([{ kind: "negative_amount", message: "Negative amount -500.00" }]);
    expect(byName["Alpha platform"].flags).toEqual([]);
  });

  it("filters by flag in SQL (the same kinds the engine gives), by motion, by text, and pages", async () => {
    const admin = await pipe.signedIn("admin");
    const names = async (query: string) =>
      (await (await admin.get(`/api/pipeline/opportunities?${query}`)).json()).opportunities.map(
        (o: { name: string }) => o.name,
      );
    expect(await names("flag=stalled&sort=name")).toEqual(["Beta deal", "Legacy"]);
    expect(await names("flag=pushed")).toEqual(["Alpha expansion"]);
    expect(await names("flag=no_rate")).toEqual(["Gamma pounds"]);
    expect(await names("flag=unknown_stage")).toEqual(["Legacy"]);
    expect(await names("motion=expansion_renewal")).toEqual(["Alpha expansion"]);
    expect(await names("q=alpha&sort=amount&order=desc")).toEqual(["Alpha expansion", "Alpha platform"]);
    expect(await names("status=won&sort=closeDate")).toEqual(["Won old", "Won deal"]);
    expect(await names("closeFrom=2026-03-15&closeTo=2026-03-31")).toEqual([
      "Alpha expansion",
      "Gamma pounds",
      "Alpha platform",
    ]);
    expect(await names("stage=Discovery&sort=name")).toEqual(["Alpha platform", "Gamma pounds", "Refund"]);
    expect(await names("sort=amount&order=desc&limit=2&offset=1")).toEqual([
      "Alpha expansion",
      "Alpha platform",
    ]);
    const page = await (await admin.get("/api/pipeline/opportunities?status=all&limit=1")).json();
    expect(page.total).toBe(9);
    // every deal's SQL flags match the engine's
    for (const flag of [
      "stalled",
      "pushed",
      "amount_cut",
      "no_next_step",
      "single_contact",
      "past_close_date",
      "unknown_stage",
      "negative_amount",
      "missing_criteria",
      "no_rate",
    ]) {
      const list = await (await admin.get(`/api/pipeline/opportunities?status=all&flag=${flag}`)).json();
      for (const o of list.opportunities)
        expect(o.flags.map((f: { kind: string }) => f.kind)).toContain(flag);
    }
  });

  it("scopes by role: a rep sees their own, a manager their tree, HR nothing", async () => {
    const count = async (who: "ana" | "mia" | "dan" | "marketing", query = "") =>
      (await (await (await pipe.signedIn(who)).get(`/api/pipeline/opportunities${query}`)).json()).total;
    expect(await count("ana")).toBe(2); // o1, o2
    expect(await count("mia")).toBe(4); // Ana's o1, o2 + Ben's o3, o9
    expect(await count("dan")).toBe(6);
    expect(await count("marketing")).toBe(6);
    expect(await count("dan", `?personId=${pipe.fixture.people.mia}`)).toBe(4);
    const hr = await pipe.signedIn("hr");
    expect((await hr.get("/api/pipeline/opportunities")).status).toBe(403);
    const ana = await pipe.signedIn("ana");
    expect((await ana.get(`/api/pipeline/opportunities?personId=${pipe.fixture.people.ben}`)).status).toBe(
      403,
    );
    expect((await ana.get(`/api/pipeline/opportunities/${pipe.fixture.deals.o3}`)).status).toBe(403);
  });
});

describe("GET /api/pipeline/board", () => {
  it("columns per open stage with counts, sums and flagged deals; unknown stages apart", async () => {
    const admin = await pipe.signedIn("admin");
    const body = await (await admin.get("/api/pipeline/board")).json();
    const summary = (c: {
      stage: string;
      probability: string | null;
      count: number;
      amount: string;
      weighted: string;
      flagged: number;
      opportunities: { name: string }[];
    }) => ({
      stage: c.stage,
      probability: c.probability,
      count: c.count,
      amount: c.amount,
      weighted: c.weighted,
      flagged: c.flagged,
      names: c.opportunities.map((o) => o.name),
    });
    expect(body.columns.map(summary)).toEqual([
      // 10,000 + (no rate) − 500 = 9,500.00; 1,000 − 50 = 950.00; o4 and o9 flagged
      {
        stage: "Discovery",
        probability: "0.1",
        count: 3,
        amount: "9500.00",
        weighted: "950.00",
        flagged: 2,
        names: ["Alpha platform", "Refund", "Gamma pounds"],
      },
      {
        stage: "Proposal",
        probability: "0.5",
        count: 1,
        amount: "18000.00",
        weighted: "9000.00",
        flagged: 1,
        names: ["Alpha expansion"],
      },
      {
        stage: "Negotiation",
        probability: "0.8",
        count: 1,
        amount: "30000.00",
        weighted: "24000.00",
        flagged: 1,
        names: ["Beta deal"],
      },
    ]);
    expect(summary(body.unknownStage)).toEqual({
      stage: "Unknown stage",
      probability: null,
      count: 1,
      amount: "4000.00",
      weighted: "0.00",
      flagged: 1,
      names: ["Legacy"],
    });
  });
});

describe("GET /api/pipeline/opportunities/{id}", () => {
  it("gives the criteria of the stage and the timeline oldest first", async () => {
    const ana = await pipe.signedIn("ana");
    const body = await (await ana.get(`/api/pipeline/opportunities/${pipe.fixture.deals.o2}`)).json();
    expect(body.criteria).toEqual({ stage: "Proposal", met: true, missing: [] });
    expect(
      body.timeline.map((e: { at: string; kind: string; previous: string | null; message: string }) => [
        e.at.slice(0, 10),
        e.kind,
        e.previous,
        e.message,
      ]),
    ).toEqual([
      ["2026-01-05", "created", null, "Created in Discovery at 25000.00"],
      ["2026-01-20", "close_date", "2026-02-28", "Close date 2026-02-28 → 2026-03-10 (pushed)"],
      ["2026-02-01", "stage", "Discovery", "Stage Discovery → Proposal"],
      ["2026-02-01", "amount", "25000.00", "Amount 25000.00 → 20000.00"],
      ["2026-02-01", "close_date", "2026-03-10", "Close date 2026-03-10 → 2026-03-20 (pushed)"],
      ["2026-03-01", "activity", null, "Call by Ana Seller: connected"],
    ]);
    const won = await (
      await (await pipe.signedIn("admin")).get(`/api/pipeline/opportunities/${pipe.fixture.deals.o6}`)
    ).json();
    expect(won.timeline.at(-1)).toMatchObject({
      kind: "closed",
      stage: "Won",
      message: "Won: moved from Proposal to Won",
    });
  });

  it("names what the current stage's entry criteria miss", async () => {
    const admin = await pipe.signedIn("admin");
    const o1 = await (await admin.get(`/api/pipeline/opportunities/${pipe.fixture.deals.o1}`)).json();
    expect(o1.criteria).toEqual({ stage: "Discovery", met: true, missing: [] });
    expect((await admin.get("/api/pipeline/opportunities/00000000-0000-4000-8000-000000000000")).status).toBe(
      404,
    );
  });
});

describe("GET /api/pipeline/analytics", () => {
  it("conversion, velocity, ageing and win rates of the deals created from 2025-09-01 (all 9)", async () => {
    const admin = await pipe.signedIn("admin");
    const body = await (await admin.get("/api/pipeline/analytics?from=2025-09-01&by=source")).json();
    expect(body).toMatchObject({ currency: "EUR", from: "2025-09-01", to: "2026-03-15" });
    // furthest stage: Discovery o1 o4 o9 (open) o7 (lost); Proposal o2; Negotiation o3; won o6 o8 pass all; o5 none
    expect(body.conversion).toEqual([
      {
        stage: "Discovery",
        entered: 8,
        advanced: 4,
        won: 2,
        lost: 1,
        conversionToNext: "0.5000",
        conversionToWon: "0.2500",
      },
      {
        stage: "Proposal",
        entered: 4,
        advanced: 3,
        won: 2,
        lost: 0,
        conversionToNext: "0.7500",
        conversionToWon: "0.5000",
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
    // Discovery stays 27 (o2), 40 (o3), 14 (o6), 41 (o7), 30 (o8): median 30, mean 152 ÷ 5 = 30.4
    expect(body.velocity).toEqual([
      { stage: "Discovery", deals: 5, medianDays: 30, meanDays: "30.4" },
      { stage: "Proposal", deals: 2, medianDays: 31, meanDays: "31.0" },
      { stage: "Negotiation", deals: 1, medianDays: 60, meanDays: "60.0" },
    ]);
    expect(body.ageing).toEqual([
      { bucket: "0-30", count: 3, amount: "9500.00" },
      { bucket: "31-60", count: 0, amount: "0.00" },
      { bucket: "61-90", count: 1, amount: "18000.00" },
      { bucket: "91-180", count: 2, amount: "34000.00" },
      { bucket: "181+", count: 0, amount: "0.00" },
    ]);
    // 2 won of 3 closed; (8,000 + 12,000) ÷ 2; cycles 45 and 90 days
    expect(body.summary).toEqual({
      won: 2,
      lost: 1,
      winRate: "0.6667",
      averageDeal: "10000.00",
      cycleMedianDays: 67.5,
    });
    expect(body.groups).toEqual([
      {
        key: "—",
        label: "—",
        won: 2,
        lost: 1,
        open: 6,
        winRate: "0.6667",
        averageDeal: "10000.00",
        cycleMedianDays: 67.5,
        openAmount: "61500.00",
      },
    ]);
  });

  it("groups by the account's segment in the latest Tier segmentation, '—' without one", async () => {
    const { db } = pipe.database;
    const workspaceId = pipe.fixture.workspaceId;
    const segmentation = async (validFrom: string, segment: string) => {
      const [row] = await db
        .insert(segmentations)
        .values({
          workspaceId,
          name: "Tier",
          kind: "tiers",
          config: {},
          validFrom,
          asOf: validFrom,
          currency: "EUR",
          summary: {},
        })
        .returning({ id: segmentations.id });
      await db
        .insert(accountSegments)
        .values({ workspaceId, segmentationId: row!.id, accountId: pipe.fixture.accounts.alpha, segment });
    };
    await segmentation("2025-01-01", "B");
    await segmentation("2026-01-01", "A"); // the latest wins
    const admin = await pipe.signedIn("admin");
    const body = await (await admin.get("/api/pipeline/analytics?from=2025-09-01&by=segment")).json();
    // Alpha's deals: o1 (open 10,000) and o2 (open 18,000); the rest have no account
    expect(
      body.groups.map((g: { label: string; won: number; lost: number; open: number; openAmount: string }) => [
        g.label,
        g.won,
        g.lost,
        g.open,
        g.openAmount,
      ]),
    ).toEqual([
      ["—", 2, 1, 4, "33500.00"],
      ["A", 0, 0, 2, "28000.00"],
    ]);
  });

  it("groups by owner and narrows to a manager's tree", async () => {
    const mia = await pipe.signedIn("mia");
    const body = await (await mia.get("/api/pipeline/analytics?from=2025-09-01&by=owner")).json();
    expect(
      body.groups.map((g: { label: string; won: number; lost: number; open: number; openAmount: string }) => [
        g.label,
        g.won,
        g.lost,
        g.open,
        g.openAmount,
      ]),
    ).toEqual([
      ["Ana Seller", 1, 0, 2, "28000.00"],
      ["Ben Seller", 0, 1, 2, "29500.00"],
    ]);
  });
});

describe("GET /api/pipeline/coverage", () => {
  it("Q1 2026 for the company: 58,000 open vs 60,000 − 8,000 = 52,000 remaining → 1.1154×", async () => {
    const admin = await pipe.signedIn("admin");
    const body = await (await admin.get("/api/pipeline/coverage?period=2026-Q1")).json();
    expect(body).toEqual({
      currency: "EUR",
      period: { id: "2026-Q1", label: "FY2026 Q1", startsOn: "2026-01-01", endsOn: "2026-03-31" },
      target: "60000.00",
      closedWon: "8000.00",
      remaining: "52000.00",
      // o3 30,000 + o2 18,000 + o1 10,000 (o4 has no rate; o9 closes in April)
      openPipeline: "58000.00",
      weightedPipeline: "34000.00",
      coverage: "1.1154",
      // trailing 12 months: o6, o8 won, o7 lost → 2 ÷ 3
      winRate: "0.6667",
      requiredCoverage: "1.4999",
      expectedFromPipeline: "38668.60",
      expectedShareOfRemaining: "0.7436",
      // 52,000 ÷ 0.6667 = 77,996.10 − 58,000
      gap: "19996.10",
      byMotion: [
        { motion: "new_business", closedWon: "8000.00", openPipeline: "40000.00" },
        { motion: "expansion_renewal", closedWon: "0.00", openPipeline: "18000.00" },
      ],
    });
    const byDefault = await (await admin.get("/api/pipeline/coverage")).json();
    expect(byDefault.period.label).toBe("FY2026 Q1");
  });

  it("takes a forecast period id too (404 for an unknown one), and narrows to a motion", async () => {
    const [period] = await pipe.database.db
      .insert(forecastPeriods)
      .values({
        workspaceId: pipe.fixture.workspaceId,
        label: "FY2026 Q2",
        startsOn: "2026-04-01",
        endsOn: "2026-06-30",
      })
      .returning({ id: forecastPeriods.id });
    const admin = await pipe.signedIn("admin");
    const body = await (await admin.get(`/api/pipeline/coverage?period=${period!.id}`)).json();
    // no Q2 targets; open in Q2: o9 −500 (Discovery) + o5 4,000 (unknown stage, no weight)
    expect(body).toMatchObject({
      period: { id: period!.id, label: "FY2026 Q2", startsOn: "2026-04-01", endsOn: "2026-06-30" },
      target: "0.00",
      remaining: "0.00",
      openPipeline: "3500.00",
      weightedPipeline: "-50.00",
      coverage: null,
    });
    expect((await admin.get("/api/pipeline/coverage?period=2026-Q2")).status).toBe(200);
    expect((await (await admin.get("/api/pipeline/coverage?period=2026-Q2")).json()).period.id).toBe(
      period!.id,
    );
    expect(
      (await admin.get("/api/pipeline/coverage?period=00000000-0000-4000-8000-000000000000")).status,
    ).toBe(404);
    const expansion = await (
      await admin.get("/api/pipeline/coverage?period=2026-Q1&motion=expansion_renewal")
    ).json();
    expect(expansion).toMatchObject({
      closedWon: "0.00",
      openPipeline: "18000.00",
      byMotion: [{ motion: "expansion_renewal", closedWon: "0.00", openPipeline: "18000.00" }],
    });
  });

  it("a rep's coverage uses their own targets: Ana 15,000 − 8,000 = 7,000 remaining, 28,000 open → 4.0×", async () => {
    const ana = await pipe.signedIn("ana");
    const body = await (await ana.get("/api/pipeline/coverage?period=2026-Q1")).json();
    expect(body).toMatchObject({
      target: "15000.00",
      closedWon: "8000.00",
      remaining: "7000.00",
      openPipeline: "28000.00",
      coverage: "4.0000",
      winRate: "1.0000",
    });
    expect((await ana.get("/api/pipeline/coverage?period=2026-Q5")).status).toBe(400);
  });
});

describe("OpenAPI", () => {
  it("documents every pipeline route", async () => {
    const doc = await (await (await pipe.signedIn("admin")).get("/api/openapi.json")).json();
    expect(
      Object.keys(doc.paths)
        .filter((p) => p.startsWith("/api/pipeline"))
        .sort(),
    ).toEqual([
      "/api/pipeline/analytics",
      "/api/pipeline/board",
      "/api/pipeline/coverage",
      "/api/pipeline/opportunities",
      "/api/pipeline/opportunities/{id}",
      "/api/pipeline/settings",
    ]);
  });
});

describe("GET /api/pipeline/settings", () => {
  it("returns the stored stages and the stages nobody configured", async () => {
    const viewer = await pipe.signedIn("viewer");
    const body = await (await viewer.get("/api/pipeline/settings")).json();
    expect(
      body.stages.map((s: { name: string; position: number; probability: string }) => [
        s.name,
        s.position,
        s.probability,
      ]),
    ).toEqual([
      ["Discovery", 0, "0.1"],
      ["Proposal", 1, "0.5"],
      ["Negotiation", 2, "0.8"],
      ["Won", 3, "1"],
      ["Lost", 4, "0"],
    ]);
    expect(body.stages[1].entryCriteria).toEqual({
      requiredFields: ["amount"],
      checklist: ["economic_buyer"],
    });
    expect(body).toMatchObject({
      stalledAfterDays: 30,
      pushedAfter: 2,
      amountCutShare: "0.2",
      updatedAt: "2026-01-01T00:00:00.000Z",
    });
    expect(body.unknownStages).toEqual([{ stage: "Prospecting", opportunities: 1 }]);
  });
});
