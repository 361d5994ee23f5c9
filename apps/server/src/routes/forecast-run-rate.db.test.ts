import { createTestWorkspace } from "../test-support/create-test-workspace";
import { randomUUID } from "node:crypto";
import { type AttainDatabase, exchangeRates, orderLines, reportingLines } from "@attain/db";
import { optimisedThetaForecast, roundAmount, seasonalNaiveForecast } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { loadArima } from "../forecast-statistics/run-rate/load-arima";
import { useSignedInFixture } from "../test-support/use-signed-in-fixture";

// Today 2026-03-15: complete months end with 2026-02; March so far is shown but not fitted.
// Ana (under Mia): one line a month 2024-09…2026-02 of 1000.00 + 50.00·k (k = 0…17), and 777.00 on 2026-03-02.
// Ben (under Mia): 2025-06 500.00 − 120.50 (cancellation) = 379.50; 2025-08 100.00 GBP with no rate (left out);
//   2026-01 250.20 USD × 0.9000 = 225.18. Carl (no manager): 2025-01 3000.00.
async function createRunRateFixture(database: AttainDatabase) {
  const { db } = database;
  const { workspaceId, person, user } = await createTestWorkspace(database, {
    slug: "run-rate",
    name: "Run Rate Ltd",
  });
  const mia = await person("mia", "Mia Manager", "manager");
  const ana = await person("ana", "Ana Seller", "ae");
  const ben = await person("ben", "Ben Seller", "ae");
  const carl = await person("carl", "Carl Seller", "ae");
  await db.insert(reportingLines).values([
    { workspaceId, personId: ana, managerId: mia, validFrom: "2024-01-01" },
    { workspaceId, personId: ben, managerId: mia, validFrom: "2024-01-01" },
  ]);
  await db
    .insert(exchangeRates)
    .values([{ workspaceId, currency: "USD", month: "2026-01-01", rate: "0.9000" }]);
  const line = (
    externalId: string,
    ownerId: string,
    bookingDate: string,
    amount: string,
    currency = "EUR",
  ) => ({
    workspaceId,
    externalId,
    orderNumber: `SO-${externalId}`,
    ownerId,
    bookingDate,
    amount,
    currency,
  });
  const benFirstLine = randomUUID();
  const anaLines = Array.from({ length: 18 }, (_, k) => {
    const month = new Date(Date.UTC(2024, 8 + k, 10)).toISOString().slice(0, 10);
    return line(`a${k}`, ana, month, (1000 + 50 * k).toFixed(2));
  });
  await db.insert(orderLines).values([
    ...anaLines,
    line("a-now", ana, "2026-03-02", "777.00"),
    { ...line("b1", ben, "2025-06-15", "500.00"), id: benFirstLine },
    {
      ...line("b2", ben, "2025-06-20", "-120.50"),
      kind: "cancellation" as const,
      originalLineId: benFirstLine,
    },
    line("b3", ben, "2025-08-01", "100.00", "GBP"),
    line("b4", ben, "2026-01-05", "250.20", "USD"),
    line("c1", carl, "2025-01-10", "3000.00"),
  ]);
  return {
    people: { mia, ana, ben, carl },
    emails: {
      admin: await user("admin", "admin", null),
      hr: await user("hr", "hr", null),
      marketing: await user("marketing", "marketing", null),
      mia: await user("mia", "manager", mia),
      ben: await user("ben", "rep", ben),
    },
  };
}

const env = useSignedInFixture(createRunRateFixture, { today: "2026-03-15" });
const months = (from: number, count: number) =>
  Array.from({ length: count }, (_, i) =>
    new Date(Date.UTC(2024, 8 + from + i, 1)).toISOString().slice(0, 7),
  );

// Workspace: Ana's 1000 + 50k, plus 2025-01 Carl 3000.00, 2025-06 Ben 379.50, 2026-01 Ben 225.18.
const workspaceHistory = months(0, 18).map((month, k) => {
  const extra: Record<string, number> = { "2025-01": 3000, "2025-06": 379.5, "2026-01": 225.18 };
  return { month, amount: (1000 + 50 * k + (extra[month] ?? 0)).toFixed(2) };
});

describe("GET /api/forecasts/run-rate", () => {
  it("admin: 18 complete months 2024-09…2026-02 (2025-01 = 1200.00 + 3000.00 = 4200.00), March left out", async () => {
    const body = await (await (await env.signedIn("admin")).get("/api/forecasts/run-rate")).json();
    expect(body.currency).toBe("EUR");
    expect(body.history).toEqual(workspaceHistory);
    expect(body.history.find((p: { month: string }) => p.month === "2025-01").amount).toBe("4200.00");
    expect(body.history.find((p: { month: string }) => p.month === "2026-01").amount).toBe("2025.18");
    expect(body.currentMonth).toEqual({ month: "2026-03", amount: "777.00" });
    expect(body.notes[0]).toBe("2026-03 is not over yet (777.00 EUR so far), so it is not used to fit.");
    expect(body.notes).toContain("1 line in a currency without an exchange rate for its month is left out.");
  });

  it("forecasts 6 months from the current one, the engine's Theta and seasonal naive rounded to the cent", async () => {
    const body = await (await (await env.signedIn("admin")).get("/api/forecasts/run-rate")).json();
    const y = workspaceHistory.map((p) => Number(p.amount));
    const theta = optimisedThetaForecast(y, { horizon: 6, period: 12, holdout: 12 });
    const naive = seasonalNaiveForecast(y, { horizon: 6, period: 12 });
    const cents = (value: number) => roundAmount(value.toFixed(6), "EUR", "half_up");
    expect(body.forecast.map((row: { month: string }) => row.month)).toEqual([
      "2026-03",
      "2026-04",
      "2026-05",
      "2026-06",
      "2026-07",
      "2026-08",
    ]);
    expect(body.forecast.map((row: { theta: string }) => row.theta)).toEqual(theta.mean.map(cents));
    expect(body.forecast.map((row: { low: string }) => row.low)).toEqual(theta.lower.map(cents));
    // Seasonal naive with 18 months: the same month a year before, 2025-03 = 1000 + 50·6 = 1300.00, …
    expect(body.forecast.map((row: { seasonalNaive: string }) => row.seasonalNaive)).toEqual(
      naive.mean.map(cents),
    );
    expect(body.forecast[0].seasonalNaive).toBe("1300.00");
    expect(body.forecast[3].seasonalNaive).toBe("1829.50");
    expect(body.method).toBe(
      "Theta (θ = 2, the classical method: too few months to choose θ; 80 % interval) on 18 complete months 2024-09…2026-02",
    );
    expect(body.holdout.months).toBe(6);
    expect(body.holdout.theta.smape).toMatch(/^\d+\.\d{2}$/);
    expect(body.holdout.seasonalNaive.mase).toMatch(/^\d+\.\d{3}$/);
  });

  it("SARIMA is a column when the `arima` package loads, and a note saying why not when it does not", async () => {
    const body = await (await (await env.signedIn("admin")).get("/api/forecasts/run-rate")).json();
    if (await loadArima()) {
      for (const row of body.forecast) expect(row.arima).toMatch(/^-?\d+\.\d{2}$/);
      expect(body.holdout.arima.smape).toMatch(/^\d+\.\d{2}$/);
    } else {
      expect(body.forecast.every((row: { arima: string | null }) => row.arima === null)).toBe(true);
      expect(body.notes).toContain("SARIMA not shown: the `arima` package is not installed.");
    }
  });

  it("months=12 gives 12 months; months=0, 25 and abc are 400 naming query.months", async () => {
    const admin = await env.signedIn("admin");
    const body = await (await admin.get("/api/forecasts/run-rate?months=12")).json();
    expect(body.forecast).toHaveLength(12);
    expect(body.forecast.at(-1).month).toBe("2027-02");
    // The same model whatever the horizon: 6 months ahead are the first 6 of 12.
    const six = await (await admin.get("/api/forecasts/run-rate?months=6")).json();
    expect(body.forecast.slice(0, 6)).toEqual(six.forecast);
    for (const months of ["0", "25", "abc", "1.5"]) {
      const response = await admin.get(`/api/forecasts/run-rate?months=${months}`);
      expect(response.status).toBe(400);
      expect((await response.json()).errors.map((e: { path: string }) => e.path)).toEqual(["query.months"]);
    }
  });

  it("is documented in the OpenAPI description with its `months` parameter", async () => {
    const doc = await (await (await env.signedIn("admin")).get("/api/openapi.json")).json();
    const operation = doc.paths["/api/forecasts/run-rate"].get;
    expect(operation.parameters.map((p: { name: string }) => p.name).sort()).toEqual(["months", "personId"]);
  });

  it("HR and marketing do not see forecasts (403)", async () => {
    expect((await (await env.signedIn("hr")).get("/api/forecasts/run-rate")).status).toBe(403);
    expect((await (await env.signedIn("marketing")).get("/api/forecasts/run-rate")).status).toBe(403);
  });

  it("a manager sees their tree only: 2025-01 is Ana's 1200.00 without Carl's 3000.00; a rep may not ask for Carl", async () => {
    const body = await (await (await env.signedIn("mia")).get("/api/forecasts/run-rate")).json();
    expect(body.history.find((p: { month: string }) => p.month === "2025-01").amount).toBe("1200.00");
    const ben = await env.signedIn("ben");
    expect((await ben.get(`/api/forecasts/run-rate?personId=${env.fixture.people.carl}`)).status).toBe(403);
  });

  it("one person: Ben's months from his first line, empty months as 0.00; 9 months is too short for a holdout", async () => {
    const admin = await env.signedIn("admin");
    const body = await (await admin.get(`/api/forecasts/run-rate?personId=${env.fixture.people.ben}`)).json();
    expect(body.history).toEqual([
      { month: "2025-06", amount: "379.50" },
      ...["2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"].map((month) => ({
        month,
        amount: "0.00",
      })),
      { month: "2026-01", amount: "225.18" },
      { month: "2026-02", amount: "0.00" },
    ]);
    expect(body.currentMonth).toEqual({ month: "2026-03", amount: "0.00" });
    expect(body.forecast).toHaveLength(6);
    expect(body.holdout).toBeNull();
    expect(body.notes).toContain(
      "No holdout accuracy: it needs 18 complete months (the last 6 held out), there are 9.",
    );
  });
});
