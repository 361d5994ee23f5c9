import { describe, expect, it } from "vitest";
import { expandKpiFamilies, kpiCatalogue } from "./catalogue";
import { compileKpiFormula } from "./compile-kpi-formula";
import { findMeasure } from "./find-measure";
import { kpiMeasures } from "./kpi-measures";
import { measureDefinitions, measureFamilies } from "./measures";

// A sample member of each family, as a workspace's stages and criteria would give.
const families = expandKpiFamilies({
  stages: [{ key: "qualify", label: "Qualify" }],
  criteria: [{ key: "product_knowledge", label: "Product knowledge" }],
});
const kpis = [...kpiCatalogue, ...families];
const known = [
  ...measureDefinitions.map((measure) => measure.key),
  ...Object.keys(measureFamilies).flatMap((family) => [`${family}.qualify`, `${family}.product_knowledge`]),
];

/**
 * Measures no built-in KPI reads (docs/kpis.md, "Measures"): a step of the marketing funnel of GET /kpis/funnel, and
 * the count of customer feedback entries (for custom KPIs; a built-in KPI on it needs names in the exports' and the
 * web's translations first).
 */
const readByNoKpi = ["leads_converted", "customer_feedback"];

describe("the KPI catalogue is consistent with its measures", () => {
  it.each(kpis.map((kpi) => [kpi.key, kpi.formula]))(
    "%s: %s compiles against the measures",
    (_key, formula) => {
      expect(compileKpiFormula(formula, known)).toMatchObject({ ok: true });
    },
  );

  it("every target formula reads known measures only", () => {
    for (const kpi of kpis) {
      for (const measure of kpiMeasures(kpi)) expect(known, `${kpi.key} reads ${measure}`).toContain(measure);
    }
  });

  it("every measure is read by some KPI, but for the two documented exceptions", () => {
    const read = new Set(kpis.flatMap((kpi) => kpiMeasures(kpi).map((measure) => measure.split(".")[0])));
    const unused = measureDefinitions.map((measure) => measure.key).filter((key) => !read.has(key));
    expect(unused).toEqual(readByNoKpi);
  });

  it("KPI keys and measure keys are unique, and measure keys are formula names", () => {
    const kpiKeys = kpis.map((kpi) => kpi.key);
    const measureKeys = measureDefinitions.map((measure) => measure.key);
    expect(new Set(kpiKeys).size).toBe(kpiKeys.length);
    expect(new Set(measureKeys).size).toBe(measureKeys.length);
    for (const key of measureKeys) expect(key).toMatch(/^[a-z][a-z0-9_]*$/);
    for (const family of Object.keys(measureFamilies)) expect(measureKeys).toContain(family);
  });

  it("each KPI drills into the rows of one of its measures", () => {
    for (const kpi of kpis) {
      const entities = kpiMeasures(kpi).map((measure) => findMeasure(measure)?.drill);
      expect(entities, kpi.key).toContain(kpi.drill);
    }
  });

  it("each KPI has a name, a description, an owner; only sums aggregate as sums", () => {
    for (const kpi of kpis) {
      expect(kpi.name.length * kpi.description.length * kpi.owner.length, kpi.key).toBeGreaterThan(0);
      expect(kpi.custom).toBe(false);
      expect(kpi.timeAggregation === "sum", kpi.key).toBe(kpi.hierarchyAggregation === "sum");
    }
  });
});
