import { describe, expect, it } from "vitest";
import type { PipelineAnalytics } from "../../api/pipeline-types";
import { buildConversionOption } from "./build-conversion-option";
import { barValues, buildVelocityOption } from "./build-velocity-option";

const conversion: PipelineAnalytics["conversion"] = [
  {
    stage: "Qualify",
    entered: 200,
    advanced: 120,
    won: 30,
    lost: 60,
    conversionToNext: "0.6000",
    conversionToWon: "0.1500",
  },
  {
    stage: "Discover",
    entered: 120,
    advanced: 72,
    won: 30,
    lost: 30,
    conversionToNext: "0.6000",
    conversionToWon: "0.2500",
  },
  {
    stage: "Propose",
    entered: 72,
    advanced: 36,
    won: 30,
    lost: 20,
    conversionToNext: "0.5000",
    conversionToWon: "0.4167",
  },
];
const labels = { entered: "Entered", toNext: "To next stage", toWon: "To won" };

type Axis = { data?: string[]; inverse?: boolean };
type Series = { data: number[]; label: { formatter: (p: { dataIndex: number }) => string } };
type Tooltip = { formatter: (p: { dataIndex: number }) => string };

describe("buildConversionOption", () => {
  const option = buildConversionOption(conversion, { locale: "en", labels });

  it("one bar per stage, first stage on top, length = deals that entered (200, 120, 72)", () => {
    const axis = option.yAxis as Axis;
    expect(axis.data).toEqual(["Qualify", "Discover", "Propose"]);
    expect(axis.inverse).toBe(true);
    expect(barValues(option)).toEqual([200, 120, 72]);
  });

  it("each bar is labelled with its conversion to the next stage: 60.0%, 60.0%, 50.0%", () => {
    const series = (option.series as Series[])[0];
    expect([0, 1, 2].map((dataIndex) => series?.label.formatter({ dataIndex }))).toEqual([
      "60.0%",
      "60.0%",
      "50.0%",
    ]);
  });

  it("the tooltip spells out Propose: 72 entered, 50.0% to next, 41.7% to won", () =>
    expect((option.tooltip as Tooltip).formatter({ dataIndex: 2 })).toBe(
      "<strong>Propose</strong><br/>Entered: 72<br/>To next stage: 50.0%<br/>To won: 41.7%",
    ));
});

describe("buildVelocityOption", () => {
  const option = buildVelocityOption(
    [
      { stage: "Qualify", deals: 180, medianDays: 12, meanDays: "15.25" },
      { stage: "Discover", deals: 0, medianDays: null, meanDays: null },
    ],
    { locale: "fr", labels: { medianDays: "Médiane (jours)", meanDays: "Moyenne", deals: "Affaires" } },
  );

  it("median days per stage; a stage without data draws no bar (null)", () =>
    expect(barValues(option)).toEqual([12, null]));

  it("the tooltip gives the mean to one decimal in the UI language: 15,3", () =>
    expect((option.tooltip as Tooltip).formatter({ dataIndex: 0 })).toBe(
      "<strong>Qualify</strong><br/>Médiane (jours): 12<br/>Moyenne: 15,3<br/>Affaires: 180",
    ));
});

describe("tooltips escape user-typed stage names", () => {
  it("<b>Pilot</b> is shown as text, not markup", () => {
    const option = buildConversionOption(
      [{ ...conversion[0], stage: "<b>Pilot</b>" } as (typeof conversion)[0]],
      {
        locale: "en",
        labels,
      },
    );
    expect((option.tooltip as Tooltip).formatter({ dataIndex: 0 })).toContain(
      "<strong>&lt;b&gt;Pilot&lt;/b&gt;</strong>",
    );
  });
});
