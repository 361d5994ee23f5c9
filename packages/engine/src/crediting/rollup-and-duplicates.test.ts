import { describe, expect, it } from "vitest";
import type { ReportingLine } from "../org/reporting-line";
import { creditTransactions } from "./credit-transactions";
import { crediting, deal, ownerOnly } from "./test-fixtures";
import type { CreditingRules, DuplicatePolicy } from "./types";

const line = (
  personId: string,
  managerId: string,
  validFrom: string,
  validTo: string | null = null,
): ReportingLine => ({
  personId,
  managerId,
  validFrom,
  validTo,
});
// p1 → m1 → d → ceo; p1 moves from m1 to m2 (→ d) on 2025-03-16.
const org = [
  line("p1", "m1", "2024-01-01", "2025-03-16"),
  line("p1", "m2", "2025-03-16"),
  line("m1", "d", "2024-01-01"),
  line("m2", "d", "2024-01-01"),
  line("d", "ceo", "2024-01-01"),
];
const rollup = (levels: number | "all"): CreditingRules => ({ ...ownerOnly, rollup: { levels } });
const paths = (input: Parameters<typeof creditTransactions>[0]) =>
  creditTransactions(input).credits.map((c) => [c.payeeId, c.role, c.measures.bookings, c.path]);

describe("rollup along the reporting lines on the transaction's date", () => {
  it("two levels: p1's 100,000 also to m1 (level 1) and d (level 2), not to the CEO", () => {
    expect(paths(crediting({ rules: rollup(2), reportingLines: org }))).toEqual([
      ["d", "rollup", "100000", ["owner", "rollup level 2 (manager of m1)"]],
      ["m1", "rollup", "100000", ["owner", "rollup level 1 (manager of p1)"]],
      ["p1", "direct", "100000", ["owner"]],
    ]);
  });

  it('"all": m1, d and the CEO each get the full 100,000', () => {
    const r = paths(crediting({ rules: rollup("all"), reportingLines: org }));
    expect(r.map((c) => [c[0], c[2]])).toEqual([
      ["ceo", "100000"],
      ["d", "100000"],
      ["m1", "100000"],
      ["p1", "100000"],
    ]);
  });

  it("each split rolls up in full to its own chain: a 60 % → m1 60,000; b 40 % → m2 40,000", () => {
    const lines = [line("a", "m1", "2024-01-01"), line("b", "m2", "2024-01-01")];
    const tx = deal({
      splits: [
        { personId: "a", share: "0.6", role: "split" },
        { personId: "b", share: "0.4", role: "split" },
      ],
    });
    expect(paths(crediting({ transactions: [tx], rules: rollup(1), reportingLines: lines }))).toEqual([
      ["a", "split", "60000.0", ["split 60%"]],
      ["b", "split", "40000.0", ["split 40%"]],
      ["m1", "rollup", "60000.0", ["split 60%", "rollup level 1 (manager of a)"]],
      ["m2", "rollup", "40000.0", ["split 40%", "rollup level 1 (manager of b)"]],
    ]);
  });

  it("manager change mid-month: a deal on 2025-03-15 rolls up to m1, one on 2025-03-16 to m2", () => {
    const r = creditTransactions(
      crediting({
        transactions: [deal({ id: "t15", date: "2025-03-15" }), deal({ id: "t16", date: "2025-03-16" })],
        rules: rollup(1),
        reportingLines: org,
      }),
    );
    expect(r.credits.filter((c) => c.role === "rollup").map((c) => c.id)).toEqual([
      "t15:m1:rollup",
      "t16:m2:rollup",
    ]);
  });

  it("overlays and team credit do not roll up; a manager without a plan still passes credit up", () => {
    const tx = deal({ splits: [{ personId: "se", share: "0.5", role: "overlay" }] });
    const lines = [...org, line("se", "m9", "2024-01-01")];
    const r = creditTransactions(
      crediting({
        transactions: [tx],
        rules: rollup(2),
        reportingLines: lines,
        payeesWithPlan: new Set(["p1", "d", "se"]),
      }),
    );
    expect(r.credits.map((c) => c.id)).toEqual(["t1:d:rollup", "t1:p1:direct", "t1:se:overlay"]);
    expect(r.unassigned.map((u) => u.payeeId)).toEqual(["m1"]);
  });
});

describe("duplicates: m1 is on team blue (25 %) and p1's manager (rollup 100 %)", () => {
  const rulesWith = (duplicatePolicy: DuplicatePolicy): CreditingRules => ({
    ...rollup(1),
    duplicatePolicy,
    team: {
      attribute: "team",
      teams: [
        {
          teamId: "blue",
          share: "0.25",
          memberships: [{ personId: "m1", validFrom: "2025-01-01", validTo: null }],
        },
      ],
    },
  });
  const run = (policy: DuplicatePolicy) =>
    creditTransactions(
      crediting({
        transactions: [deal({ attributes: { team: "blue" } })],
        rules: rulesWith(policy),
        reportingLines: org,
      }),
    );
  const bothPaths = [["team blue 25%"], ["owner", "rollup level 1 (manager of p1)"]];

  it("keep_highest: the rollup 100,000 (share 1 > 0.25) is kept and the duplicate reported", () => {
    const r = run("keep_highest");
    const m1 = r.credits.find((c) => c.payeeId === "m1");
    expect([m1?.id, m1?.share, m1?.measures.bookings]).toEqual(["t1:m1:rollup", "1", "100000"]);
    expect(r.duplicates).toEqual([
      {
        transactionId: "t1",
        payeeId: "m1",
        paths: bothPaths,
        kept: ["owner", "rollup level 1 (manager of p1)"],
        rule: "keep_highest",
      },
    ]);
  });

  it("keep_first_rule: team credit comes before rollup, so 25,000 team credit is kept", () => {
    const r = run("keep_first_rule");
    const m1 = r.credits.find((c) => c.payeeId === "m1");
    expect([m1?.id, m1?.measures.bookings]).toEqual(["t1:m1:team", "25000.00"]);
    expect(r.duplicates[0]?.kept).toEqual(["team blue 25%"]);
  });

  it("sum: one credit of 0.25 + 1 = 1.25 → 125,000.00, role and path of the team rule then + rollup", () => {
    const r = run("sum");
    const m1 = r.credits.find((c) => c.payeeId === "m1");
    expect([m1?.id, m1?.share, m1?.measures.bookings, m1?.path]).toEqual([
      "t1:m1:team",
      "1.25",
      "125000.00",
      ["team blue 25%", "+ owner › rollup level 1 (manager of p1)"],
    ]);
    expect(r.credits).toHaveLength(2);
  });
});

describe("currency", () => {
  const rates = [
    { from: "EUR", to: "USD", validFrom: "2025-01-01", rate: "1.0850" },
    { from: "EUR", to: "USD", validFrom: "2025-03-16", rate: "1.1000" },
    { from: "USD", to: "EUR", validFrom: "2025-01-01", rate: "0.9200" },
  ];

  it("EUR 19.99 on 2025-03-15 at 1.0850 = 21.689150 → 21.69 USD (half_up), then 60 % = 13.014", () => {
    const tx = deal({
      currency: "EUR",
      measures: { bookings: "19.99", units: "2" },
      splits: [
        { personId: "a", share: "0.6", role: "split" },
        { personId: "b", share: "0.4", role: "split" },
      ],
    });
    const r = creditTransactions(crediting({ transactions: [tx], exchangeRates: rates }));
    expect(r.credits.map((c) => c.measures)).toEqual([
      { bookings: "13.014", units: "1.2" },
      { bookings: "8.676", units: "0.8" },
    ]);
  });

  it("the latest rate on or before the date applies: EUR 100.00 on 2025-03-16 at 1.1000 → 110.00", () => {
    const tx = deal({ currency: "EUR", date: "2025-03-16", measures: { bookings: "100.00" } });
    expect(
      creditTransactions(crediting({ transactions: [tx], exchangeRates: rates })).credits[0]?.measures,
    ).toEqual({
      bookings: "110.00",
    });
  });

  it("no GBP→USD rate (and none before 2025-01-01 for EUR) is an error entry, never a silent drop", () => {
    const r = creditTransactions(
      crediting({
        transactions: [
          deal({ id: "g", currency: "GBP" }),
          deal({ id: "e", currency: "EUR", date: "2024-12-31" }),
        ],
        exchangeRates: rates,
      }),
    );
    expect(r.credits).toEqual([]);
    expect(r.errors).toEqual([
      { transactionId: "e", field: "currency", message: "no EUR→USD exchange rate on or before 2024-12-31" },
      { transactionId: "g", field: "currency", message: "no GBP→USD exchange rate on or before 2025-03-15" },
    ]);
  });
});
