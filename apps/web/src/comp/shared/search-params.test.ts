import { describe, expect, it } from "vitest";
import { readSearchString, withSearch } from "./search-params";

describe("search params", () => {
  it("a year key parsed as the number 2026 reads back as '2026'", () =>
    expect(readSearchString({ period: 2026 }, "period")).toBe("2026"));
  it("'' and objects are absent", () => {
    expect(readSearchString({ period: "" }, "period")).toBeUndefined();
    expect(readSearchString({ period: { a: 1 } }, "period")).toBeUndefined();
  });
  it("withSearch sets run, removes person, keeps period", () =>
    expect(withSearch({ period: "2026-Q4", person: "p1" }, { run: "r1", person: undefined })).toEqual({
      period: "2026-Q4",
      run: "r1",
    }));
});
