import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { shiftMonth } from "../calendar/dates";
import type { PriorPeriods } from "../comp/calculation";
import { Dec, toDec } from "../money/decimal";
import { applyPayoutPolicies } from "./apply-payout-policies";
import { commissionLine, month, noPrior, payoutInput, planWith } from "./test-fixtures";

// Whole cents as a BigInt, written as a 2-decimal amount: -12345n → "-123.45".
const cents = (n: bigint) => {
  const abs = n < 0n ? -n : n;
  return `${n < 0n ? "-" : ""}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
};
const arbEarned = fc.bigInt({ min: -500_000n, max: 2_000_000n }).map(cents);
const arbShare = fc.constantFrom("1", "0.5", "0.25", "0.333", "0");
const arbDrawAmount = fc.bigInt({ min: 0n, max: 1_000_000n }).map(cents);
const sum = (values: string[]) => values.reduce((t, v) => t.plus(toDec(v)), new Dec(0));

describe("payout properties", () => {
  it("recoverable draw over any months: Σ paid = Σ earned + final balance owed, and paid ≥ 0 each month", () => {
    fc.assert(
      fc.property(
        fc.array(arbEarned, { minLength: 1, maxLength: 12 }),
        arbDrawAmount,
        arbShare,
        (earnings, amount, share) => {
          const plan = planWith({ draw: { kind: "recoverable", amount, recoveryShare: share, until: null } });
          let prior: PriorPeriods = noPrior;
          const paid = earnings.map((earned, i) => {
            const r = applyPayoutPolicies(
              payoutInput({ plan, earned, period: month(shiftMonth("2025-01", i)), prior }),
            );
            prior = { ...prior, ...r.next };
            expect(toDec(r.totals.payable).isNegative()).toBe(false);
            // The lines explain payable: earned + Σ payout lines = payable.
            expect(
              toDec(earned)
                .plus(sum(r.lines.map((l) => l.amount)))
                .eq(toDec(r.totals.payable)),
            ).toBe(true);
            return r.totals.payable;
          });
          expect(sum(paid).toFixed(2)).toBe(sum(earnings).plus(toDec(prior.drawBalance)).toFixed(2));
        },
      ),
    );
  });

  it("with holds, releases and a 20 % holdback too: Σ paid + still held + still held back = Σ earned + owed", () => {
    const arbMonth = fc.record({
      earned: arbEarned,
      heldTx: fc.boolean(),
      payeeHeld: fc.boolean(),
      release: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(arbMonth, { minLength: 1, maxLength: 12 }), arbDrawAmount, (months, amount) => {
        const plan = planWith({
          draw: { kind: "recoverable", amount, recoveryShare: "1", until: null },
          holdback: { share: "0.2", releaseAfterPeriods: 2 },
        });
        let prior: PriorPeriods = noPrior;
        const paid = months.map((m, i) => {
          // Two lines making up the month's earned amount: t-i (held when heldTx) and the rest.
          const part = toDec(m.earned).dividedToIntegerBy(3).toFixed(2);
          const rest = toDec(m.earned).minus(toDec(part)).toFixed(2);
          const lines = [commissionLine(`t${i}`, part), commissionLine(`u${i}`, rest)];
          const holds = {
            payeeHeld: m.payeeHeld,
            transactionIds: m.heldTx ? [`t${i}`] : [],
            release: m.release,
          };
          const period = month(shiftMonth("2025-01", i));
          const r = applyPayoutPolicies(payoutInput({ plan, earned: m.earned, period, lines, prior, holds }));
          prior = { ...prior, ...r.next };
          expect(toDec(r.totals.payable).isNegative()).toBe(false);
          const t = r.totals;
          const identity = toDec(m.earned)
            .minus(toDec(t.onHold))
            .plus(toDec(t.released))
            .minus(toDec(t.heldBack))
            .plus(toDec(t.drawAdvance))
            .minus(toDec(t.drawRecovered));
          expect(identity.eq(toDec(t.payable))).toBe(true);
          return t.payable;
        });
        const stillHeld = sum(prior.onHold.map((h) => h.amount)).plus(
          sum(prior.heldBack.map((h) => h.amount)),
        );
        expect(sum(paid).plus(stillHeld).toFixed(2)).toBe(
          sum(months.map((m) => m.earned))
            .plus(toDec(prior.drawBalance))
            .toFixed(2),
        );
      }),
    );
  });
});
