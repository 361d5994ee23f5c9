import { describe, expect, it } from "vitest";
import { createForecastStatisticsFixture } from "../forecast-statistics/forecast-statistics-fixture";
import { scoreOpenOpportunities } from "../forecast-statistics/score-open-opportunities";
import { statisticalForecast } from "../forecast-statistics/statistical-forecast";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";

const today = "2026-02-14";
const plain = useSignedInFixture(createForecastStatisticsFixture, { today });
const trained = useSignedInFixture(
  (database) => createForecastStatisticsFixture(database, { history: true }),
  {
    today,
  },
);

describe("Statistical forecast without a model (stage defaults, close dates)", () => {
  it("admin: 1200.50 closed + 5000.00 + 61.00 + 0 + 300.00 = 6561.50; negative and no-rate deals left out, counted", async () => {
    const client = await plain.signedIn("admin");
    const response = await client.get(`/api/forecasts/periods/${plain.fixture.periodId}/statistical`);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({
      model: null,
      currency: "EUR",
      closed: "1200.50",
      expected: "6561.50",
      interval: "p10-p90",
      draws: 5000,
      excluded: { noAmount: 0, negativeAmount: 1, noRate: 1 },
    });
    expect(body.deals.map((d: { name: string; expectedValue: string }) => [d.name, d.expectedValue])).toEqual(
      [
        ["A1", "5000.00"],
        ["B2", "300.00"],
        ["A2", "61.00"],
        ["B1", "0.00"],
      ],
    );
    expect(body.deals[2]).toMatchObject({
      reportingAmount: "305.00",
      winProbability: "0.2000",
      closeInPeriodProbability: "1.0000",
      expectedCloseDate: "2026-03-10",
    });
    // Closed is certain: the interval can only add to it, and it cannot exceed closed + every open deal in the period.
    expect(Number(body.low)).toBeGreaterThanOrEqual(1200.5);
    expect(Number(body.high)).toBeLessThanOrEqual(1200.5 + 10000 + 305 + 1500);
    expect(Number(body.low)).toBeLessThanOrEqual(Number(body.high));
    expect(
      body.histogram.reduce((sum: number, bin: { share: string }) => sum + Number(bin.share), 0),
    ).toBeCloseTo(1, 3);
  });

  it("the same data gives the same figures (seeded by the period id)", async () => {
    const client = await plain.signedIn("admin");
    const first = await (
      await client.get(`/api/forecasts/periods/${plain.fixture.periodId}/statistical`)
    ).json();
    const second = await (
      await client.get(`/api/forecasts/periods/${plain.fixture.periodId}/statistical`)
    ).json();
    expect(second).toEqual(first);
  });

  it("by motion: new business 1200.50 + 5000.00 + 61.00 = 6261.50; expansion 300.00", async () => {
    const client = await plain.signedIn("admin");
    const path = `/api/forecasts/periods/${plain.fixture.periodId}/statistical?motion=`;
    expect((await (await client.get(`${path}new_business`)).json()).expected).toBe("6261.50");
    expect((await (await client.get(`${path}expansion_renewal`)).json()).expected).toBe("300.00");
  });

  it("a rep sees their own deals only: Ana 6261.50; marketing is refused", async () => {
    const ana = await plain.signedIn("ana");
    const body = await (await ana.get(`/api/forecasts/periods/${plain.fixture.periodId}/statistical`)).json();
    expect(body.expected).toBe("6261.50");
    const outside = await ana.get(
      `/api/forecasts/periods/${plain.fixture.periodId}/statistical?personId=${plain.fixture.people.ben}`,
    );
    expect(outside.status).toBe(403);
    const marketing = await plain.signedIn("marketing");
    expect((await marketing.get(`/api/forecasts/periods/${plain.fixture.periodId}/statistical`)).status).toBe(
      403,
    );
  });

  it("statisticalForecast for many trees: Mia (Ana + Ben) 6561.50, Ana 6261.50 with the normal interval", async () => {
    const { fixture, database } = plain;
    const result = await statisticalForecast(database.db, {
      workspaceId: fixture.workspaceId,
      periodId: fixture.periodId,
      asOf: today,
      motion: "all",
      trees: [
        { personId: fixture.people.mia, personIds: [fixture.people.ana, fixture.people.ben] },
        { personId: fixture.people.ana, personIds: [] },
      ],
    });
    // Ana: mean 10000 × 0.5 + 305 × 0.2 = 5061; sd √(10000² × 0.25 + 305² × 0.16) = 5001.4882;
    // low max(5061 − 1.2816 × 5001.49, 0) = 0 → 1200.50; high min(5061 + 6409.84, 10305) = 10305 → 11505.50.
    expect(result.get(fixture.people.ana)).toEqual({
      expected: "6261.50",
      low: "1200.50",
      high: "11505.50",
      closed: "1200.50",
    });
    expect(result.get(fixture.people.mia)?.expected).toBe("6561.50");
  });

  it("scoreOpenOpportunities without a model: the stage defaults (Propose 0.5, Qualify 0.2) for all six open deals", async () => {
    const { fixture, database } = plain;
    const scored = await scoreOpenOpportunities(database.db, {
      workspaceId: fixture.workspaceId,
      asOf: today,
      model: null,
    });
    expect(scored.map((deal) => [deal.name, deal.winProbability, deal.reportingAmount]).sort()).toEqual([
      ["A1", 0.5, "10000.00"],
      ["A2", 0.2, "305.00"],
      ["B1", 0.5, "2000.00"],
      ["B2", 0.2, "1500.00"],
      ["B3", 0.2, "-100.00"],
      ["B4", 0.2, null],
    ]);
  });

  it("training with one closed deal is refused with 422 on cutoff; a rep may not train (403)", async () => {
    const admin = await plain.signedIn("admin");
    const response = await admin.post("/api/forecasts/models", {});
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.errors[0].path).toBe("cutoff");
    expect((await admin.get("/api/forecasts/models/latest")).status).toBe(404);
    const ana = await plain.signedIn("ana");
    expect((await ana.post("/api/forecasts/models", {})).status).toBe(403);
  });
});

describe("Statistical forecast with a trained model", () => {
  it("trains on 2025's 60 deals (80/20 by close date), stores the metrics and serves the latest", async () => {
    const finance = await trained.signedIn("finance");
    const response = await finance.post("/api/forecasts/models", {});
    expect(response.status).toBe(201);
    const summary = await response.json();
    // 61 closed deals (60 of 2025 + W1), sorted by close date: the one at index ⌊61 × 0.8⌋ = 48 closes on 2025-10-08,
    // so 48 train and 13 (12 of 2025 + W1) test.
    expect(summary).toMatchObject({ cutoff: "2025-10-08", trainedOn: 48, testedOn: 13 });
    expect(summary.features).toContain("stage=Propose");
    expect(summary.metrics.calibration).toHaveLength(10);
    // Deterministic data and fit: held-out AUC 0.6442 and Brier 0.1859 against the stage baseline's 0.5182 and 0.1889.
    expect(summary.metrics).toMatchObject({
      auc: "0.6442",
      brier: "0.1859",
      baseline: { auc: "0.5182", brier: "0.1889" },
    });
    expect(summary.metrics.calibration.reduce((n: number, bin: { count: number }) => n + bin.count, 0)).toBe(
      46,
    );
    const latest = await (await finance.get("/api/forecasts/models/latest")).json();
    expect(latest).toEqual(summary);

    const admin = await trained.signedIn("admin");
    const path = `/api/forecasts/periods/${trained.fixture.periodId}/statistical`;
    const first = await (await admin.get(path)).json();
    expect(first.model.id).toBe(summary.id);
    expect(await (await admin.get(path)).json()).toEqual(first);
    // The expected value is closed + the per-deal values shown, to the cent.
    const sum = first.deals.reduce(
      (total: number, d: { expectedValue: string }) => total + Math.round(Number(d.expectedValue) * 100),
      0,
    );
    expect(Math.round(Number(first.expected) * 100)).toBe(120_050 + sum);
  });

  it("a cutoff leaving too few deals after it is refused with 422 cutoff", async () => {
    const admin = await trained.signedIn("admin");
    const response = await admin.post("/api/forecasts/models", { cutoff: "2026-01-16" });
    expect(response.status).toBe(422);
    expect((await response.json()).errors[0].path).toBe("cutoff");
  });

  it("a malformed cutoff is a 400 naming the field; the routes are in the OpenAPI document", async () => {
    const admin = await trained.signedIn("admin");
    const response = await admin.post("/api/forecasts/models", { cutoff: "2026-13-01" });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].path).toBe("cutoff");
    const doc = await (await admin.get("/api/openapi.json")).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/forecasts/models",
        "/api/forecasts/models/latest",
        "/api/forecasts/periods/{id}/statistical",
      ]),
    );
  });
});
