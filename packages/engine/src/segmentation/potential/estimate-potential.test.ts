import { describe, expect, it } from "vitest";
import { SegmentationInputError } from "../segmentation-input-error";
import { testAccount } from "../test-account";
import type { PotentialConfig, SegmentationAccount } from "../types";
import { estimatePotential } from "./estimate-potential";

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return (state + 1) / 0x1_0000_0001;
  };
}

const config: PotentialConfig = {
  year: "2025",
  holdoutShare: "0.2",
  seed: 1,
  headroomQuantile: "0.75",
  minIndustryCustomers: 5,
};

const customer = (
  id: string,
  employees: number,
  annualRevenue: string,
  bookings: string,
  extra: Partial<SegmentationAccount> = {},
) => testAccount(id, { employees, annualRevenue, ...extra }, { revenueByYear: { "2025": bookings } });

describe("estimatePotential: a noise-free worked example", () => {
  // bookings = 2 × employees^0.5 × revenue^0.25 exactly, so ln b = ln 2 + 0.5 ln e + 0.25 ln r, every residual is 0
  // and the headroom quantile adds nothing.
  const grid = [
    [100, 16],
    [400, 16],
    [100, 81],
    [400, 81],
    [25, 1],
    [2500, 256],
    [900, 625],
    [1600, 10000],
  ] as const;
  const accounts = [
    ...grid.map(([e, r], i) => customer(`c${i}`, e, String(r), (2 * Math.sqrt(e) * r ** 0.25).toFixed(2))),
    testAccount("prospect", { employees: 3600, annualRevenue: "1296" }),
    testAccount("no-firmographics", {}, { revenueByYear: { "2024": "9999.999" } }),
  ];
  const result = estimatePotential(accounts, { ...config, minIndustryCustomers: 100 });

  it("recovers ln 2 = 0.6931, 0.5 and 0.25", () => {
    const value = (name: string) =>
      result.model.coefficients.find((c) => c.name === name)?.value ?? Number.NaN;
    expect(result.model.features).toEqual(["intercept", "ln employees", "ln annual revenue"]);
    expect(value("intercept")).toBeCloseTo(Math.log(2), 6);
    expect(value("ln employees")).toBeCloseTo(0.5, 6);
    expect(value("ln annual revenue")).toBeCloseTo(0.25, 6);
    expect(result.model.residualQuantile).toBeCloseTo(0, 6);
  });

  it("a prospect with 3,600 employees and revenue 1,296: 2 × 60 × 6 = 720.00 (model)", () => {
    const prospect = result.estimates.find((e) => e.accountId === "prospect");
    expect(prospect).toMatchObject({
      potential: "720.00",
      predicted: "720.00",
      actual: null,
      basis: "model",
    });
  });

  it("held out 0.2 × 8 = 1.6 → 2 customers, trained on 6, predicted exactly", () => {
    expect(result.accuracy).toMatchObject({
      trainedOn: 6,
      heldOut: 2,
      mape: 0,
      medianApe: 0,
      wape: 0,
      r2Log: 1,
    });
  });

  it("without firmographics: the median of all modelled potentials, but never below the own best year (9999.999 → 10000.00)", () => {
    const gap = result.estimates.find((e) => e.accountId === "no-firmographics");
    expect(gap).toMatchObject({ potential: "10000.00", predicted: null, basis: "own history" });
    expect(gap?.trace[0]).toMatch(
      /^no employees or annual revenue: median potential of all 9 modelled accounts = /,
    );
    expect(result.warnings).toEqual([
      {
        accountId: "no-firmographics",
        message: "no employees or annual revenue: potential is the peer median",
      },
    ]);
  });
});

describe("estimatePotential: synthetic customers with known effects", () => {
  const random = lcg(2024);
  const gaussian = () => Math.sqrt(-2 * Math.log(random())) * Math.cos(2 * Math.PI * random());
  const industries = { retail: 0.5, software: -0.3, medical: 0 } as const;
  const countries = { US: 0.2, FR: 0, DE: -0.2 } as const;
  const accounts: SegmentationAccount[] = [];
  for (let i = 0; i < 600; i++) {
    const industry = (Object.keys(industries) as (keyof typeof industries)[])[
      i % 3
    ] as keyof typeof industries;
    const country = (Object.keys(countries) as (keyof typeof countries)[])[
      Math.floor(i / 3) % 3
    ] as keyof typeof countries;
    const lnEmployees = 3 + 6 * random();
    const lnRevenue = 2 + 6 * random();
    const lnBookings =
      1 + 0.6 * lnEmployees + 0.3 * lnRevenue + industries[industry] + countries[country] + 0.1 * gaussian();
    accounts.push(
      customer(
        `s${String(i).padStart(3, "0")}`,
        Math.round(Math.exp(lnEmployees)),
        Math.exp(lnRevenue).toFixed(2),
        Math.exp(lnBookings).toFixed(2),
        {
          industry,
          countryCode: country,
        },
      ),
    );
  }
  const result = estimatePotential(accounts, config);
  const value = (name: string) => result.model.coefficients.find((c) => c.name === name)?.value ?? Number.NaN;

  // Noise sd 0.1 and 160 training customers a level: a level difference has a standard error of about 0.011, so
  // the tolerance is 0.05 (≈ 4.5 standard errors); the slopes' errors are far smaller.
  it("recovers the slopes 0.6 and 0.3 and the level differences (retail − software 0.8, US − DE 0.4)", () => {
    expect(Math.abs(value("ln employees") - 0.6)).toBeLessThan(0.01);
    expect(Math.abs(value("ln annual revenue") - 0.3)).toBeLessThan(0.01);
    expect(Math.abs(value("industry: retail") - value("industry: software") - 0.8)).toBeLessThan(0.05);
    expect(Math.abs(value("country: US") - value("country: DE") - 0.4)).toBeLessThan(0.05);
  });

  it("beats the industry-median baseline on the 120 held-out customers", () => {
    const { accuracy } = result;
    expect([accuracy.trainedOn, accuracy.heldOut]).toEqual([480, 120]);
    expect(accuracy.r2Log).toBeGreaterThan(0.95);
    expect(accuracy.mape).toBeLessThan(accuracy.baseline.mape);
    expect(accuracy.wape).toBeLessThan(accuracy.baseline.wape);
    expect(accuracy.medianApe).toBeLessThan(0.15);
  });

  it("potential = prediction × e^(q75 of residuals) ≥ prediction, never below the account's year, 2 decimals", () => {
    expect(result.model.residualQuantile).toBeGreaterThan(0);
    for (const estimate of result.estimates) {
      expect(estimate.potential).toMatch(/^\d+\.\d\d$/);
      expect(Number(estimate.potential)).toBeGreaterThanOrEqual(Number(estimate.predicted));
      expect(Number(estimate.potential)).toBeGreaterThanOrEqual(Number(estimate.actual));
      expect(estimate.basis === "own history").toBe(estimate.potential === estimate.actual);
    }
  });

  it("is deterministic for a seed and independent of input order; another seed holds out other customers", () => {
    const again = estimatePotential([...accounts].reverse(), config);
    expect(again.accuracy).toEqual(result.accuracy);
    expect(again.estimates.reverse()).toEqual(result.estimates);
    expect(estimatePotential(accounts, { ...config, seed: 2 }).accuracy.mape).not.toBe(result.accuracy.mape);
  });
});

describe("estimatePotential: input errors", () => {
  it("reports every bad config field and bad account at once", () => {
    const bad = { year: "25", holdoutShare: "1", seed: 1.5, headroomQuantile: "2", minIndustryCustomers: 0 };
    try {
      estimatePotential([testAccount("a", { annualRevenue: "-1" })], bad);
    } catch (error) {
      expect(error).toBeInstanceOf(SegmentationInputError);
      expect((error as SegmentationInputError).issues.map((issue) => issue.field)).toEqual([
        "year",
        "holdoutShare",
        "headroomQuantile",
        "seed",
        "minIndustryCustomers",
        "accounts[0].annualRevenue",
      ]);
    }
    expect.assertions(2);
  });

  it("needs at least 5 customers with bookings and firmographics", () => {
    const four = [1, 2, 3, 4].map((i) => customer(`c${i}`, 10 * i, "100", "50"));
    expect(() => estimatePotential(four, config)).toThrow(
      /4 customers with bookings, employees and annual revenue/,
    );
  });
});
