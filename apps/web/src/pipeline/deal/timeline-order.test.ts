import { describe, expect, it } from "vitest";
import type { TimelineEvent } from "../../api/pipeline-types";
import { formatInstant, timelineOldestFirst } from "./timeline-order";

const event = (at: string, message: string): TimelineEvent => ({
  at,
  kind: "activity",
  stage: null,
  amount: null,
  closeDate: null,
  forecastCategory: null,
  previous: null,
  activity: null,
  message,
});

describe("timelineOldestFirst", () => {
  it("orders by instant, comparing time not text (+02:00 offset)", () =>
    expect(
      timelineOldestFirst([
        event("2026-11-03T10:00:00Z", "b"),
        event("2026-11-03T11:30:00+02:00", "a"), // 09:30Z
        event("2026-10-01T00:00:00Z", "first"),
      ]).map((e) => e.message),
    ).toEqual(["first", "a", "b"]));

  it("keeps the server's order for equal instants", () =>
    expect(
      timelineOldestFirst([
        event("2026-11-03T10:00:00Z", "stage"),
        event("2026-11-03T10:00:00.000Z", "call"),
      ]).map((e) => e.message),
    ).toEqual(["stage", "call"]));
});

describe("formatInstant", () => {
  it("en, Paris: 2026-11-03T09:30:00Z → 3 Nov 2026, 10:30", () =>
    expect(formatInstant("2026-11-03T09:30:00Z", "en", "Europe/Paris")).toBe("3 Nov 2026, 10:30"));
  it("not an instant → shown as is", () => expect(formatInstant("soon", "en")).toBe("soon"));
});
