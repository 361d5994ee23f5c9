import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { estimatePotential } from "./potential/estimate-potential";
import { runSegmentation } from "./segments/run-segmentation";
import type { SegmentationAccount } from "./types";

// Real data: the Maven "CRM Sales Opportunities" files in ../shared/data (85 accounts, 4,238 won deals closed in
// 2017). Not part of the repository; the suite skips when the folder is absent (CI clones elsewhere).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../..");
const dataDir = path.resolve(repoRoot, "../shared/data");
const present =
  existsSync(path.join(dataDir, "maven_crm_accounts.csv")) &&
  existsSync(path.join(dataDir, "maven_crm_sales_pipeline.csv"));

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(readFileSync(path.join(dataDir, file), "utf8"), { columns: true, skip_empty_lines: true });

function mavenAccounts(): { accounts: SegmentationAccount[]; wonTotal: number } {
  const deals = read("maven_crm_sales_pipeline.csv").filter((deal) => deal.account !== "");
  let wonTotal = 0;
  const accounts = read("maven_crm_accounts.csv").map((row): SegmentationAccount => {
    const own = deals.filter((deal) => deal.account === row.account);
    const won = own.filter((deal) => deal.deal_stage === "Won");
    const revenueByYear: Record<string, string> = {};
    let revenue = 0;
    for (const deal of won) {
      const year = (deal.close_date ?? "").slice(0, 4);
      const value = Number(deal.close_value);
      revenue += value;
      revenueByYear[year] = String(Number(revenueByYear[year] ?? "0") + value);
    }
    wonTotal += revenue;
    const dates = won.map((deal) => deal.close_date ?? "").sort();
    return {
      id: row.account ?? "",
      name: row.account ?? "",
      industry: row.sector ?? null,
      employees: Number(row.employees),
      annualRevenue: row.revenue ?? null,
      countryCode: row.office_location ?? null,
      regionId: null,
      postalCode: null,
      potential: null,
      attributes: { subsidiaryOf: row.subsidiary_of ?? "" },
      history: {
        firstOrderDate: dates[0] ?? null,
        lastOrderDate: dates.at(-1) ?? null,
        orders: won.length,
        revenue: String(revenue),
        revenueByYear,
        wonDeals: won.length,
        lostDeals: own.filter((deal) => deal.deal_stage === "Lost").length,
      },
    };
  });
  return { accounts, wonTotal };
}

const context = { asOf: "2017-12-31", lastCompleteYear: "2017" };

describe.skipIf(!present)("Maven CRM accounts (real data, ../shared/data)", () => {
  const { accounts, wonTotal } = present ? mavenAccounts() : { accounts: [], wonTotal: 0 };

  it("potential: the log-linear model beats the industry-median baseline on held-out customers", () => {
    const result = estimatePotential(accounts, {
      year: "2017",
      holdoutShare: "0.2",
      seed: 1,
      headroomQuantile: "0.75",
      minIndustryCustomers: 5,
    });
    console.info(
      "Maven CRM potential accuracy",
      JSON.stringify(result.accuracy),
      JSON.stringify(result.model.coefficients),
    );
    const { accuracy } = result;
    expect([accuracy.trainedOn, accuracy.heldOut]).toEqual([68, 17]);
    expect(accuracy.mape).toBeLessThan(accuracy.baseline.mape);
    expect(accuracy.wape).toBeLessThan(accuracy.baseline.wape);
    expect(accuracy.medianApe).toBeLessThan(accuracy.baseline.medianApe);
    expect(accuracy.r2Log).toBeGreaterThan(0);
    expect(result.estimates).toHaveLength(85);
    for (const estimate of result.estimates)
      expect(Number(estimate.potential)).toBeGreaterThanOrEqual(Number(estimate.actual));
  });

  it("clusters the 85 accounts by size and buying, deterministically for a seed", () => {
    const config = {
      kind: "clusters" as const,
      features: ["employees" as const, "annualRevenue" as const, "monetary" as const, "winRate" as const],
      logFeatures: ["employees" as const, "annualRevenue" as const, "monetary" as const],
      kMin: 2,
      kMax: 6,
      seed: 1,
    };
    const result = runSegmentation(accounts, config, context);
    console.info("Maven CRM clusters", JSON.stringify(result.clusters));
    expect(result.assignments.every((a) => a.segment !== null)).toBe(true);
    expect(result.profiles.reduce((sum, p) => sum + p.accounts, 0)).toBe(85);
    expect(result.clusters?.k).toBeGreaterThanOrEqual(2);
    expect(runSegmentation([...accounts].reverse(), config, context).clusters).toEqual(result.clusters);
  });

  it("RFM and ABC tiers: segment revenue sums exactly to the won close values", () => {
    const rfm = runSegmentation(accounts, { kind: "rfm", bins: 5 }, context);
    const abc = runSegmentation(
      accounts,
      {
        kind: "tiers",
        basis: "monetary",
        method: "cumulative",
        tiers: [{ tier: "A", share: "0.8" }, { tier: "B", share: "0.15" }, { tier: "C" }],
      },
      context,
    );
    for (const result of [rfm, abc]) {
      expect(result.profiles.reduce((sum, p) => sum + Number(p.revenue), 0)).toBe(wonTotal);
    }
    console.info(
      "Maven CRM ABC",
      JSON.stringify(abc.profiles.map((p) => [p.segment, p.accounts, p.revenue])),
    );
  });
});
