import { describe, expect, it } from "vitest";
import { parseAmountInput } from "./parse-amount-input";

describe("parseAmountInput", () => {
  it('en "1,234.50" → 1234.50', () =>
    expect(parseAmountInput("1,234.50", "en")).toEqual({ ok: true, amount: "1234.50" }));
  it('fr "1 234,50" (narrow no-break space) → 1234.50', () =>
    expect(parseAmountInput("1\u202f234,50", "fr")).toEqual({ ok: true, amount: "1234.50" }));
  it('"0125000" → 125000 (leading zeros dropped)', () =>
    expect(parseAmountInput("0125000", "en")).toEqual({ ok: true, amount: "125000" }));
  it('"0" and "-0" are zero, allowed', () => {
    expect(parseAmountInput("0", "en")).toEqual({ ok: true, amount: "0" });
    expect(parseAmountInput("-0", "en")).toEqual({ ok: true, amount: "0" });
  });
  it('".5" → 0.5', () => expect(parseAmountInput(".5", "en")).toEqual({ ok: true, amount: "0.5" }));
  it('"90071992547409.93" keeps every cent (beyond float precision)', () =>
    expect(parseAmountInput("90071992547409.93", "en")).toEqual({ ok: true, amount: "90071992547409.93" }));
  it('"-5" is refused as negative', () =>
    expect(parseAmountInput("-5", "en")).toEqual({ ok: false, reason: "negative" }));
  it('"12.345" has three decimals: refused', () =>
    expect(parseAmountInput("12.345", "en")).toEqual({ ok: false, reason: "too_many_decimals" }));
  it('"abc", "1.2.3" and "." are not numbers', () => {
    expect(parseAmountInput("abc", "en")).toEqual({ ok: false, reason: "not_a_number" });
    expect(parseAmountInput("1.2.3", "en")).toEqual({ ok: false, reason: "not_a_number" });
    expect(parseAmountInput(".", "en")).toEqual({ ok: false, reason: "not_a_number" });
  });
  it('"" is empty', () => expect(parseAmountInput("  ", "en")).toEqual({ ok: false, reason: "empty" }));
  it('en "1,5" is not a thousands group: not a number', () =>
    expect(parseAmountInput("1,5", "en")).toEqual({ ok: false, reason: "not_a_number" }));
});
