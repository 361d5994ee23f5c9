import { describe, expect, it } from "vitest";
import type { SegmentProfile } from "../../api/segmentation-types";
import { formatGrowth } from "../shared/format-growth";
import { profileTotals } from "../shared/profile-totals";
import { bubbleSize, buildClusterScatterOption } from "./build-cluster-scatter-option";
import { buildProfileChartOption, profileColors } from "./build-profile-chart-option";
import { buildSilhouetteChartOption, silhouetteColors } from "./build-silhouette-chart-option";
import { segmentColor } from "./segment-colors";

const profile = (segment: string, accounts: number, revenue: string, potential: string): SegmentProfile => ({
  segment,
  accounts,
  revenue,
  potential,
  winRate: null,
  averageOrder: null,
  growth: null,
});
const profiles = [profile("A", 12, "850000.10", "1200000.00"), profile("B", 30, "150000.05", "400000.00")];
const formatterOf = (option: { tooltip?: unknown }) =>
  (option.tooltip as { formatter: (p: unknown) => string }).formatter;

describe("buildProfileChartOption", () => {
  const option = buildProfileChartOption(profiles, {
    locale: "en",
    currency: "EUR",
    labels: { revenue: "Revenue", potential: "Potential", accounts: "Accounts" },
  });
  const [revenue, potential] = option.series as { data: number[]; color: string }[];
  it("one category per segment: A, B", () =>
    expect((option.xAxis as { data: string[] }).data).toEqual(["A", "B"]));
  it("revenue bars 850000.1 and 150000.05; potential bars 1200000 and 400000", () => {
    expect(revenue?.data).toEqual([850000.1, 150000.05]);
    expect(potential?.data).toEqual([1200000, 400000]);
    expect([revenue?.color, potential?.color]).toEqual([profileColors.revenue, profileColors.potential]);
  });
  it("tooltip of A from the strings: 12 accounts, €850,000.10 against €1,200,000.00", () =>
    expect(formatterOf(option)([{ dataIndex: 0 }])).toBe(
      "<strong>A</strong><br/>Accounts: 12<br/>Revenue: <strong>€850,000.10</strong><br/>Potential: €1,200,000.00",
    ));
});

describe("buildClusterScatterOption", () => {
  const clusters = {
    centroids: [
      { segment: "Cluster 1", values: { monetary: 120000, frequency: 14 } },
      { segment: "Cluster 2", values: { monetary: 3000, frequency: 2 } },
    ],
  };
  const counts = [profile("Cluster 1", 9, "0", "0"), profile("Cluster 2", 36, "0", "0")];
  const option = buildClusterScatterOption(clusters, counts, {
    locale: "en",
    x: { feature: "monetary", label: "Revenue", log: true },
    y: { feature: "frequency", label: "Orders", log: false },
    accountsLabel: "Accounts",
  });
  const series = option.series as { name: string; data: number[][]; symbolSize: number; color: string }[];
  it("one series per cluster at its centre (monetary, frequency), coloured by cluster", () =>
    expect(series.map((s) => [s.name, s.data, s.color])).toEqual([
      ["Cluster 1", [[120000, 14]], segmentColor(0)],
      ["Cluster 2", [[3000, 2]], segmentColor(1)],
    ]));
  it("bubble radius 12 + 48·√(accounts/36): 9 accounts → 36 px, 36 accounts → 60 px", () => {
    expect(series.map((s) => s.symbolSize)).toEqual([36, 60]);
    expect(bubbleSize(0, 0)).toBe(12);
  });
  it("log axis for the log-transformed money feature, linear for orders", () => {
    expect((option.xAxis as { type: string }).type).toBe("log");
    expect((option.yAxis as { type: string }).type).toBe("value");
  });
  it("tooltip of cluster 1: 9 accounts, 120,000 and 14", () =>
    expect(formatterOf(option)({ seriesIndex: 0 })).toBe(
      "<strong>Cluster 1</strong><br/>Accounts: 9<br/>Revenue: 120,000<br/>Orders: 14",
    ));
  it("a centre at 0 on a log feature falls back to a linear axis (log of 0 is undefined)", () => {
    const withZero = { centroids: [{ segment: "C", values: { monetary: 0, frequency: 1 } }] };
    const o = buildClusterScatterOption(withZero, counts, {
      locale: "en",
      x: { feature: "monetary", label: "Revenue", log: true },
      y: { feature: "frequency", label: "Orders", log: false },
      accountsLabel: "Accounts",
    });
    expect((o.xAxis as { type: string }).type).toBe("value");
  });
});

describe("buildSilhouetteChartOption", () => {
  const option = buildSilhouetteChartOption(
    {
      k: 3,
      silhouetteByK: [
        { k: 2, silhouette: 0.41 },
        { k: 3, silhouette: 0.5234 },
        { k: 4, silhouette: 0.38 },
      ],
    },
    { locale: "fr", label: "Silhouette" },
  );
  const [bars] = option.series as { data: { value: number; itemStyle: { color: string } }[] }[];
  it("k = 2, 3, 4 with k = 3 (the highest) highlighted", () => {
    expect((option.xAxis as { data: string[] }).data).toEqual(["k = 2", "k = 3", "k = 4"]);
    expect(bars?.data.map((d) => d.itemStyle.color)).toEqual([
      silhouetteColors.other,
      silhouetteColors.chosen,
      silhouetteColors.other,
    ]);
  });
  it("fr tooltip: 0,523", () =>
    expect(formatterOf(option)([{ dataIndex: 1 }])).toBe("k = 3<br/>Silhouette: <strong>0,523</strong>"));
});

describe("profile figures", () => {
  it("totals: 12 + 30 = 42 accounts; 850000.10 + 150000.05 = 1000000.15; 1200000.00 + 400000.00 = 1600000.00", () =>
    expect(profileTotals(profiles)).toEqual({
      accounts: 42,
      revenue: "1000000.15",
      potential: "1600000.00",
    }));
  it("growth 0.1250 → +12.5%, -0.0300 → -3%, 0 → 0%, null → —", () => {
    expect(formatGrowth("0.1250", "en")).toBe("+12.5%");
    expect(formatGrowth("-0.0300", "en")).toBe("-3%");
    expect(formatGrowth("0.0000", "en")).toBe("0%");
    expect(formatGrowth(null, "en")).toBe("—");
  });
});
