import { describe, expect, it } from "vitest";
import { TerritoryInputError } from "../territory-input-error";
import { owner } from "./coverage-fixtures";
import { ownersOn } from "./owners-on";

const owners = [
  owner("T", "zoe", "2026-01-01", null, "overlay"),
  owner("T", "bob", "2026-01-01"),
  owner("T", "amy", "2026-01-01"),
  owner("T", "old", "2025-01-01", "2026-01-01"),
  owner("T", "cal", "2025-06-01", "2026-03-01"),
  owner("U", "una", "2020-01-01"),
];

describe("ownersOn", () => {
  it("valid on the date (validFrom ≤ date < validTo): primary first, then earliest validFrom, then personId", () => {
    expect(ownersOn(owners, "T", "2026-02-01").map((o) => o.personId)).toEqual(["cal", "amy", "bob", "zoe"]);
  });

  it("validTo is exclusive and validFrom inclusive", () => {
    expect(ownersOn(owners, "T", "2025-12-31").map((o) => o.personId)).toEqual(["old", "cal"]);
    expect(ownersOn(owners, "T", "2026-03-01").map((o) => o.personId)).toEqual(["amy", "bob", "zoe"]);
  });

  it("another territory's owners are not listed; none → []", () => {
    expect(ownersOn(owners, "U", "2019-12-31")).toEqual([]);
    expect(ownersOn(owners, "V", "2026-01-01")).toEqual([]);
  });

  it("a bad date or owner row throws a TerritoryInputError", () => {
    expect(() => ownersOn(owners, "T", "2026-02-30")).toThrow(TerritoryInputError);
    expect(() => ownersOn([owner("T", "x", "soon")], "T", "2026-01-01")).toThrow(
      'owners[0]: validFrom "soon" is not a date',
    );
  });
});
