import { describe, expect, it } from "vitest";
import { checkSegmentationConfig } from "./check-segmentation-config";

const fieldsOf = (config: unknown) =>
  checkSegmentationConfig(config).map((issue) => [issue.code, issue.field]);

describe("checkSegmentationConfig", () => {
  it("accepts a valid config of each kind", () => {
    expect(checkSegmentationConfig({ kind: "rfm", bins: 5 })).toEqual([]);
    expect(
      checkSegmentationConfig({
        kind: "rules",
        rules: [{ segment: "All", conditions: [] }],
        otherwise: null,
      }),
    ).toEqual([]);
    expect(
      checkSegmentationConfig({
        kind: "clusters",
        features: ["employees", "attribute:seats"],
        logFeatures: ["employees"],
        kMin: 2,
        kMax: 5,
        seed: 1,
      }),
    ).toEqual([]);
  });

  it("names the field of a shape error (zod)", () => {
    expect(fieldsOf({ kind: "rfm", bins: 1 })).toEqual([["invalid", "bins"]]);
    expect(
      fieldsOf({
        kind: "rules",
        rules: [{ segment: "X", conditions: [{ field: "colour", op: "in", values: ["red"] }] }],
        otherwise: null,
      }),
    ).toEqual([["unknown_field", "rules[0].conditions[0].field"]]);
    expect(fieldsOf({ kind: "magic" })).toEqual([["invalid", "kind"]]);
  });

  it("rules: between on text, between without bounds, min not below max", () => {
    expect(
      fieldsOf({
        kind: "rules",
        rules: [
          {
            segment: "X",
            conditions: [
              { field: "industry", op: "between", min: "1" },
              { field: "employees", op: "between" },
              { field: "employees", op: "between", min: "10", max: "10" },
            ],
          },
        ],
        otherwise: "Rest",
      }),
    ).toEqual([
      ["bad_rule", "rules[0].conditions[0].op"],
      ["bad_rule", "rules[0].conditions[1]"],
      ["bad_rule", "rules[0].conditions[2].max"],
    ]);
  });

  it("tiers: duplicate names, missing or out-of-range shares, shares above 1, thresholds not decreasing", () => {
    const tiers = (method: string, list: object[]) =>
      fieldsOf({ kind: "tiers", basis: "potential", method, tiers: list });
    expect(tiers("rank", [{ tier: "A", share: "0.7" }, { tier: "A", share: "0.4" }, { tier: "C" }])).toEqual([
      ["bad_tiers", "tiers[1].tier"],
      ["bad_tiers", "tiers"],
    ]);
    expect(tiers("cumulative", [{ tier: "A" }, { tier: "B", share: "0" }, { tier: "C" }])).toEqual([
      ["bad_tiers", "tiers[0].share"],
      ["bad_tiers", "tiers[1].share"],
    ]);
    expect(tiers("threshold", [{ tier: "A", min: "100" }, { tier: "B", min: "100" }, { tier: "C" }])).toEqual(
      [["bad_tiers", "tiers[1].min"]],
    );
  });

  it("clusters: kMax below kMin, text features, repeated features, log features not among the features", () => {
    expect(
      fieldsOf({
        kind: "clusters",
        features: ["industry", "employees", "employees"],
        logFeatures: ["monetary"],
        kMin: 4,
        kMax: 3,
        seed: 1,
      }),
    ).toEqual([
      ["bad_k", "kMax"],
      ["no_features", "features[0]"],
      ["no_features", "features[2]"],
      ["no_features", "logFeatures[0]"],
    ]);
  });
});
