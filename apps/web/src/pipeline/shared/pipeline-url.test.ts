import { describe, expect, it } from "vitest";
import { nextSort, readPipelineUrl, toOpportunityQuery } from "./pipeline-url";

const from = (values: Record<string, string>) => (key: string) => values[key];

describe("readPipelineUrl", () => {
  it("an empty URL is the board, largest deals first, page 1, grouped by segment", () =>
    expect(readPipelineUrl(from({}))).toEqual({
      view: "board",
      personId: undefined,
      stage: undefined,
      flag: undefined,
      motion: undefined,
      closeFrom: undefined,
      closeTo: undefined,
      createdFrom: undefined,
      createdTo: undefined,
      q: undefined,
      sort: "amount",
      order: "desc",
      page: 1,
      by: "segment",
    }));

  it("keeps known values", () => {
    const state = readPipelineUrl(
      from({
        view: "table",
        flag: "stalled",
        motion: "expansion_renewal",
        closeFrom: "2026-10-01",
        closeTo: "2026-12-31",
        sort: "closeDate",
        order: "asc",
        page: "3",
        by: "owner",
        q: "  Acme ",
      }),
    );
    expect(state).toMatchObject({
      view: "table",
      flag: "stalled",
      motion: "expansion_renewal",
      closeFrom: "2026-10-01",
      closeTo: "2026-12-31",
      sort: "closeDate",
      order: "asc",
      page: 3,
      by: "owner",
      q: "Acme",
    });
  });

  it("drops unknown or malformed values instead of failing", () =>
    expect(
      readPipelineUrl(
        from({ view: "grid", flag: "late", motion: "x", closeFrom: "01/10/2026", sort: "owner", page: "-2" }),
      ),
    ).toMatchObject({
      view: "board",
      flag: undefined,
      motion: undefined,
      closeFrom: undefined,
      sort: "amount",
      page: 1,
    }));
});

describe("toOpportunityQuery", () => {
  it("page 3 of 50 → offset 100, limit 50", () =>
    expect(toOpportunityQuery(readPipelineUrl(from({ page: "3" })))).toMatchObject({
      limit: 50,
      offset: 100,
    }));
});

describe("nextSort", () => {
  it("the same column flips desc → asc", () =>
    expect(nextSort({ sort: "amount", order: "desc" }, "amount")).toEqual({
      sort: "amount",
      order: "asc",
      page: undefined,
    }));
  it("a new figure column starts descending", () =>
    expect(nextSort({ sort: "name", order: "asc" }, "ageDays").order).toBe("desc"));
  it("a new name or date column starts ascending", () => {
    expect(nextSort({ sort: "amount", order: "desc" }, "name").order).toBe("asc");
    expect(nextSort({ sort: "amount", order: "desc" }, "closeDate").order).toBe("asc");
  });
});
