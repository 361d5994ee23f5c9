import { describe, expect, it } from "vitest";
import type { PotentialAccuracy } from "../../api/segmentation-types";
import { accuracyRows } from "./accuracy-rows";
import { defaultPotentialForm, readPotentialForm } from "./potential-form";

describe("readPotentialForm", () => {
  it("defaults → hold-out 0.2, seed 1, quantile 0.75, 5 customers, no year (the server's last complete year)", () =>
    expect(readPotentialForm(defaultPotentialForm(), "en")).toEqual({
      request: { holdoutShare: "0.2", seed: 1, headroomQuantile: "0.75", minIndustryCustomers: 5 },
      issues: {},
    }));

  it("fr: year 2025, hold-out 12,5% → 0.125", () =>
    expect(
      readPotentialForm({ ...defaultPotentialForm(), year: "2025", holdoutShare: "12,5" }, "fr").request,
    ).toEqual({
      year: "2025",
      holdoutShare: "0.125",
      seed: 1,
      headroomQuantile: "0.75",
      minIndustryCustomers: 5,
    }));

  it("quantile 50% is the lowest allowed (0.5), 49.99% is refused", () => {
    expect(
      readPotentialForm({ ...defaultPotentialForm(), headroomQuantile: "50" }, "en").request.headroomQuantile,
    ).toBe("0.5");
    expect(readPotentialForm({ ...defaultPotentialForm(), headroomQuantile: "49.99" }, "en").issues).toEqual({
      headroomQuantile: "quantile_range",
    });
  });

  it("year 25, hold-out 100%, quantile 0%, seed -1, 0 customers → each refused on its field", () =>
    expect(
      readPotentialForm(
        { year: "25", holdoutShare: "100", seed: "-1", headroomQuantile: "0", minIndustryCustomers: "0" },
        "en",
      ).issues,
    ).toEqual({
      year: "not_a_year",
      holdoutShare: "percent_range",
      seed: "not_an_integer",
      headroomQuantile: "quantile_range",
      minIndustryCustomers: "not_an_integer",
    }));
});

describe("accuracyRows", () => {
  const accuracy: PotentialAccuracy = {
    trainedOn: 80,
    heldOut: 20,
    mape: 0.42,
    medianApe: 0.3,
    wape: 0.35,
    r2Log: 0.61,
    baseline: { mape: 0.8, medianApe: 0.25, wape: 0.5 },
  };
  it("MAPE 42% < 80% better; median APE 30% > 25% worse; WAPE 35% < 50% better; R² without baseline", () =>
    expect(accuracyRows(accuracy)).toEqual([
      { measure: "mape", model: 0.42, baseline: 0.8, better: true },
      { measure: "medianApe", model: 0.3, baseline: 0.25, better: false },
      { measure: "wape", model: 0.35, baseline: 0.5, better: true },
      { measure: "r2Log", model: 0.61, baseline: null, better: null },
    ]));
});
