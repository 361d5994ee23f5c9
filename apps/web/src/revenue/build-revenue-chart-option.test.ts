import { describe, expect, it } from "vitest";
import type { RevenueVsTarget } from "../api/types";
import {
  buildRevenueChartOption,
  chartColors,
  chartSeriesValues,
  type RevenueChartLabels,
} from "./build-revenue-chart-option";

const labels: RevenueChartLabels = {
  bookings: "Bookings",
  target: "Target",
  cumulativeBookings: "Cumulative bookings",
  cumulativeTarget: "Cumulative target",
  attainment: "Attainment",
};

const report: RevenueVsTarget = {
  currency: "EUR",
  from: "2026-01",
  to: "2026-02",
  asOf: "2026-11-22",
  scope: { kind: "tree", personId: null, name: "Team" },
  months: [
    {
      month: "2026-01",
      bookings: "1234.56",
      target: "1000.00",
      attainment: "1.2346",
      cumulativeBookings: "1234.56",
      cumulativeTarget: "1000.00",
    },
    {
      month: "2026-02",
      bookings: "500.00",
      target: "2000.00",
      attainment: "0.2500",
      cumulativeBookings: "1734.56",
      cumulativeTarget: "3000.00",
    },
  ],
  reps: [],
  totals: { bookings: "1734.56", target: "3000.00", attainment: "0.5782", lines: 3 },
};

type Series = { type: string; name: string; data: unknown[] };
const seriesOf = (option: ReturnType<typeof buildRevenueChartOption>) => option.series as Series[];

describe("buildRevenueChartOption", () => {
  it("monthly: bars 1234.56 and 500.00 against a target line of 1000.00 and 2000.00", () => {
    const option = buildRevenueChartOption(report, { locale: "en", view: "monthly", labels });
    const [bars, target] = seriesOf(option);
    expect(bars?.type).toBe("bar");
    expect(bars?.data.map((d) => (d as { value: number }).value)).toEqual([1234.56, 500]);
    expect(target?.type).toBe("line");
    expect(target?.data).toEqual([1000, 2000]);
  });

  it("monthly: January (1234.56 ≥ 1000.00) is coloured as at target, February (500 < 2000) is not", () => {
    const [bars] = seriesOf(buildRevenueChartOption(report, { locale: "en", view: "monthly", labels }));
    const colours = bars?.data.map((d) => (d as { itemStyle: { color: string } }).itemStyle.color);
    expect(colours).toEqual([chartColors.bookingsAtTarget, chartColors.bookings]);
  });

  it("cumulative: 1234.56 then 1234.56 + 500.00 = 1734.56, against 1000 then 3000", () => {
    const option = buildRevenueChartOption(report, { locale: "en", view: "cumulative", labels });
    const [bookings, target] = seriesOf(option);
    expect(bookings?.type).toBe("line");
    expect(bookings?.name).toBe("Cumulative bookings");
    expect(bookings?.data).toEqual([1234.56, 1734.56]);
    expect(target?.data).toEqual([1000, 3000]);
  });

  it("axis months by locale: Jan 26 / janv. 26", () => {
    const en = buildRevenueChartOption(report, { locale: "en", view: "monthly", labels });
    const fr = buildRevenueChartOption(report, { locale: "fr", view: "monthly", labels });
    expect((en.xAxis as { data: string[] }).data).toEqual(["Jan 26", "Feb 26"]);
    expect((fr.xAxis as { data: string[] }).data).toEqual(["janv. 26", "févr. 26"]);
  });

  it("tooltip formats February from the strings: €500.00 against €2,000.00, 25.0%", () => {
    const option = buildRevenueChartOption(report, { locale: "en", view: "monthly", labels });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 1 }])).toBe(
      "<strong>February 2026</strong><br/>Bookings: <strong>€500.00</strong><br/>Target: €2,000.00<br/>Attainment: 25.0%",
    );
  });

  it("tooltip in French: 1 234,56 € for January", () => {
    const option = buildRevenueChartOption(report, { locale: "fr", view: "monthly", labels });
    const formatter = (option.tooltip as { formatter: (p: unknown) => string }).formatter;
    expect(formatter([{ dataIndex: 0 }]).replace(/[\u202f\u00a0]/g, " ")).toContain(
      "Bookings: <strong>1 234,56 €</strong>",
    );
  });
});

describe("chartSeriesValues", () => {
  it("monthly: Bookings [1234.56, 500] and Target [1000, 2000]", () =>
    expect(
      chartSeriesValues(buildRevenueChartOption(report, { locale: "en", view: "monthly", labels })),
    ).toEqual([
      { name: "Bookings", values: [1234.56, 500] },
      { name: "Target", values: [1000, 2000] },
    ]));
});
