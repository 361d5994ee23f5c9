import { describe, expect, it } from "vitest";
import { extractPdfText } from "../test-support/extract-pdf-text";
import { sampleDashboardData } from "../test-support/sample-dashboard-data";
import { renderDashboardPdf } from "./render-dashboard-pdf";

const at = new Date("2026-03-15T09:30:00.000Z");

describe("renderDashboardPdf", () => {
  it("draws the title, context, tiles with value, target, attainment and change, and '—' with the reason", async () => {
    const pdf = await renderDashboardPdf(sampleDashboardData(), { locale: "en", generatedAt: at });
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = extractPdfText(pdf).join("\n");
    for (const expected of [
      "Executive",
      "Period: 2026-01 – 2026-03 (2026-01-01 – 2026-03-31)",
      "Scope: Acme Software (whole workspace)",
      "Generated: 2026-03-15 09:30 UTC",
      "Bookings vs target",
      "€12,345.67",
      "Target: €15,000.00",
      "Attainment: 82.3%",
      "Change: +€2,345.67 · at risk",
      "Win rate",
      "25.14%",
      "Change: -1.0%",
      "Customer acquisition cost",
      "— (division by zero: no new customers in the period)",
      "Bookings vs target by person",
      '1. =HYPERLINK("http://x")',
      "2. Zoé Martin",
      "Sales funnel",
      "Deals won",
      "12 · Conversion 1.0% · Median days 41.5 d",
      "Page 1 of",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("speaks French with French number formats", async () => {
    const text = extractPdfText(
      await renderDashboardPdf(sampleDashboardData(), { locale: "fr", generatedAt: at }),
    ).join("\n");
    expect(text).toContain("Prises de commandes vs objectif");
    expect(text).toContain("12\u00a0345,67\u00a0€");
    expect(text).toContain("Objectif: 15\u00a0000,00\u00a0€");
    expect(text).toContain("Atteinte: 82,3\u00a0%");
    expect(text).toContain("Entonnoir des ventes");
    expect(text).toContain("— (division par zéro)");
    expect(text).toContain("Généré le: 2026-03-15 09:30 UTC");
  });

  it("the same data and instant give the same bytes; another instant gives other bytes", async () => {
    const one = await renderDashboardPdf(sampleDashboardData(), { locale: "en", generatedAt: at });
    const two = await renderDashboardPdf(sampleDashboardData(), { locale: "en", generatedAt: at });
    const later = await renderDashboardPdf(sampleDashboardData(), {
      locale: "en",
      generatedAt: new Date("2026-03-16T09:30:00.000Z"),
    });
    expect(two.equals(one)).toBe(true);
    expect(later.equals(one)).toBe(false);
  });

  it("paginates a long leaderboard", async () => {
    const data = sampleDashboardData();
    const leaders = data.widgets[4]!.breakdown!;
    leaders.rows = Array.from({ length: 20 }, (_, i) => ({
      id: `p${i}`,
      label: `Rep ${i}`,
      value: `${1000 - i}.00`,
      reason: null,
      target: null,
      components: [],
    }));
    data.widgets[3]!.values = data.widgets[0]!.values;
    const text = extractPdfText(await renderDashboardPdf(data, { locale: "en", generatedAt: at })).join("\n");
    expect(text).toContain("20. Rep 19");
    expect(text).toMatch(/Page 2 of 2/);
  });
});
