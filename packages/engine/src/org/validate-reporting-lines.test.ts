import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ReportingLine } from "./reporting-line";
import { validateReportingLines } from "./validate-reporting-lines";

const line = (personId: string, managerId: string, validFrom: string, validTo: string | null = null) => ({
  personId,
  managerId,
  validFrom,
  validTo,
});

describe("validateReportingLines", () => {
  it("a clean org with a change of manager has no problems", () => {
    const lines = [
      line("m", "c", "2024-01-01"),
      line("a", "m", "2024-01-01", "2024-07-01"),
      line("a", "c", "2024-07-01"),
    ];
    expect(validateReportingLines(lines)).toEqual([]);
  });

  it("flags a bad date, an empty period and self-management by line", () => {
    const problems = validateReportingLines([
      line("a", "m", "2024-02-30"),
      line("b", "m", "2024-05-01", "2024-05-01"),
      line("c", "c", "2024-01-01"),
    ]);
    expect(problems.map((p) => [p.kind, p.lineIndexes])).toEqual([
      ["invalid_date", [0]],
      ["empty_period", [1]],
      ["self_management", [2]],
    ]);
  });

  it("flags two managers at once: a→m from 2024-01-01 open, a→n from 2024-06-01", () => {
    const problems = validateReportingLines([line("a", "m", "2024-01-01"), line("a", "n", "2024-06-01")]);
    expect(problems).toEqual([
      {
        kind: "overlap",
        message: "a has two managers from 2024-06-01 (lines 0 and 1)",
        lineIndexes: [0, 1],
        personIds: ["a"],
        date: "2024-06-01",
      },
    ]);
  });

  it("back-to-back periods (validTo = next validFrom) do not overlap", () => {
    const lines = [line("a", "m", "2024-01-01", "2024-03-01"), line("a", "n", "2024-03-01", "2024-06-01")];
    expect(validateReportingLines(lines)).toEqual([]);
  });

  it("finds a cycle x → y → z → x that only exists from 2024-05-01, once", () => {
    const problems = validateReportingLines([
      line("x", "y", "2024-01-01"),
      line("y", "z", "2024-01-01"),
      line("z", "x", "2024-05-01", "2024-06-01"),
      line("z", "w", "2024-06-01"),
    ]);
    expect(problems).toEqual([
      {
        kind: "cycle",
        message: "Reporting cycle on 2024-05-01: z → x → y → z",
        lineIndexes: [2, 0, 1],
        personIds: ["z", "x", "y"],
        date: "2024-05-01",
      },
    ]);
  });

  it("a cycle broken before the second line starts is no cycle", () => {
    const lines = [line("x", "y", "2024-01-01", "2024-05-01"), line("y", "x", "2024-05-01")];
    expect(validateReportingLines(lines)).toEqual([]);
  });

  it("any forest of single-period lines (each person's manager comes earlier) is valid", () => {
    const arbForest = fc
      .array(fc.tuple(fc.nat(), fc.boolean(), fc.constantFrom("2024-01-01", "2024-03-01")), {
        minLength: 1,
        maxLength: 30,
      })
      .map((specs) =>
        specs.flatMap(([pick, hasManager, from], i): ReportingLine[] =>
          i > 0 && hasManager ? [line(`p${i}`, `p${pick % i}`, from)] : [],
        ),
      );
    fc.assert(
      fc.property(arbForest, (lines) => {
        expect(validateReportingLines(lines)).toEqual([]);
      }),
    );
  });

  it("reports a cycle exactly when some day's manager graph has one (brute force over every day)", () => {
    const people = ["a", "b", "c", "d"];
    const dates = ["2024-01-01", "2024-02-01", "2024-03-01", "2024-04-01"];
    const arbLine = fc
      .record({
        personId: fc.constantFrom(...people),
        managerId: fc.constantFrom(...people),
        from: fc.integer({ min: 0, max: 2 }),
        open: fc.boolean(),
      })
      .filter((l) => l.personId !== l.managerId)
      .map((l) => line(l.personId, l.managerId, dates[l.from]!, l.open ? null : dates[l.from + 1]!));
    fc.assert(
      fc.property(fc.array(arbLine, { maxLength: 8 }), (lines) => {
        const cyclicSomeDay = dates.some((day) => {
          const active = lines.filter((l) => l.validFrom <= day && (l.validTo === null || day < l.validTo));
          const reaches = (from: string, to: string, seen: Set<string>): boolean =>
            active.some(
              (l) =>
                l.personId === from &&
                (l.managerId === to ||
                  (!seen.has(l.managerId) && reaches(l.managerId, to, seen.add(l.managerId)))),
            );
          return people.some((p) => reaches(p, p, new Set()));
        });
        const reported = validateReportingLines(lines).some((p) => p.kind === "cycle");
        expect(reported).toBe(cyclicSomeDay);
      }),
    );
  });
});
