import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportingLine } from "../../org/reporting-line";
import { rollUpForecast } from "./roll-up-forecast";
import type { ForecastDealInput, ForecastSubmissionInput } from "./types";

// D directs M1 and M2; A1 and A2 report to M1, B1 to M2.
const line = (personId: string, managerId: string, validFrom = "2025-01-01", validTo: string | null = null) =>
  ({ personId, managerId, validFrom, validTo }) satisfies ReportingLine;
const org = [line("M1", "D"), line("M2", "D"), line("A1", "M1"), line("A2", "M1"), line("B1", "M2")];
const deal = (
  ownerId: string,
  category: ForecastDealInput["category"],
  amount: string,
  motion = "new_business",
) => ({ ownerId, category, amount, motion }) as ForecastDealInput;
const call = (
  authorId: string,
  subjectId: string,
  amount: string,
  submittedAt: string,
  category: ForecastSubmissionInput["category"] = "commit",
  motion: ForecastSubmissionInput["motion"] = "new_business",
): ForecastSubmissionInput => ({
  authorId,
  subjectId,
  amount,
  category,
  motion,
  submittedAt: `${submittedAt}T10:00:00.000Z`,
  note: authorId === subjectId ? null : `override by ${authorId}`,
});
const deals = [
  deal("A1", "commit", "100.00"),
  deal("A1", "closed", "30.00"),
  deal("A2", "commit", "200.00"),
  deal("B1", "best_case", "70.00"),
  deal("M1", "commit", "10.00"),
  deal("B1", "commit", "25.50", "expansion_renewal"),
];
const commit = (result: ReturnType<typeof rollUpForecast>, id: string) =>
  result.people.get(id)?.motions.new_business.commit;

describe("rollUpForecast", () => {
  it("A1 called 130, M1 overrode 150: A1 keeps 130, M1 sees 10 + 150 + 200 = 360, and so does D", () => {
    const result = rollUpForecast({
      asOf: "2026-02-01",
      lines: org,
      deals,
      submissions: [
        call("A1", "A1", "120", "2026-01-10"),
        call("A1", "A1", "130", "2026-01-20"),
        call("M1", "A1", "150", "2026-01-25"),
      ],
    });
    expect(commit(result, "A1")).toEqual({
      ownCall: "130.00",
      rolledUp: "130.00",
      rollup: "100.00",
      adjusted: "150.00",
      override: {
        authorId: "M1",
        amount: "150.00",
        note: "override by M1",
        submittedAt: "2026-01-25T10:00:00.000Z",
        id: null,
      },
      deals: "100.00",
    });
    expect(commit(result, "M1")).toMatchObject({
      ownCall: null,
      rolledUp: "360.00",
      rollup: "360.00",
      adjusted: "360.00",
      deals: "310.00",
    });
    // D: M1's 360 + M2's 0 commit; closed is A1's won 30.00 all the way up; best case is B1's 70.
    expect(commit(result, "D")).toMatchObject({ rolledUp: "360.00", adjusted: null, deals: "310.00" });
    expect(result.people.get("D")?.motions.new_business.closed).toMatchObject({
      ownCall: null,
      rolledUp: "30.00",
      deals: "30.00",
    });
    expect(result.people.get("D")?.motions.new_business.best_case.rolledUp).toBe("70.00");
    // Motions stay apart: B1's expansion commit is only in expansion_renewal.
    expect(result.people.get("D")?.motions.expansion_renewal.commit.rolledUp).toBe("25.50");
    expect(result.people.get("D")?.directReportIds).toEqual(["M1", "M2"]);
  });

  it("a manager's own call replaces the team's roll-up for their manager; a skip-level override under it is masked", () => {
    const base = [call("M1", "A1", "150", "2026-01-25"), call("D", "A1", "90", "2026-01-26")];
    const withoutCall = rollUpForecast({ asOf: "2026-02-01", lines: org, deals, submissions: base });
    // D sees A1 at 90 (D is the highest author on the chain), so M1 = 10 + 90 + 200 = 300 for D; M1 still sees 360.
    expect(commit(withoutCall, "M1")).toMatchObject({ rolledUp: "360.00", adjusted: "300.00" });
    expect(commit(withoutCall, "D")?.rolledUp).toBe("300.00");
    const withCall = rollUpForecast({
      asOf: "2026-02-01",
      lines: org,
      deals,
      submissions: [...base, call("M1", "M1", "400", "2026-01-27")],
    });
    expect(commit(withCall, "M1")).toMatchObject({ ownCall: "400.00", rolledUp: "400.00", rollup: "360.00" });
    expect(commit(withCall, "D")?.rolledUp).toBe("400.00");
  });

  it("submissions after the as-of day do not count yet", () => {
    const result = rollUpForecast({
      asOf: "2026-01-24",
      lines: org,
      deals,
      submissions: [call("A1", "A1", "130", "2026-01-20"), call("M1", "A1", "150", "2026-01-25")],
    });
    expect(commit(result, "A1")).toMatchObject({ ownCall: "130.00", adjusted: "130.00", override: null });
    expect(commit(result, "M1")?.rolledUp).toBe("340.00");
  });

  it("closed is computed from won deals, never called", () => {
    expect(() =>
      rollUpForecast({
        asOf: "2026-02-01",
        lines: org,
        deals,
        submissions: [{ ...call("A1", "A1", "5", "2026-01-20"), category: "closed" as "commit" }],
      }),
    ).toThrow(/closed is computed/);
    expect(() =>
      rollUpForecast({
        asOf: "2026-02-01",
        lines: org,
        deals,
        submissions: [call("A1", "A1", "-5", "2026-01-20")],
      }),
    ).toThrow(/cannot be negative/);
  });

  describe("roll-up with a mid-quarter manager change assigns each rep's call to the right manager for each date", () => {
    // A2 moves from M1 to M2 on 2026-02-15, inside Q1. A2 called 200 in January; M1 overrode it to 180.
    const moved = [
      line("M1", "D"),
      line("M2", "D"),
      line("A1", "M1"),
      line("A2", "M1", "2025-01-01", "2026-02-15"),
      line("A2", "M2", "2026-02-15"),
      line("B1", "M2"),
    ];
    const submissions = [call("A2", "A2", "200", "2026-01-05"), call("M1", "A2", "180", "2026-01-20")];
    const noDeals = [deal("A1", "commit", "100.00"), deal("B1", "commit", "40.00")];

    it("before the move (2026-02-01): M1 = A1 100 + A2 as M1 overrode it 180 = 280; M2 = B1 40 only", () => {
      const result = rollUpForecast({ asOf: "2026-02-01", lines: moved, deals: noDeals, submissions });
      expect(commit(result, "M1")?.rolledUp).toBe("280.00");
      expect(commit(result, "M2")?.rolledUp).toBe("40.00");
      expect(result.people.get("A2")?.managerId).toBe("M1");
      expect(commit(result, "D")?.rolledUp).toBe("320.00");
    });

    it("after the move (2026-03-01): M2 = 40 + A2's own 200 = 240; M1 = 100; M1's old override no longer counts", () => {
      const result = rollUpForecast({ asOf: "2026-03-01", lines: moved, deals: noDeals, submissions });
      expect(commit(result, "M1")?.rolledUp).toBe("100.00");
      expect(commit(result, "M2")?.rolledUp).toBe("240.00");
      expect(commit(result, "A2")).toMatchObject({ ownCall: "200.00", adjusted: "200.00", override: null });
      expect(result.people.get("A2")?.managerId).toBe("M2");
      expect(commit(result, "D")?.rolledUp).toBe("340.00");
    });

    it("on the day of the move itself the new line holds (valid_from inclusive, valid_to exclusive)", () => {
      const result = rollUpForecast({ asOf: "2026-02-15", lines: moved, deals: noDeals, submissions });
      expect(commit(result, "M2")?.rolledUp).toBe("240.00");
    });
  });

  it("a cycle in the reporting lines is cut, not looped", () => {
    const result = rollUpForecast({
      asOf: "2026-02-01",
      lines: [line("X", "Y"), line("Y", "X")],
      deals: [deal("X", "commit", "1.00"), deal("Y", "commit", "2.00")],
      submissions: [],
    });
    const tops = [...result.people.values()].filter((p) => p.managerId === null);
    expect(tops).toHaveLength(1);
    expect(tops[0]?.motions.new_business.commit.rolledUp).toBe("3.00");
  });
});

// A reference implementation straight from the rule (no reuse, exponential at worst): the optimised one must agree.
function naiveSeen(
  parents: (number | null)[],
  dealCents: number[],
  subs: { author: number; subject: number; cents: number; at: number }[],
  node: number,
  x: number,
): number {
  const chain: number[] = [];
  for (let p: number | null = x; p !== null; p = parents[p] ?? null) {
    chain.push(p);
    if (p === node) break;
  }
  for (let i = chain.length - 1; i >= 0; i--) {
    const mine = subs.filter((s) => s.subject === x && s.author === chain[i]);
    if (mine.length > 0) return mine.reduce((a, b) => (b.at >= a.at ? b : a)).cents;
  }
  let total = dealCents[x] ?? 0;
  parents.forEach((p, child) => {
    if (p === x) total += naiveSeen(parents, dealCents, subs, node, child);
  });
  return total;
}

type Tree = {
  parents: (number | null)[];
  deals: number[];
  calls: { subject: number; cents: number; at: number }[];
  overrides: { subject: number; up: number; cents: number; at: number }[];
};

const treeArb: fc.Arbitrary<Tree> = fc.integer({ min: 1, max: 9 }).chain((n) =>
  fc.record({
    parents: fc.tuple(
      ...Array.from({ length: n }, (_, i) =>
        i === 0 ? fc.constant(null) : fc.option(fc.nat(i - 1), { nil: null }),
      ),
    ),
    deals: fc.array(fc.nat(5000), { minLength: n, maxLength: n }),
    calls: fc.array(fc.record({ subject: fc.nat(n - 1), cents: fc.nat(9000), at: fc.nat(20) }), {
      maxLength: 8,
    }),
    overrides: fc.array(
      fc.record({ subject: fc.nat(n - 1), up: fc.nat(4), cents: fc.nat(9000), at: fc.nat(20) }),
      {
        maxLength: 6,
      },
    ),
  }),
);

function scenario(t: Tree) {
  const ids = t.parents.map((_, i) => `p${i}`);
  const lines = t.parents.flatMap((p, i) => (p === null ? [] : [line(ids[i] as string, ids[p] as string)]));
  const ancestor = (x: number, up: number) => {
    let p: number | null = x;
    for (let k = 0; k <= up && p !== null; k++) {
      const next: number | null = t.parents[p] ?? null;
      if (next === null) break;
      p = next;
    }
    return p ?? x;
  };
  const at = (k: number) => `2026-01-${String(k + 1).padStart(2, "0")}T08:00:00.000Z`;
  const asSub = (author: number, subject: number, cents: number, k: number): ForecastSubmissionInput => ({
    authorId: ids[author] as string,
    subjectId: ids[subject] as string,
    motion: "new_business",
    category: "commit",
    amount: (cents / 100).toFixed(2),
    submittedAt: at(k),
  });
  const calls = t.calls.map((c) => ({ author: c.subject, subject: c.subject, cents: c.cents, at: c.at }));
  const overrides = t.overrides
    .map((o) => ({ author: ancestor(o.subject, o.up), subject: o.subject, cents: o.cents, at: o.at }))
    .filter((o) => o.author !== o.subject);
  const dealInputs = t.deals.map((c, i) => deal(ids[i] as string, "commit", (c / 100).toFixed(2)));
  const run = (subs: typeof calls) =>
    rollUpForecast({
      asOf: "2026-01-31",
      lines,
      deals: dealInputs,
      personIds: ids,
      submissions: subs.map((s) => asSub(s.author, s.subject, s.cents, s.at)),
    });
  return { ids, calls, overrides, run };
}

describe("rollUpForecast properties", () => {
  it("agrees with the rule computed naively, for every person's own view and their manager's", () => {
    fc.assert(
      fc.property(treeArb, (t) => {
        const { ids, calls, overrides, run } = scenario(t);
        const subs = [...calls, ...overrides];
        const result = run(subs);
        ids.forEach((id, x) => {
          const line = result.people.get(id)?.motions.new_business.commit;
          const cents = (s: string | null | undefined) => (s == null ? null : Math.round(Number(s) * 100));
          expect(cents(line?.rolledUp)).toBe(naiveSeen(t.parents, t.deals, subs, x, x));
          const manager = t.parents[x] ?? null;
          expect(cents(line?.adjusted)).toBe(
            manager === null ? null : naiveSeen(t.parents, t.deals, subs, manager, x),
          );
        });
      }),
      { numRuns: 300 },
    );
  });

  it("overrides never change the rep's own call", () => {
    fc.assert(
      fc.property(treeArb, (t) => {
        const { ids, calls, overrides, run } = scenario(t);
        const before = run(calls);
        const after = run([...calls, ...overrides]);
        for (const id of ids) {
          expect(after.people.get(id)?.motions.new_business.commit.ownCall).toBe(
            before.people.get(id)?.motions.new_business.commit.ownCall,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("an override is seen only by its author and those above: nobody else's number moves", () => {
    fc.assert(
      fc.property(treeArb, (t) => {
        const { ids, calls, overrides, run } = scenario(t);
        const before = run(calls);
        const after = run([...calls, ...overrides]);
        const authors = new Set(overrides.map((o) => o.author));
        ids.forEach((id, x) => {
          // x is at or above an author when walking up from some author reaches x.
          const seesOne = [...authors].some((a) => {
            for (let p: number | null = a; p !== null; p = t.parents[p] ?? null) if (p === x) return true;
            return false;
          });
          if (!seesOne) {
            expect(after.people.get(id)?.motions.new_business.commit.rolledUp).toBe(
              before.people.get(id)?.motions.new_business.commit.rolledUp,
            );
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
