import { describe, expect, it } from "vitest";
import { timeOrderedIdSql } from "./time-ordered-id";

const hexOf = (sql: string) => /^\('([0-9a-f]{24})' \|\| /.exec(sql)?.[1] ?? "";

describe("timeOrderedIdSql", () => {
  it("puts 1767225600000 ms (2026-01-01) = 0x019b76daa800 first, then version 7 and an RFC variant nibble (8-b)", () => {
    const prefix = hexOf(timeOrderedIdSql("s.row_no", 1_767_225_600_000));
    expect(prefix.slice(0, 12)).toBe("019b76daa800");
    expect(prefix.charAt(12)).toBe("7");
    expect(["8", "9", "a", "b"]).toContain(prefix.charAt(16));
  });

  it("appends the row number as 8 hex digits: 24 + 8 = 32 hex digits", () => {
    expect(timeOrderedIdSql("s.row_no", 0)).toMatch(
      /^\('[0-9a-f]{24}' \|\| lpad\(to_hex\(s\.row_no\), 8, '0'\)\)::uuid$/,
    );
  });

  it("draws a fresh random part per run", () => {
    expect(hexOf(timeOrderedIdSql("r", 0))).not.toBe(hexOf(timeOrderedIdSql("r", 0)));
  });
});
