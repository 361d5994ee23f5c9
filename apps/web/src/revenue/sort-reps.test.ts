import { describe, expect, it } from "vitest";
import type { RevenueRep } from "../api/types";
import { nextRepSort, sortReps } from "./sort-reps";

const rep = (name: string, bookings: string, attainment: string | null, lines = 1): RevenueRep => ({
  personId: name,
  name,
  jobRole: "AE",
  bookings,
  target: "1000.00",
  attainment,
  lines,
});

const reps = [
  rep("Chloé", "900.10", "0.9001", 3),
  rep("Alice", "10000.00", null, 7),
  rep("Bruno", "900.09", "0.9000", 3),
];
const names = (list: RevenueRep[]) => list.map((r) => r.name);

describe("sortReps", () => {
  it("bookings descending: 10000.00 > 900.10 > 900.09 (one cent apart)", () =>
    expect(names(sortReps(reps, { key: "bookings", direction: "desc" }, "en"))).toEqual([
      "Alice",
      "Chloé",
      "Bruno",
    ]));
  it("attainment ascending: null (no target) first, then 0.9000 < 0.9001", () =>
    expect(names(sortReps(reps, { key: "attainment", direction: "asc" }, "en"))).toEqual([
      "Alice",
      "Bruno",
      "Chloé",
    ]));
  it("lines descending: 7, then the 3–3 tie in name order", () =>
    expect(names(sortReps(reps, { key: "lines", direction: "desc" }, "en"))).toEqual([
      "Alice",
      "Bruno",
      "Chloé",
    ]));
  it("name ascending with accents: Alice, Bruno, Chloé", () =>
    expect(names(sortReps(reps, { key: "name", direction: "asc" }, "fr"))).toEqual([
      "Alice",
      "Bruno",
      "Chloé",
    ]));
});

describe("nextRepSort", () => {
  it("same column flips the direction", () =>
    expect(nextRepSort({ key: "bookings", direction: "desc" }, "bookings")).toEqual({
      key: "bookings",
      direction: "asc",
    }));
  it("a new figure column starts largest first; name starts A→Z", () => {
    expect(nextRepSort({ key: "name", direction: "asc" }, "target")).toEqual({
      key: "target",
      direction: "desc",
    });
    expect(nextRepSort({ key: "target", direction: "asc" }, "name")).toEqual({
      key: "name",
      direction: "asc",
    });
  });
});
