import { describe, expect, it } from "vitest";
import type { GridCell } from "../../api/forecast-types";
import { formatMoney } from "../../format/format-money";
import { buildSubmission, callInputsFrom, emptyCallInputs, parseAmountInput } from "./call-form";
import { describeCell, overrideLabelParts } from "./describe-cell";

const eur = (amount: string) => formatMoney(amount, "EUR", "en");
const cell = (partial: Partial<GridCell>): GridCell => ({
  value: "0.00",
  call: null,
  rollup: "0.00",
  deals: "0.00",
  override: null,
  ...partial,
});

describe("describeCell", () => {
  it("an override: the value seen is the override's, the rep's own call stays beside it", () => {
    const description = describeCell(
      cell({
        value: "100000.00",
        call: "120000.00",
        override: {
          amount: "100000.00",
          note: "slipping",
          authorId: "a",
          authorName: "Alice",
          submittedAt: "2026-11-20T10:00:00Z",
        },
      }),
    );
    expect(description).toEqual({
      source: "override",
      value: "100000.00",
      call: "120000.00",
      author: "Alice",
      note: "slipping",
      at: "2026-11-20T10:00:00Z",
    });
    expect(overrideLabelParts(description, eur, "no call")).toEqual({
      call: "€120,000.00",
      value: "€100,000.00",
      author: "Alice",
      note: "slipping",
    });
  });

  it("an override of someone who never called says so", () => {
    const description = describeCell(
      cell({
        value: "5.00",
        override: {
          amount: "5.00",
          note: "  ",
          authorId: "a",
          authorName: "Bo",
          submittedAt: "2026-11-20T10:00:00Z",
        },
      }),
    );
    expect(overrideLabelParts(description, eur, "no call")).toEqual({
      call: "no call",
      value: "€5.00",
      author: "Bo",
      note: null,
    });
  });

  it("own call 120000 seen as 120000.00 → call (compared exactly, not as text)", () =>
    expect(describeCell(cell({ value: "120000.00", call: "120000" }))).toEqual({
      source: "call",
      value: "120000.00",
    }));

  it("no call: deals 30 + reports 70 = roll-up 100 → rollup, no label", () => {
    const description = describeCell(cell({ value: "100.00", rollup: "100.00", deals: "30.00" }));
    expect(description).toEqual({ source: "rollup", value: "100.00" });
    expect(overrideLabelParts(description, eur, "no call")).toBeNull();
  });
});

describe("parseAmountInput", () => {
  it("en: 120,000.50 → 120000.50", () => expect(parseAmountInput("120,000.50", "en")).toBe("120000.50"));
  it("fr: 120 000,50 (with a narrow no-break space) → 120000.50", () =>
    expect(parseAmountInput("120\u202f000,50", "fr")).toBe("120000.50"));
  it("-5 → -5 (kept so the form can say it is negative)", () =>
    expect(parseAmountInput("-5", "en")).toBe("-5"));
  it("1.234 (three decimals) and 'abc' → null", () => {
    expect(parseAmountInput("1.234", "en")).toBeNull();
    expect(parseAmountInput("abc", "en")).toBeNull();
  });
  it("90071992547409.93 keeps every cent (no float)", () =>
    expect(parseAmountInput("90071992547409.93", "en")).toBe("90071992547409.93"));
});

describe("buildSubmission", () => {
  it("own call: only the categories typed are sent", () =>
    expect(
      buildSubmission(
        { ...emptyCallInputs, commit: "120000", best_case: "150,000" },
        { motion: "new_business", locale: "en" },
      ),
    ).toEqual({
      ok: true,
      body: { motion: "new_business", calls: { commit: "120000", best_case: "150000" } },
    }));

  it("an override without a note is refused on the note, with every bad amount named", () =>
    expect(
      buildSubmission(
        { commit: "-1", best_case: "x", pipeline: "", omitted: "" },
        { motion: "expansion_renewal", locale: "en", subjectId: "p1", note: " " },
      ),
    ).toEqual({
      ok: false,
      errors: [
        { field: "commit", reason: "negative" },
        { field: "best_case", reason: "invalid" },
        { field: "note", reason: "required" },
      ],
    }));

  it("nothing typed → refused as empty", () =>
    expect(buildSubmission(emptyCallInputs, { motion: "new_business", locale: "en" })).toEqual({
      ok: false,
      errors: [{ field: "calls", reason: "empty" }],
    }));

  it("override with a note carries subject and trimmed note", () =>
    expect(
      buildSubmission(
        { ...emptyCallInputs, commit: "100000" },
        { motion: "new_business", locale: "en", subjectId: "p1", note: " slipping " },
      ),
    ).toEqual({
      ok: true,
      body: { motion: "new_business", calls: { commit: "100000" }, subjectId: "p1", note: "slipping" },
    }));

  it("callInputsFrom leaves missing calls empty", () =>
    expect(callInputsFrom({ commit: "1.00", pipeline: null })).toEqual({
      commit: "1.00",
      best_case: "",
      pipeline: "",
      omitted: "",
    }));
});
