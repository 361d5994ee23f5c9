import { describe, expect, it } from "vitest";
import type { AccuracyLine } from "../../api/forecast-types";
import { seriesValues } from "../shared/chart-option";
import { accuracyDates, buildAccuracyChartOption } from "./build-accuracy-chart-option";
import { accuracyCategories, filterAccuracyLines } from "./filter-accuracy-lines";
import { nextAccuracySort, sortAccuracyLines } from "./sort-accuracy-lines";

const line = (
  name: string,
  mape: string | null,
  bias: string | null,
  points: [string, string][] = [],
): AccuracyLine => ({
  personId: name,
  name,
  source: "call",
  category: "commit",
  points: points.map(([takenOn, error]) => ({
    periodId: "p",
    takenOn,
    forecast: "0",
    actual: "0",
    error,
    ape: null,
  })),
  mape,
  bias,
});

describe("sortAccuracyLines", () => {
  const lines = [line("Cy", "0.2000", "-0.3000"), line("Al", null, null), line("Bo", "0.1000", "0.1000")];
  it("MAPE ascending: 0.1 (Bo), 0.2 (Cy), then no MAPE (Al) last", () =>
    expect(sortAccuracyLines(lines, { key: "mape", direction: "asc" }, "en").map((l) => l.name)).toEqual([
      "Bo",
      "Cy",
      "Al",
    ]));
  it("bias by size, descending: |−0.3| (Cy) before 0.1 (Bo), none last", () =>
    expect(sortAccuracyLines(lines, { key: "bias", direction: "desc" }, "en").map((l) => l.name)).toEqual([
      "Cy",
      "Bo",
      "Al",
    ]));
  it("name ascending", () =>
    expect(sortAccuracyLines(lines, { key: "name", direction: "asc" }, "en").map((l) => l.name)).toEqual([
      "Al",
      "Bo",
      "Cy",
    ]));
  it("a new figure column starts with the largest errors; clicking again flips", () => {
    expect(nextAccuracySort({ key: "name", direction: "asc" }, "mape")).toEqual({
      key: "mape",
      direction: "desc",
    });
    expect(nextAccuracySort({ key: "mape", direction: "desc" }, "mape")).toEqual({
      key: "mape",
      direction: "asc",
    });
  });
});

describe("buildAccuracyChartOption", () => {
  it("one line per choice over every week measured; a week a line lacks is a gap", () => {
    const lines = [
      line("Al", null, null, [
        ["2026-10-05", "100.00"],
        ["2026-10-12", "-50.50"],
      ]),
      line("Bo", null, null, [["2026-10-12", "20.00"]]),
    ];
    expect(accuracyDates(lines)).toEqual(["2026-10-05", "2026-10-12"]);
    const option = buildAccuracyChartOption(lines, {
      locale: "en",
      currency: "EUR",
      lineName: (l) => l.name,
    });
    expect(seriesValues(option)).toEqual([
      { name: "Al", values: [100, -50.5] },
      { name: "Bo", values: [null, 20] },
    ]);
  });
});

describe("filterAccuracyLines", () => {
  const lines: AccuracyLine[] = [
    { ...line("Éloïse Martin", "0.1", "0.1", [["2026-07-06", "1.00"]]), source: "call", category: "commit" },
    { ...line("Bob Stone", "0.2", "0.2", [["2026-07-06", "1.00"]]), source: "rollup", category: "best_case" },
    { ...line("Cy Old", "0.2", "0.2"), source: "call", category: "commit" },
  ];
  it("'eloise' finds Éloïse (accents and case ignored); lines without a point in the period are left out", () =>
    expect(
      filterAccuracyLines(lines, { periodId: "p", source: "all", category: "all", query: "eloise" }).map(
        (l) => l.name,
      ),
    ).toEqual(["Éloïse Martin"]));
  it("source and category narrow the lines", () =>
    expect(
      filterAccuracyLines(lines, { periodId: "p", source: "rollup", category: "best_case", query: "" }).map(
        (l) => l.name,
      ),
    ).toEqual(["Bob Stone"]));
  it("categories in reading order: commit, best case, expected, then others", () =>
    expect(
      accuracyCategories([
        { ...lines[0], category: "expected" } as AccuracyLine,
        { ...lines[0], category: "zeta" } as AccuracyLine,
        { ...lines[0], category: "best_case" } as AccuracyLine,
        { ...lines[0], category: "commit" } as AccuracyLine,
      ]),
    ).toEqual(["commit", "best_case", "expected", "zeta"]));
});
