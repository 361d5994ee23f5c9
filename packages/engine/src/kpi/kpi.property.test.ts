import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbDecimal } from "../test-support/arbitraries";
import { expandKpiFamilies, kpiCatalogue } from "./catalogue";
import { evaluateKpi } from "./evaluate-kpi";
import { kpiMeasures } from "./kpi-measures";
import { kpiAttainment } from "./kpi-status";
import { kpiValuePlaces, roundKpiValue } from "./round-kpi-value";
import type { KpiUnit } from "./types";

const kpis = [
  ...kpiCatalogue,
  ...expandKpiFamilies({
    stages: [{ key: "propose", label: "Propose" }],
    criteria: [{ key: "training", label: "Training" }],
  }),
];
const units: KpiUnit[] = ["currency", "percent", "count", "days", "ratio", "score"];
// Measures are often zero (no deals, no customers), so zeros are drawn far more often than by chance.
const measureValue = fc.oneof(
  fc.constant("0"),
  fc.constant("0.00"),
  arbDecimal(4),
  fc.nat({ max: 1000 }).map(String),
);

describe("evaluateKpi properties", () => {
  it("every KPI gives either a rounded plain decimal or a reason, never NaN or Infinity", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kpis),
        fc.dictionary(fc.constantFrom(...new Set(kpis.flatMap(kpiMeasures))), measureValue),
        (kpi, drawn) => {
          const measures = Object.fromEntries(
            kpiMeasures(kpi).map((measure) => [measure, drawn[measure] ?? "0"]),
          );
          const result = evaluateKpi(kpi, measures);
          expect((result.value === null) !== (result.reason === null)).toBe(true);
          if (result.value !== null) {
            expect(result.value).toMatch(/^-?\d+(\.\d+)?$/);
            const places = result.value.split(".")[1]?.length ?? 0;
            expect(places).toBe(kpiValuePlaces(kpi.unit, /\//.test(kpi.formula)));
          }
          if (result.reason !== null) expect(result.reason.message).not.toMatch(/NaN|Infinity|undefined/);
        },
      ),
      { numRuns: 600 },
    );
    // A generous limit: the property is about results, and a loaded CI machine must not fail it.
  }, 60_000);
});

describe("evaluateKpi's zero-divisor fast path", () => {
  it("gives exactly what the full evaluation gives (IF(TRUE, …) turns the fast path off)", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...kpis.filter((kpi) => kpi.formula.includes("/"))),
        fc.dictionary(fc.constantFrom(...new Set(kpis.flatMap(kpiMeasures))), measureValue),
        (kpi, drawn) => {
          const measures = Object.fromEntries(
            kpiMeasures(kpi).map((measure) => [measure, drawn[measure] ?? "0"]),
          );
          const full = evaluateKpi({ ...kpi, formula: `IF(TRUE, ${kpi.formula}, 0)` }, measures);
          expect(evaluateKpi(kpi, measures)).toEqual(full);
        },
      ),
      { numRuns: 400 },
    );
  }, 60_000);
});

describe("rounding and attainment properties", () => {
  it("rounding is idempotent for every unit", () => {
    fc.assert(
      fc.property(arbDecimal(8), fc.constantFrom(...units), fc.boolean(), (value, unit, divides) => {
        const once = roundKpiValue(value, unit, divides);
        expect(roundKpiValue(once, unit, divides)).toBe(once);
      }),
    );
  });

  it("attainment of value = target is exactly 1.0000 in every direction (target not zero)", () => {
    fc.assert(
      fc.property(arbDecimal(6), fc.constantFrom("up", "down", "neutral" as const), (value, direction) => {
        fc.pre(!/^-?0+(\.0+)?$/.test(value));
        expect(kpiAttainment(value, value, direction)).toBe("1.0000");
      }),
    );
  });
});
