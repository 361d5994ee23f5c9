import { describe, expect, it } from "vitest";
import { kpiAttainment, kpiStatus } from "./kpi-status";

describe("kpiAttainment", () => {
  it("up: 120000 / 150000 = 0.8000; value = target is exactly 1.0000", () => {
    expect(kpiAttainment("120000.00", "150000.00", "up")).toBe("0.8000");
    expect(kpiAttainment("150000.00", "150000.00", "up")).toBe("1.0000");
  });

  it("down: target ÷ value — a 40-day cycle against 45 is 45 / 40 = 1.1250, 50 days is 0.9000", () => {
    expect(kpiAttainment("40.0", "45", "down")).toBe("1.1250");
    expect(kpiAttainment("50.0", "45", "down")).toBe("0.9000");
  });

  it("neutral is value ÷ target: 2 / 3 = 0.66666… → 0.6667; 1 / 16000 = 0.0000625 → 0.0001", () => {
    expect(kpiAttainment("2", "3", "neutral")).toBe("0.6667");
    expect(kpiAttainment("1", "16000", "up")).toBe("0.0001");
  });

  it("null without a value, a target, or with a zero divisor", () => {
    expect(kpiAttainment(null, "1", "up")).toBeNull();
    expect(kpiAttainment("1", null, "up")).toBeNull();
    expect(kpiAttainment("1", "0.00", "up")).toBeNull();
    expect(kpiAttainment("0.0", "45", "down")).toBeNull();
  });
});

describe("kpiStatus: thresholds at the boundaries", () => {
  const level = (value: string, target: string, direction: "up" | "down" | "neutral") =>
    kpiStatus({ value, target, direction, accrues: false, elapsed: "0.5" });

  it("up: 100 % on track, 99.99 % at risk, 90 % at risk, 89.99 % off track", () => {
    expect(level("0.3000", "0.3", "up")).toBe("on_track");
    expect(level("0.29997", "0.3", "up")).toBe("at_risk");
    expect(level("0.27", "0.3", "up")).toBe("at_risk");
    expect(level("0.26997", "0.3", "up")).toBe("off_track");
  });

  it("down: 100 % on track, 100.01 % at risk, 110 % at risk, 110.01 % off track", () => {
    expect(level("45", "45", "down")).toBe("on_track");
    expect(level("45.0045", "45", "down")).toBe("at_risk");
    expect(level("49.5", "45", "down")).toBe("at_risk");
    expect(level("49.5045", "45", "down")).toBe("off_track");
  });

  it("neutral KPIs and missing figures have no status", () => {
    expect(level("1", "1", "neutral")).toBeNull();
    expect(kpiStatus({ value: null, target: "1", direction: "up", accrues: false, elapsed: "1" })).toBeNull();
    expect(kpiStatus({ value: "1", target: null, direction: "up", accrues: false, elapsed: "1" })).toBeNull();
  });

  it("accruing, half the quarter gone: 150000 × 0.5 = 75000 due; 75000 on track, 67500 at risk, 67499.99 off track", () => {
    const accruing = (value: string) =>
      kpiStatus({ value, target: "150000", direction: "up", accrues: true, elapsed: "0.5" });
    expect(accruing("75000")).toBe("on_track");
    expect(accruing("67500")).toBe("at_risk");
    expect(accruing("67499.99")).toBe("off_track");
  });

  it("a level KPI ignores the elapsed share; elapsed is clamped to 0–1", () => {
    expect(kpiStatus({ value: "0.28", target: "0.3", direction: "up", accrues: false, elapsed: "0.1" })).toBe(
      "at_risk",
    );
    expect(
      kpiStatus({ value: "150000", target: "150000", direction: "up", accrues: true, elapsed: "1.5" }),
    ).toBe("on_track");
    expect(kpiStatus({ value: "0", target: "150000", direction: "up", accrues: true, elapsed: "-1" })).toBe(
      "on_track",
    );
  });
});
