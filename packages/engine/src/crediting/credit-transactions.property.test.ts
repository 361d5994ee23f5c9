import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec, toDec } from "../money/decimal";
import { chainOfCommand } from "../org/manager-of";
import type { ReportingLine } from "../org/reporting-line";
import { arbDecimal } from "../test-support/arbitraries";
import { createChainLookup } from "./create-chain-lookup";
import { creditTransactions } from "./credit-transactions";
import { crediting, deal } from "./test-fixtures";
import type { CreditingRules, Transaction } from "./types";

// n positive parts of 10,000, written as 4-decimal shares that sum to exactly 1.
const arbShares = fc
  .array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 6 })
  .map((weights) => {
    const total = weights.reduce((a, b) => a + b, 0);
    const parts = weights.map((w) => Math.floor((w * 10_000) / total));
    parts[0] = (parts[0] ?? 0) + 10_000 - parts.reduce((a, b) => a + b, 0);
    return parts.filter((p) => p > 0).map((p) => (p === 10_000 ? "1" : `0.${String(p).padStart(4, "0")}`));
  });

const people = ["p0", "p1", "p2", "p3", "p4", "p5"];
const dates = ["2025-01-01", "2025-02-01", "2025-03-01"];
const arbLine = fc
  .record({
    personId: fc.constantFrom(...people),
    managerId: fc.constantFrom(...people),
    from: fc.nat(2),
    open: fc.boolean(),
  })
  .map(
    ({ personId, managerId, from, open }): ReportingLine => ({
      personId,
      managerId,
      validFrom: dates[from] ?? "2025-01-01",
      validTo: open ? null : (dates[from + 1] ?? null),
    }),
  );

describe("crediting properties", () => {
  it("primary credits conserve the transaction amount exactly for any split shares summing to 1 (EUR converted first)", () => {
    fc.assert(
      fc.property(arbShares, arbDecimal(4), fc.boolean(), (shares, amount, inEuro) => {
        const tx = deal({
          currency: inEuro ? "EUR" : "USD",
          measures: { bookings: amount },
          splits: shares.map((share, i) => ({ personId: `s${i}`, share, role: "split" as const })),
        });
        const exchangeRates = [{ from: "EUR", to: "USD", validFrom: "2025-01-01", rate: "1.0850" }];
        const r = creditTransactions(crediting({ transactions: [tx], exchangeRates }));
        const converted = inEuro
          ? toDec(amount).times("1.0850").toDecimalPlaces(2, Dec.ROUND_HALF_UP)
          : toDec(amount);
        const total = r.credits.reduce((sum, c) => sum.plus(toDec(c.measures.bookings ?? "x")), new Dec(0));
        expect(r.errors).toEqual([]);
        expect(total.eq(converted)).toBe(true);
      }),
    );
  });

  it("the output is the same for any order of the transactions", () => {
    const arbTx = fc.record({
      owner: fc.constantFrom(...people),
      date: fc.constantFrom(...dates),
      amount: arbDecimal(2),
      overlay: fc.option(fc.constantFrom(...people)),
      team: fc.constantFrom("red", "blue"),
      order: fc.nat(),
    });
    const rules: CreditingRules = {
      owner: true,
      territories: [],
      relationships: [],
      team: {
        attribute: "team",
        teams: [
          {
            teamId: "red",
            share: "0.5",
            memberships: [{ personId: "p2", validFrom: "2025-02-01", validTo: null }],
          },
        ],
      },
      rollup: { levels: "all" },
      duplicatePolicy: "sum",
    };
    fc.assert(
      fc.property(
        fc.array(arbTx, { maxLength: 12 }),
        fc.array(arbLine, { maxLength: 10 }),
        (specs, lines) => {
          const txs: Transaction[] = specs.map((s, i) =>
            deal({
              id: `t${i}`,
              ownerId: s.owner,
              date: s.date,
              measures: { bookings: s.amount },
              attributes: { team: s.team },
              splits: s.overlay === null ? [] : [{ personId: s.overlay, share: "0.3", role: "overlay" }],
            }),
          );
          const shuffled = txs
            .map((tx, i) => ({ tx, key: specs[i]?.order ?? 0 }))
            .sort((x, y) => x.key - y.key);
          const base = crediting({
            rules,
            reportingLines: lines,
            payeesWithPlan: new Set(people.slice(0, 4)),
          });
          const a = creditTransactions({ ...base, transactions: txs });
          const b = creditTransactions({ ...base, transactions: shuffled.map((s) => s.tx) });
          expect(b).toEqual(a);
          expect(new Set(a.credits.map((c) => c.id)).size).toBe(a.credits.length);
        },
      ),
    );
  });

  it("the memoised chain lookup agrees with org's chainOfCommand on any (even cyclic) lines", () => {
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 14 }), (lines) => {
        const chainOf = createChainLookup(lines);
        for (const date of dates)
          for (const p of people) expect(chainOf(p, date)).toEqual(chainOfCommand(lines, p, date));
      }),
    );
  });
});
