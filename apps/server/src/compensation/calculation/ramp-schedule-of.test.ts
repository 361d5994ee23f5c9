import { describe, expect, it } from "vitest";
import { rampScheduleOf } from "./ramp-schedule-of";

const fromPeople = { proration: "days", ramp: null } as const;

describe("rampScheduleOf", () => {
  it("ramp_months 3 → k/4: 0.25, 0.5, 0.75, then 1; 0 → no ramp", () => {
    expect(rampScheduleOf(fromPeople, 3)).toEqual(["0.25", "0.5", "0.75", "1"]);
    expect(rampScheduleOf(fromPeople, 0)).toBeNull();
  });

  it("ramp_months 2 → 1/3, 2/3 to 10 places rounded down (never above the step): 0.3333333333, 0.6666666666", () => {
    expect(rampScheduleOf(fromPeople, 2)).toEqual(["0.3333333333", "0.6666666666", "1"]);
  });

  it("a workspace schedule overrides ramp_months and ends in the full quota; [] switches ramps off", () => {
    expect(rampScheduleOf({ proration: "days", ramp: ["0", "0.5"] }, 6)).toEqual(["0", "0.5", "1"]);
    expect(rampScheduleOf({ proration: "days", ramp: [] }, 6)).toBeNull();
  });
});
