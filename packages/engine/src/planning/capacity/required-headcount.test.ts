import { describe, expect, it } from "vitest";
import { divideAmount } from "../../money/divide-amount";
import { PlanningInputError } from "../planning-input-error";
import { requiredHeadcount } from "./required-headcount";

describe("requiredHeadcount (Pedowitz: target ÷ (quota × attainment × utilisation))", () => {
  it("the naive plan: $6M ÷ $800K = 7.5 → 8 AEs", () => {
    expect(requiredHeadcount("6000000", "800000", "1", "1")).toEqual({ exact: "7.5000", heads: 8 });
  });

  it("with attainment 85% and utilisation 80%: 6,000,000 ÷ (800,000 × 0.85 × 0.8 = 544,000) = 11.0295 → 12", () => {
    expect(requiredHeadcount("6000000", "800000", "0.85", "0.8")).toEqual({ exact: "11.0295", heads: 12 });
  });

  it("LeanScale: $25M over 12 AEs is 2,083,333.33 each; at the historical $1.4M it takes 17.8572 → 18, i.e. 6 more hires", () => {
    expect(divideAmount("25000000", "12", 2, "half_up")).toBe("2083333.33");
    const need = requiredHeadcount("25000000", "1400000", "1", "1");
    expect(need).toEqual({ exact: "17.8572", heads: 18 });
    expect(need.heads - 12).toBe(6);
    // LeanScale's "4 more" (16 AEs) still leaves 25,000,000 ÷ 16 = 1,562,500 each, above the 1.4M history.
    expect(divideAmount("25000000", "16", 2, "half_up")).toBe("1562500.00");
  });

  it("an exact ratio is not rounded up: 1,600,000 ÷ 800,000 = 2.0000 → 2; a zero target needs 0", () => {
    expect(requiredHeadcount("1600000", "800000", "1", "1")).toEqual({ exact: "2.0000", heads: 2 });
    expect(requiredHeadcount("0", "800000", "1", "1")).toEqual({ exact: "0.0000", heads: 0 });
  });

  it("rejects a negative target and zero, negative or malformed factors, all at once", () => {
    try {
      requiredHeadcount("-1", "0", "abc", "1.5");
      throw new Error("no error");
    } catch (error) {
      expect(error).toBeInstanceOf(PlanningInputError);
      expect((error as PlanningInputError).issues.map((i) => [i.code, i.field])).toEqual([
        ["negative_amount", "target"],
        ["bad_factor", "quotaPerRep"],
        ["not_a_decimal", "attainment"],
        ["bad_factor", "utilisation"],
      ]);
    }
  });
});
