import { describe, expect, it } from "vitest";
import { monthsInRange } from "../../calendar/dates";
import { codesOf } from "../test-issues";
import type { SeasonalityInput } from "../types";
import { learnSeasonality } from "./learn-seasonality";

const calendar = { startMonth: 1, naming: "start" as const };
const year = (y: number, amount: (m: number) => string) =>
  monthsInRange(`${y}-01`, `${y}-12`).map((month, m) => ({ month, amount: amount(m) }));

describe("learnSeasonality", () => {
  it("FY2023 100 a month but December 200 (1/13 … 2/13), FY2024 100 a month (1/12); FY2025 only January (incomplete) → average (1/13 + 1/12)/2 = 25/312 = 0.0801…, December 37/312 = 0.1185…; to 4 places by largest remainder: 0.0802 × 3, 0.0801 × 8, 0.1186", () => {
    const input: SeasonalityInput = {
      history: [
        ...year(2023, (m) => (m === 11 ? "200" : "100")),
        ...year(2024, () => "100.00"),
        { month: "2025-01", amount: "999" },
      ],
      calendar,
      places: 4,
    };
    const result = learnSeasonality(input);
    expect(result.years).toEqual([2023, 2024]);
    expect(result.weights).toEqual([
      "0.0802",
      "0.0802",
      "0.0802",
      "0.0801",
      "0.0801",
      "0.0801",
      "0.0801",
      "0.0801",
      "0.0801",
      "0.0801",
      "0.0801",
      "0.1186",
    ]);
    expect(result.trace).toContain("FY2025: 1 of 12 months in the history, incomplete, not used");
    expect(result.trace).toContain("fiscal month 12: average share 0.11858974 over 2 year(s) → 0.1186");
  });

  it("fiscal year from April: 2023-04…2024-03 is FY2023 (naming start); March (fiscal month 12) 300 of 1,400 → 0.214286", () => {
    const history = monthsInRange("2023-04", "2024-03").map((month) => ({
      month,
      amount: month === "2024-03" ? "300" : "100",
    }));
    const result = learnSeasonality({ history, calendar: { startMonth: 4, naming: "start" } });
    expect(result.years).toEqual([2023]);
    expect(result.weights[11]).toBe("0.214286");
    expect(result.weights.reduce((sum, w) => sum + Math.round(Number(w) * 1e6), 0)).toBe(1_000_000);
  });

  it("no complete year → even weights 1/12 to 6 places: 0.083334 × 4 and 0.083333 × 8 (sum exactly 1), years []", () => {
    const result = learnSeasonality({ history: [{ month: "2025-01", amount: "5" }], calendar });
    expect(result.years).toEqual([]);
    expect(result.weights.slice(3, 5)).toEqual(["0.083334", "0.083333"]);
  });

  it("rejects a bad month and a negative amount, both at once", () => {
    expect(
      codesOf(() =>
        learnSeasonality({
          history: [
            { month: "2025-13", amount: "1" },
            { month: "2025-01", amount: "-1" },
          ],
          calendar,
        }),
      ),
    ).toEqual(["bad_month", "negative_amount"]);
  });
});
