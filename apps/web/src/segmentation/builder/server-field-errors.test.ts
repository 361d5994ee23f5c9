import { describe, expect, it } from "vitest";
import { defaultSegmentationForm, formFieldPaths } from "./segmentation-form";
import { toServerFieldErrors, unplacedErrors } from "./server-field-errors";

describe("toServerFieldErrors", () => {
  it("config.tiers[1].share and body.config.rules.2.conditions.0.values land on the builder's paths", () => {
    expect(
      toServerFieldErrors([
        { path: "config.tiers[1].share", message: "must be positive" },
        { path: "body.config.rules.2.conditions.0.values", message: "unknown industry" },
        { path: "validFrom", message: "a run of this name already starts on 2026-07-01" },
      ]),
    ).toEqual({
      "tiers[1].share": "must be positive",
      "rules[2].conditions[0].values": "unknown industry",
      validFrom: "a run of this name already starts on 2026-07-01",
    });
  });

  it("two messages on one field are joined", () =>
    expect(
      toServerFieldErrors([
        { path: "kMax", message: "a" },
        { path: "config.kMax", message: "b" },
      ]),
    ).toEqual({
      kMax: "a; b",
    }));
});

describe("unplacedErrors", () => {
  it("a tier form shows tiers[0].share but not features: the features error goes above the form", () => {
    const shown = formFieldPaths(defaultSegmentationForm());
    expect(unplacedErrors({ "tiers[0].share": "x", features: "y" }, shown)).toEqual(["features: y"]);
  });
});
