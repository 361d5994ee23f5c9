import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { configToForm } from "./config-to-form";
import { readSegmentationForm } from "./read-segmentation-form";
import { defaultSegmentationForm, newCondition, type SegmentationForm } from "./segmentation-form";

const form = (changes: Partial<SegmentationForm>): SegmentationForm => ({
  ...defaultSegmentationForm(),
  ...changes,
});

describe("readSegmentationForm: tiers", () => {
  it("rank A 20% / B 30% / C rest → shares 0.2 and 0.3, C without a share", () => {
    const { config, issues } = readSegmentationForm(defaultSegmentationForm(), "en");
    expect(issues).toEqual({});
    expect(config).toEqual({
      kind: "tiers",
      basis: "potential",
      method: "rank",
      tiers: [{ tier: "A", share: "0.2" }, { tier: "B", share: "0.3" }, { tier: "C" }],
    });
  });

  it("French decimal comma: 12,5% → 0.125", () => {
    const tiers = [
      { tier: "A", share: "12,5", min: "" },
      { tier: "B", share: "", min: "" },
    ];
    expect(readSegmentationForm(form({ tiers }), "fr").config).toMatchObject({
      tiers: [{ tier: "A", share: "0.125" }, { tier: "B" }],
    });
  });

  it("70% + 40% = 110% of the accounts → shares_over_100 on the last share typed", () => {
    const tiers = [
      { tier: "A", share: "70", min: "" },
      { tier: "B", share: "40", min: "" },
      { tier: "C", share: "", min: "" },
    ];
    expect(readSegmentationForm(form({ tiers }), "en").issues).toEqual({
      "tiers[1].share": "shares_over_100",
    });
  });

  it("threshold 100,000 then 250,000 → the second minimum is not below the first", () => {
    const tiers = [
      { tier: "A", share: "", min: "100,000" },
      { tier: "B", share: "", min: "250000" },
      { tier: "C", share: "", min: "" },
    ];
    const { config, issues } = readSegmentationForm(form({ method: "threshold", tiers }), "en");
    expect(issues).toEqual({ "tiers[1].min": "mins_not_descending" });
    expect(config).toMatchObject({
      tiers: [{ tier: "A", min: "100000" }, { tier: "B", min: "250000" }, { tier: "C" }],
    });
  });

  it("empty share, duplicate name, zero share → each on its field", () => {
    const tiers = [
      { tier: "A", share: "0", min: "" },
      { tier: "A", share: "", min: "" },
      { tier: "C", share: "", min: "" },
    ];
    expect(readSegmentationForm(form({ tiers }), "en").issues).toEqual({
      "tiers[0].share": "share_not_positive",
      "tiers[1].tier": "duplicate_tier",
      "tiers[1].share": "required",
    });
  });
});

describe("readSegmentationForm: rules", () => {
  it("industry in 'Retail, Food' and win rate 40–60% → values split, bounds as fractions 0.4 and 0.6", () => {
    const rules = [
      {
        segment: "Strategic retail",
        conditions: [
          { ...newCondition(), values: " Retail, Food ,, " },
          { ...newCondition(), field: "winRate" as const, op: "between" as const, min: "40", max: "60" },
        ],
      },
    ];
    const { config, issues } = readSegmentationForm(
      form({ kind: "rules", rules, otherwise: " Other " }),
      "en",
    );
    expect(issues).toEqual({});
    expect(config).toEqual({
      kind: "rules",
      rules: [
        {
          segment: "Strategic retail",
          conditions: [
            { field: "industry", op: "in", values: ["Retail", "Food"] },
            { field: "winRate", op: "between", min: "0.4", max: "0.6" },
          ],
        },
      ],
      otherwise: "Other",
    });
  });

  it("attribute column, null test, no otherwise → attribute:<name>, no values, otherwise null", () => {
    const rules = [
      {
        segment: "Flagged",
        conditions: [
          { ...newCondition(), field: "attribute" as const, attribute: "vip", op: "notNull" as const },
        ],
      },
    ];
    expect(readSegmentationForm(form({ kind: "rules", rules }), "en").config).toEqual({
      kind: "rules",
      rules: [{ segment: "Flagged", conditions: [{ field: "attribute:vip", op: "notNull" }] }],
      otherwise: null,
    });
  });

  it("no segment name, no values, empty range, reversed range → each on its dotted path", () => {
    const rules = [
      {
        segment: " ",
        conditions: [
          newCondition(),
          { ...newCondition(), field: "employees" as const, op: "between" as const },
          { ...newCondition(), field: "employees" as const, op: "between" as const, min: "500", max: "50" },
        ],
      },
    ];
    expect(readSegmentationForm(form({ kind: "rules", rules }), "en").issues).toEqual({
      "rules[0].segment": "required",
      "rules[0].conditions[0].values": "no_values",
      "rules[0].conditions[1].min": "range_empty",
      "rules[0].conditions[2].max": "range_reversed",
    });
  });
});

describe("readSegmentationForm: RFM and clusters", () => {
  it("RFM 5 bins → { kind: rfm, bins: 5 }; 11 bins → bins_range", () => {
    expect(readSegmentationForm(form({ kind: "rfm" }), "en").config).toEqual({ kind: "rfm", bins: 5 });
    expect(readSegmentationForm(form({ kind: "rfm", bins: "11" }), "en").issues).toEqual({
      bins: "bins_range",
    });
  });

  it("clusters keep only log features that are features; k 6..3 → k_range on kMax", () => {
    const { config, issues } = readSegmentationForm(
      form({
        kind: "clusters",
        features: ["monetary", "frequency"],
        logFeatures: ["monetary", "potential"],
        kMin: "6",
        kMax: "3",
      }),
      "en",
    );
    expect(config).toEqual({
      kind: "clusters",
      features: ["monetary", "frequency"],
      logFeatures: ["monetary"],
      kMin: 6,
      kMax: 3,
      seed: 1,
    });
    expect(issues).toEqual({ kMax: "k_range" });
  });

  it("no features, seed 1.5 → no_features and not_an_integer", () => {
    expect(readSegmentationForm(form({ kind: "clusters", features: [], seed: "1.5" }), "en").issues).toEqual({
      features: "no_features",
      seed: "not_an_integer",
    });
  });
});

describe("configToForm ∘ readSegmentationForm", () => {
  const share = fc
    .tuple(fc.integer({ min: 1, max: 49 }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, cents]) =>
      cents === 0 ? `${whole}` : `${whole}.${String(cents).padStart(2, "0")}`.replace(/0$/, ""),
    );
  it("a valid tier form read, turned back into a form and read again gives the same configuration", () => {
    fc.assert(
      fc.property(share, share, fc.constantFrom("rank" as const, "cumulative" as const), (a, b, method) => {
        const tiers = [
          { tier: "A", share: a, min: "" },
          { tier: "B", share: b, min: "" },
          { tier: "C", share: "", min: "" },
        ];
        const first = readSegmentationForm(form({ method, tiers }), "en");
        expect(first.issues).toEqual({});
        expect(readSegmentationForm(configToForm(first.config), "en").config).toEqual(first.config);
      }),
    );
  });

  it("a rule with a win-rate range survives the round trip (0.4 ↔ 40%)", () => {
    const config = {
      kind: "rules" as const,
      rules: [
        { segment: "S", conditions: [{ field: "winRate" as const, op: "between" as const, min: "0.4" }] },
      ],
      otherwise: "Rest",
    };
    const back = configToForm(config);
    expect(back.rules[0]?.conditions[0]).toMatchObject({ field: "winRate", min: "40", max: "" });
    expect(readSegmentationForm(back, "en").config).toEqual(config);
  });
});
