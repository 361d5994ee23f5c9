import { describe, expect, it } from "vitest";
import { isRunFinished, runProgressPercent } from "./run-progress";

describe("runProgressPercent", () => {
  it("running, 7 of 14 payees → 50", () =>
    expect(runProgressPercent({ status: "running", progress: { done: 7, total: 14 } })).toBe(50));
  it("running, 14 of 14 (still writing) → 99, not 100", () =>
    expect(runProgressPercent({ status: "running", progress: { done: 14, total: 14 } })).toBe(99));
  it("queued with no total yet → 0", () =>
    expect(runProgressPercent({ status: "queued", progress: { done: 0, total: 0 } })).toBe(0));
  it("succeeded with 0 payees → 100", () =>
    expect(runProgressPercent({ status: "succeeded", progress: { done: 0, total: 0 } })).toBe(100));
  it("failed and succeeded are finished, running is not", () => {
    expect(isRunFinished({ status: "failed" })).toBe(true);
    expect(isRunFinished({ status: "running" })).toBe(false);
  });
});
