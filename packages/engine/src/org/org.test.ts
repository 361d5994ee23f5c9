import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainOfCommand, managerOf } from "./manager-of";
import type { ReportingLine } from "./reporting-line";
import { directReportsAsOf, reportingTreeAsOf } from "./reporting-tree-as-of";

const line = (personId: string, managerId: string, validFrom: string, validTo: string | null = null) => ({
  personId,
  managerId,
  validFrom,
  validTo,
});

// CEO c ← VP v ← managers m1, m2 ← reps. b moves from m1 to m2 on 2024-07-01; n joins m1 on 2024-03-01.
const org: ReportingLine[] = [
  line("v", "c", "2020-01-01"),
  line("m1", "v", "2020-01-01"),
  line("m2", "v", "2020-01-01"),
  line("a", "m1", "2021-01-01"),
  line("b", "m1", "2021-01-01", "2024-07-01"),
  line("b", "m2", "2024-07-01"),
  line("n", "m1", "2024-03-01"),
  line("r", "m2", "2022-05-01", "2025-01-01"),
];

describe("managerOf", () => {
  it("b reports to m1 until 2024-06-30 and to m2 from 2024-07-01 (validTo exclusive)", () => {
    expect(managerOf(org, "b", "2024-06-30")).toBe("m1");
    expect(managerOf(org, "b", "2024-07-01")).toBe("m2");
  });
  it("nobody before hire, after leaving, or at the top", () => {
    expect(managerOf(org, "n", "2024-02-29")).toBeNull();
    expect(managerOf(org, "r", "2025-01-01")).toBeNull();
    expect(managerOf(org, "c", "2024-01-01")).toBeNull();
  });
  it("with two lines on one day (invalid data) the later-starting one wins", () => {
    const overlapping = [line("x", "old", "2024-01-01"), line("x", "new", "2024-02-01")];
    expect(managerOf(overlapping, "x", "2024-03-01")).toBe("new");
  });
  it("rejects a malformed date", () => {
    expect(() => managerOf(org, "b", "2024-7-1")).toThrow(/Not a valid date/);
  });
});

describe("reportingTreeAsOf", () => {
  it("m1's tree: [a, b, n] on 2024-06-30, [a, n] on 2024-07-01", () => {
    expect(reportingTreeAsOf(org, "m1", "2024-06-30")).toEqual(["a", "b", "n"]);
    expect(reportingTreeAsOf(org, "m1", "2024-07-01")).toEqual(["a", "n"]);
  });
  it("v's tree is breadth first, siblings by id: m1, m2, then a, b, n, r", () => {
    expect(reportingTreeAsOf(org, "v", "2024-06-30")).toEqual(["m1", "m2", "a", "b", "n", "r"]);
    expect(directReportsAsOf(org, "v", "2024-06-30")).toEqual(["m1", "m2"]);
  });
  it("a rep's tree is empty", () => {
    expect(reportingTreeAsOf(org, "a", "2024-06-30")).toEqual([]);
  });
  it("a cycle x → y → x does not loop and never includes the manager", () => {
    const cyclic = [line("x", "y", "2024-05-01"), line("y", "x", "2024-05-01"), line("z", "y", "2024-05-01")];
    expect(reportingTreeAsOf(cyclic, "x", "2024-06-01")).toEqual(["y", "z"]);
    expect(chainOfCommand(cyclic, "x", "2024-06-01")).toEqual(["y"]);
  });
});

describe("chainOfCommand", () => {
  it("b on 2024-07-01: m2, v, c", () => {
    expect(chainOfCommand(org, "b", "2024-07-01")).toEqual(["m2", "v", "c"]);
  });
  it("the CEO's chain is empty", () => {
    expect(chainOfCommand(org, "c", "2024-07-01")).toEqual([]);
  });
});

describe("org properties on arbitrary (even cyclic, overlapping) lines", () => {
  const people = ["p0", "p1", "p2", "p3", "p4", "p5", "p6", "p7"];
  const dates = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"];
  const arbLine = fc
    .record({
      personId: fc.constantFrom(...people),
      managerId: fc.constantFrom(...people),
      from: fc.integer({ min: 0, max: 3 }),
      length: fc.option(fc.integer({ min: 1, max: 3 })),
    })
    .map(({ personId, managerId, from, length }) =>
      line(personId, managerId, dates[from]!, length === null ? null : (dates[from + length] ?? null)),
    );
  const arbCase = fc.tuple(fc.array(arbLine, { maxLength: 16 }), fc.constantFrom(...dates));

  it("nobody is in their own tree and nobody appears twice", () => {
    fc.assert(
      fc.property(arbCase, ([lines, asOf]) => {
        for (const m of people) {
          const tree = reportingTreeAsOf(lines, m, asOf);
          expect(tree).not.toContain(m);
          expect(new Set(tree).size).toBe(tree.length);
        }
      }),
    );
  });

  it("a manager's tree holds each direct report and that report's tree (less the manager, if cyclic)", () => {
    fc.assert(
      fc.property(arbCase, ([lines, asOf]) => {
        for (const m of people) {
          const tree = new Set(reportingTreeAsOf(lines, m, asOf));
          for (const d of directReportsAsOf(lines, m, asOf)) {
            expect(tree.has(d)).toBe(true);
            for (const p of reportingTreeAsOf(lines, d, asOf)) if (p !== m) expect(tree.has(p)).toBe(true);
          }
        }
      }),
    );
  });

  it("m is in p's chain of command exactly when p is in m's tree", () => {
    fc.assert(
      fc.property(arbCase, ([lines, asOf]) => {
        for (const p of people) {
          for (const m of people) {
            const inChain = chainOfCommand(lines, p, asOf).includes(m);
            expect(inChain).toBe(reportingTreeAsOf(lines, m, asOf).includes(p));
          }
        }
      }),
    );
  });
});
