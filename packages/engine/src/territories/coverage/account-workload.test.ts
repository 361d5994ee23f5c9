import { describe, expect, it } from "vitest";
import { TerritoryInputError } from "../territory-input-error";
import { accountWorkload } from "./account-workload";

const visits = { A: 24, B: 12, C: 4 };

describe("accountWorkload", () => {
  it("the tier's visits a year: A → 24, C → 4", () => {
    expect(accountWorkload("A", visits, 2)).toBe(24);
    expect(accountWorkload("C", visits, 2)).toBe(4);
  });

  it("no tier, or a tier the table does not list, takes the default (and 'constructor' is not a tier)", () => {
    expect(accountWorkload(null, visits, 2)).toBe(2);
    expect(accountWorkload("D", visits, 2)).toBe(2);
    expect(accountWorkload("constructor", visits, 2)).toBe(2);
  });

  it("a tier with 0 visits needs none", () => {
    expect(accountWorkload("X", { X: 0 }, 6)).toBe(0);
  });

  it("negative or non-finite frequencies throw, naming the tier", () => {
    expect(() => accountWorkload("A", { A: -1 }, 2)).toThrow(TerritoryInputError);
    expect(() => accountWorkload("A", { A: 1 }, Number.NaN)).toThrow(
      "The default visits a year must be a non-negative number",
    );
    expect(() => accountWorkload("A", { B: Number.POSITIVE_INFINITY }, 2)).toThrow(
      "Visits a year for tier B",
    );
  });
});
