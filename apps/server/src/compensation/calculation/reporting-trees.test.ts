import { type ReportingLine, reportingTreeAsOf } from "@attain/engine";
import { describe, expect, it } from "vitest";
import { reportingTreesAsOf } from "./reporting-trees";

const line = (personId: string, managerId: string, validFrom: string, validTo: string | null = null) =>
  ({ personId, managerId, validFrom, validTo }) satisfies ReportingLine;

describe("reportingTreesAsOf", () => {
  // d ← m1 ← a1, a2; d ← m2 ← a3 (a3 moved from m1 to m2 on 2026-02-01); a4 has two lines from one day (m1 < m2 wins);
  // x ↔ y is a cycle; s manages itself (ignored).
  const lines = [
    line("m1", "d", "2020-01-01"),
    line("m2", "d", "2020-01-01"),
    line("a2", "m1", "2020-01-01"),
    line("a1", "m1", "2020-01-01"),
    line("a3", "m1", "2020-01-01", "2026-02-01"),
    line("a3", "m2", "2026-02-01"),
    line("a4", "m2", "2025-06-01"),
    line("a4", "m1", "2025-06-01"),
    line("x", "y", "2020-01-01"),
    line("y", "x", "2020-01-01"),
    line("s", "s", "2020-01-01"),
  ];

  it.each(["2026-01-31", "2026-03-31"])("gives the engine's reportingTreeAsOf for everyone on %s", (asOf) => {
    const trees = reportingTreesAsOf(lines, asOf);
    for (const id of ["d", "m1", "m2", "a1", "a3", "x", "y", "s", "nobody"])
      expect(trees.treeOf(id)).toEqual(reportingTreeAsOf(lines, id, asOf));
  });

  it("on 2026-03-31 m2 has a3, m1 has a1, a2 and a4 (same-day tie: smaller manager id); a1 and s manage nobody", () => {
    const trees = reportingTreesAsOf(lines, "2026-03-31");
    expect(trees.treeOf("m2")).toEqual(["a3"]);
    expect(trees.treeOf("m1")).toEqual(["a1", "a2", "a4"]);
    expect(["d", "m1", "m2", "a1", "s"].map((id) => trees.managesAnyone(id))).toEqual([
      true,
      true,
      true,
      false,
      false,
    ]);
  });
});
