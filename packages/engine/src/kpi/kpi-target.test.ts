import { describe, expect, it } from "vitest";
import { kpiCatalogue } from "./catalogue";
import { kpiAccrues, kpiMeasures } from "./kpi-measures";
import { kpiTarget } from "./kpi-target";
import { quarterMeasures } from "./test-measures";

const byKey = (key: string) => {
  const found = kpiCatalogue.find((definition) => definition.key === key);
  if (found === undefined) throw new Error(key);
  return found;
};

describe("kpiTarget", () => {
  it("bookings: booking_target 150000 → 150000.00; attainment: the constant 1 → 1.0000; coverage: 3 → 3.0000", () => {
    expect(kpiTarget(byKey("bookings"), quarterMeasures)).toBe("150000.00");
    expect(kpiTarget(byKey("quota_attainment"), quarterMeasures)).toBe("1.0000");
    expect(kpiTarget(byKey("pipeline_coverage"), quarterMeasures)).toBe("3.0000");
  });

  it("no target formula, a zero target read from measures, or a missing measure → null", () => {
    expect(kpiTarget(byKey("win_rate"), quarterMeasures)).toBeNull();
    expect(kpiTarget(byKey("bookings"), { ...quarterMeasures, booking_target: "0" })).toBeNull();
    expect(kpiTarget(byKey("bookings"), { net_bookings: "1" })).toBeNull();
  });
});

describe("kpiMeasures and kpiAccrues", () => {
  it("bookings reads net_bookings and, for its target, booking_target; coverage reads three measures", () => {
    expect(kpiMeasures(byKey("bookings"))).toEqual(["net_bookings", "booking_target"]);
    expect(kpiMeasures(byKey("pipeline_coverage"))).toEqual([
      "open_pipeline",
      "booking_target",
      "net_bookings",
    ]);
  });

  it("sums and quota attainment accrue; other ratios and end-of-period levels do not", () => {
    expect(kpiAccrues(byKey("bookings"))).toBe(true);
    expect(kpiAccrues(byKey("quota_attainment"))).toBe(true);
    expect(kpiAccrues(byKey("win_rate"))).toBe(false);
    expect(kpiAccrues(byKey("arr"))).toBe(false);
  });
});
