import { describe, expect, it } from "vitest";
import type { DrawPolicy } from "../comp/plan";
import { applyPayoutPolicies } from "./apply-payout-policies";
import { month, noPrior, payoutInput, planWith } from "./test-fixtures";

const draw = (kind: DrawPolicy["kind"], over: Partial<DrawPolicy> = {}): DrawPolicy => ({
  kind,
  amount: "1500.00",
  recoveryShare: "1",
  until: null,
  ...over,
});

// Runs consecutive months, carrying `next` into the following month's prior.
function runMonths(plan: ReturnType<typeof planWith>, months: [string, string][], drawBalance = "0.00") {
  let prior = { ...noPrior, drawBalance };
  return months.map(([key, earned]) => {
    const result = applyPayoutPolicies(payoutInput({ plan, earned, period: month(key), prior }));
    prior = { ...prior, ...result.next };
    return result;
  });
}

describe("draws — Xactly blog (worked-examples 5.2): draw 1,500 in Aug and Sep, earned 500 then 3,000", () => {
  it("recoverable: Aug 500 + advance 1,000 = 1,500 paid, 1,000 owed; Sep 3,000 − 1,000 recovered = 2,000, owed 0", () => {
    const [aug, sep] = runMonths(planWith({ draw: draw("recoverable") }), [
      ["2025-08", "500.00"],
      ["2025-09", "3000.00"],
    ]);
    expect(aug?.totals).toEqual({
      drawAdvance: "1000.00",
      drawRecovered: "0.00",
      heldBack: "0.00",
      released: "0.00",
      onHold: "0.00",
      payable: "1500.00",
    });
    expect(aug?.next.drawBalance).toBe("1000.00");
    expect(aug?.lines.map((l) => [l.kind, l.component, l.amount, l.exact, l.creditId])).toEqual([
      ["draw_advance", "payout", "1000.00", "1000.00", null],
    ]);
    expect(aug?.lines[0]?.trace[0]?.rule).toBe("payout.draw.recoverable");
    expect(sep?.totals.drawRecovered).toBe("1000.00");
    expect(sep?.totals.payable).toBe("2000.00");
    expect(sep?.next.drawBalance).toBe("0.00");
    expect(sep?.lines.map((l) => [l.kind, l.amount])).toEqual([["draw_recovery", "-1000.00"]]);
  });

  it("non-recoverable: Aug 500 + top-up 1,000 = 1,500 paid, nothing owed; Sep 3,000 paid in full", () => {
    const [aug, sep] = runMonths(planWith({ draw: draw("non_recoverable") }), [
      ["2025-08", "500.00"],
      ["2025-09", "3000.00"],
    ]);
    expect([aug?.totals.drawAdvance, aug?.totals.payable, aug?.next.drawBalance]).toEqual([
      "1000.00",
      "1500.00",
      "0.00",
    ]);
    expect(aug?.lines[0]?.trace[0]?.rule).toBe("payout.draw.non_recoverable");
    expect([sep?.totals.drawRecovered, sep?.totals.payable, sep?.next.drawBalance]).toEqual([
      "0.00",
      "3000.00",
      "0.00",
    ]);
    expect(sep?.lines).toEqual([]);
  });
});

describe("draw recovery limits", () => {
  it("recovery never pays below the draw: owed 1,000, earned 2,000 → recover 2,000 − 1,500 = 500, paid 1,500", () => {
    const [r] = runMonths(planWith({ draw: draw("recoverable") }), [["2025-09", "2000.00"]], "1000.00");
    expect([r?.totals.drawRecovered, r?.totals.payable, r?.next.drawBalance]).toEqual([
      "500.00",
      "1500.00",
      "500.00",
    ]);
  });

  it("recoveryShare 0.25: owed 1,000, earned 3,000 → recover min(1,000, 1,500, 750) = 750, paid 2,250", () => {
    const plan = planWith({ draw: draw("recoverable", { recoveryShare: "0.25" }) });
    const [r] = runMonths(plan, [["2025-09", "3000.00"]], "1000.00");
    expect([r?.totals.drawRecovered, r?.totals.payable, r?.next.drawBalance]).toEqual([
      "750.00",
      "2250.00",
      "250.00",
    ]);
  });

  it("the share limit is truncated: 0.333 × 3,000.05 = 999.01665 → recover 999.01, not 999.02", () => {
    const plan = planWith({ draw: draw("recoverable", { amount: "0.00", recoveryShare: "0.333" }) });
    const [r] = runMonths(plan, [["2025-09", "3000.05"]], "5000.00");
    expect([r?.totals.drawRecovered, r?.totals.payable]).toEqual(["999.01", "2001.04"]);
  });

  it("until 2025-09-30: Oct is the first month after, the 1,000 still owed is forgiven with a 0.00 line", () => {
    const plan = planWith({ draw: draw("recoverable", { until: "2025-09-30" }) });
    const [sep, oct, nov] = runMonths(plan, [
      ["2025-09", "500.00"],
      ["2025-10", "200.00"],
      ["2025-11", "300.00"],
    ]);
    expect([sep?.totals.payable, sep?.next.drawBalance]).toEqual(["1500.00", "1000.00"]);
    expect(oct?.lines.map((l) => [l.kind, l.amount, l.trace[0]?.rule, l.trace[0]?.values.forgiven])).toEqual([
      ["draw_recovery", "0.00", "payout.draw_forgiven", "1000.00"],
    ]);
    expect([oct?.totals.payable, oct?.totals.drawAdvance, oct?.next.drawBalance]).toEqual([
      "200.00",
      "0.00",
      "0.00",
    ]);
    expect([nov?.totals.payable, nov?.lines]).toEqual(["300.00", []]);
  });

  it("until as a period key 2025-08: Sep forgives the 1,000 owed and pays 3,000 with no draw", () => {
    const plan = planWith({ draw: draw("recoverable", { until: "2025-08" }) });
    const [, sep] = runMonths(plan, [
      ["2025-08", "500.00"],
      ["2025-09", "3000.00"],
    ]);
    expect([sep?.totals.payable, sep?.next.drawBalance, sep?.lines[0]?.trace[0]?.rule]).toEqual([
      "3000.00",
      "0.00",
      "payout.draw_forgiven",
    ]);
  });

  it("rejects a negative balance, a share above 1 and a draw in fractions of a cent", () => {
    const plan = planWith({ draw: draw("recoverable") });
    expect(() => runMonths(plan, [["2025-09", "1.00"]], "-1.00")).toThrow(/non-negative/);
    const share = planWith({ draw: draw("recoverable", { recoveryShare: "1.5" }) });
    expect(() => runMonths(share, [["2025-09", "1.00"]])).toThrow(/recovery share/);
    const cents = planWith({ draw: draw("recoverable", { amount: "1500.005" }) });
    expect(() => runMonths(cents, [["2025-09", "1.00"]])).toThrow(/at most 2 decimals/);
  });
});

describe("negative earnings (clawbacks above earnings) are carried, never paid as a negative", () => {
  it("no draw policy: −400 → paid 0.00, 400 owed; next month 1,000 − 400 recovered = 600 paid", () => {
    const [jan, feb] = runMonths(planWith({}), [
      ["2025-01", "-400.00"],
      ["2025-02", "1000.00"],
    ]);
    expect([jan?.totals.payable, jan?.totals.drawAdvance, jan?.next.drawBalance]).toEqual([
      "0.00",
      "400.00",
      "400.00",
    ]);
    expect(jan?.lines.map((l) => [l.kind, l.amount, l.trace[0]?.rule])).toEqual([
      ["draw_advance", "400.00", "payout.negative_carried"],
    ]);
    expect([feb?.totals.drawRecovered, feb?.totals.payable, feb?.next.drawBalance]).toEqual([
      "400.00",
      "600.00",
      "0.00",
    ]);
  });

  it("non-recoverable guarantee 1,500, earned −200: top-up 1,500 is not owed, the 200 clawed back is", () => {
    const [r] = runMonths(planWith({ draw: draw("non_recoverable") }), [["2025-08", "-200.00"]]);
    expect(r?.lines.map((l) => [l.kind, l.amount, l.trace[0]?.rule])).toEqual([
      ["draw_advance", "200.00", "payout.negative_carried"],
      ["draw_advance", "1500.00", "payout.draw.non_recoverable"],
    ]);
    expect([r?.totals.payable, r?.totals.drawAdvance, r?.next.drawBalance]).toEqual([
      "1500.00",
      "1700.00",
      "200.00",
    ]);
  });

  it("zero-decimal currency: JPY earned −1,234 → paid 0, 1234 owed", () => {
    const [r] = runMonths(planWith({}, "JPY"), [["2025-01", "-1234"]], "0");
    expect([r?.totals.payable, r?.next.drawBalance]).toEqual(["0", "1234"]);
  });
});
