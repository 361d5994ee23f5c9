import { describe, expect, it } from "vitest";
import { creditTransactions } from "./credit-transactions";
import { crediting, deal, ownerOnly } from "./test-fixtures";

const summary = (input: Parameters<typeof creditTransactions>[0]) =>
  creditTransactions(input).credits.map((c) => [c.id, c.role, c.share, c.measures.bookings, c.path]);

describe("splits — Prowi glossary (worked-examples 7.1)", () => {
  it("(a) SDR 15 % / AE 85 % of 100,000 → 15,000 / 85,000", () => {
    const tx = deal({
      splits: [
        { personId: "sdr", share: "0.15", role: "split" },
        { personId: "ae", share: "0.85", role: "split" },
      ],
    });
    expect(summary(crediting({ transactions: [tx] }))).toEqual([
      ["t1:ae:split", "split", "0.85", "85000.00", ["split 85%"]],
      ["t1:sdr:split", "split", "0.15", "15000.00", ["split 15%"]],
    ]);
  });

  it("(b) territory overlap 60 / 40 of 100,000.00 → 60,000.000 / 40,000.000 (scale 2 + 1, as PostgreSQL)", () => {
    const tx = deal({
      measures: { bookings: "100000.00" },
      splits: [
        { personId: "a", share: "0.6", role: "split" },
        { personId: "b", share: "0.4", role: "split" },
      ],
    });
    expect(summary(crediting({ transactions: [tx] })).map((c) => c[3])).toEqual(["60000.000", "40000.000"]);
  });

  it("(c) hand-off 60 / 40 of 80,000 → 48,000 / 32,000 (then 10 % = 4,800 / 3,200)", () => {
    const tx = deal({
      measures: { bookings: "80000" },
      splits: [
        { personId: "departing", share: "0.6", role: "split" },
        { personId: "new", share: "0.4", role: "split" },
      ],
    });
    expect(summary(crediting({ transactions: [tx] })).map((c) => [c[0], c[3]])).toEqual([
      ["t1:departing:split", "48000.0"],
      ["t1:new:split", "32000.0"],
    ]);
  });

  it("split shares 0.6 + 0.3 = 0.9 ≠ 1 → an error naming t1, and no credit at all", () => {
    const tx = deal({
      splits: [
        { personId: "a", share: "0.6", role: "split" },
        { personId: "b", share: "0.3", role: "split" },
      ],
    });
    const r = creditTransactions(crediting({ transactions: [tx] }));
    expect(r.credits).toEqual([]);
    expect(r.errors).toEqual([
      { transactionId: "t1", field: "splits", message: "split shares of transaction t1 sum to 0.9, not 1" },
    ]);
  });
});

describe("overlay — RevOps Masters (worked-examples 7.2)", () => {
  it("AE 100 % + SE 50 % overlay of 100,000 = 150,000 credited in total, nothing taken from the AE", () => {
    const tx = deal({ ownerId: "ae", splits: [{ personId: "se", share: "0.5", role: "overlay" }] });
    expect(summary(crediting({ transactions: [tx] }))).toEqual([
      ["t1:ae:direct", "direct", "1", "100000", ["owner"]],
      ["t1:se:overlay", "overlay", "0.5", "50000.0", ["overlay 50%"]],
    ]);
  });
});

describe("credit lines", () => {
  it("carry the transaction's date, attributes, reversal and every measure × share", () => {
    const tx = deal({
      id: "t2",
      measures: { bookings: "-1000.00", units: "3", margin: "-250.50" },
      attributes: { product: "core" },
      reversalOf: "t1",
    });
    expect(creditTransactions(crediting({ transactions: [tx] })).credits).toEqual([
      {
        id: "t2:p1:direct",
        transactionId: "t2",
        payeeId: "p1",
        date: "2025-03-15",
        role: "direct",
        share: "1",
        measures: { bookings: "-1000.00", margin: "-250.50", units: "3" },
        attributes: { product: "core" },
        reversalOf: "t1",
        path: ["owner"],
      },
    ]);
  });

  it("territory, named relationship and team rules credit on their effective dates (validTo exclusive)", () => {
    const rules = {
      ...ownerOnly,
      owner: false,
      territories: [
        {
          territoryId: "west",
          personId: "tw",
          share: "1",
          role: "direct" as const,
          validFrom: "2025-01-01",
          validTo: "2025-03-15",
        },
        {
          territoryId: "west",
          personId: "tw2",
          share: "1",
          role: "direct" as const,
          validFrom: "2025-03-15",
          validTo: null,
        },
      ],
      relationships: [
        {
          accountId: "acme",
          personId: "csm",
          role: "overlay" as const,
          share: "0.1",
          validFrom: "2025-01-01",
          validTo: null,
        },
      ],
      team: {
        attribute: "team",
        teams: [
          {
            teamId: "blue",
            share: "0.25",
            memberships: [{ personId: "b1", validFrom: "2025-01-01", validTo: null }],
          },
        ],
      },
    };
    const tx = deal({ territoryId: "west", accountId: "acme", attributes: { team: "blue" } });
    expect(summary(crediting({ transactions: [tx], rules }))).toEqual([
      ["t1:b1:team", "team", "0.25", "25000.00", ["team blue 25%"]],
      ["t1:csm:overlay", "overlay", "0.1", "10000.0", ["account acme overlay 10%"]],
      ["t1:tw2:direct", "direct", "1", "100000", ["territory west direct 100%"]],
    ]);
  });

  it("credits to someone without a plan go to unassigned with the path; an ownerless deal is reported too", () => {
    const r = creditTransactions(
      crediting({
        transactions: [
          deal({ splits: [{ personId: "se", share: "0.5", role: "overlay" }] }),
          deal({ id: "t2", ownerId: null }),
        ],
        payeesWithPlan: new Set(["p1"]),
      }),
    );
    expect(r.credits.map((c) => c.id)).toEqual(["t1:p1:direct"]);
    expect(r.unassigned).toEqual([
      { transactionId: "t1", payeeId: "se", reason: "se has no plan (overlay credit via overlay 50%)" },
      { transactionId: "t2", payeeId: null, reason: "no owner and no split: the primary credit has nobody" },
    ]);
  });

  it("a transaction no rule credits is unassigned, not dropped", () => {
    const r = creditTransactions(crediting({ rules: { ...ownerOnly, owner: false } }));
    expect(r.unassigned).toEqual([
      { transactionId: "t1", payeeId: null, reason: "no crediting rule applies" },
    ]);
  });

  it("reports a bad date, a malformed measure and a repeated id as errors", () => {
    const r = creditTransactions(
      crediting({
        transactions: [
          deal({ id: "a", date: "2025-02-30" }),
          deal({ id: "b", measures: { bookings: "1e5" } }),
          deal({ id: "c" }),
          deal({ id: "c" }),
        ],
      }),
    );
    expect(r.credits).toEqual([]);
    expect(r.errors.map((e) => [e.transactionId, e.field])).toEqual([
      ["a", "date"],
      ["b", "measures.bookings"],
      ["c", "id"],
      ["c", "id"],
    ]);
  });

  it("a bad rule is the configuration's error and throws", () => {
    const rules = {
      ...ownerOnly,
      relationships: [
        {
          accountId: "x",
          personId: "y",
          role: "overlay" as const,
          share: "0",
          validFrom: "2025-01-01",
          validTo: null,
        },
      ],
    };
    expect(() => creditTransactions(crediting({ rules }))).toThrow(/share must be above 0/);
  });
});
