import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays } from "../calendar/dates";
import { Dec } from "../money/decimal";
import { expectedByDay } from "./goal-pace";

// A goal of 1–400 days from 2026-01-01, with up to 4 milestones on distinct days before the deadline.
const goal = fc.integer({ min: 1, max: 400 }).chain((length) =>
  fc.record({
    length: fc.constant(length),
    start: fc.integer({ min: 0, max: 1_000_000 }).map(String),
    target: fc.integer({ min: 0, max: 1_000_000 }).map(String),
    milestones: fc.uniqueArray(
      fc.record({
        offset: fc.integer({ min: 0, max: length - 1 }),
        target: fc.integer({ min: 0, max: 1_000_000 }),
      }),
      { maxLength: 4, selector: (m) => m.offset },
    ),
    today: fc.integer({ min: -30, max: length + 30 }),
  }),
);

describe("expectedByDay properties", () => {
  it("passes through every milestone on its due day and the target from the deadline on, and stays between its neighbours", () => {
    fc.assert(
      fc.property(goal, ({ length, start, target, milestones, today }) => {
        const startsOn = "2026-01-01";
        const deadline = addDays(startsOn, length - 1);
        const dated = milestones.map((m) => ({
          dueOn: addDays(startsOn, m.offset),
          target: String(m.target),
        }));
        const at = (day: string) =>
          expectedByDay({ start, target, startsOn, deadline, milestones: dated, today: day, places: 2 });
        for (const milestone of dated) {
          if (milestone.dueOn < deadline)
            expect(at(milestone.dueOn)).toBe(new Dec(milestone.target).toFixed(2));
        }
        expect(at(deadline)).toBe(new Dec(target).toFixed(2));
        expect(at(addDays(deadline, 30))).toBe(new Dec(target).toFixed(2));
        // Linear pieces never leave the range of the path's values.
        const values = [start, target, ...dated.map((m) => m.target)].map((v) => new Dec(v));
        const value = new Dec(at(addDays(startsOn, today)));
        expect(value.greaterThanOrEqualTo(Dec.min(...values))).toBe(true);
        expect(value.lessThanOrEqualTo(Dec.max(...values))).toBe(true);
      }),
    );
  });
});
