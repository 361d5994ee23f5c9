import { describe, expect, it } from "vitest";
import type { ScenarioSummary } from "../../api/planning-types";
import { sortScenarios } from "./sort-scenarios";

const scenario = (name: string, patch: Partial<ScenarioSummary>): ScenarioSummary => ({
  id: name,
  name,
  fiscalYear: 2027,
  measure: "bookings",
  currency: "EUR",
  status: "draft",
  planOfRecord: false,
  version: null,
  basedOnId: null,
  revision: 1,
  asOf: "2026-11-22",
  target: "0",
  totalQuota: "0",
  people: 0,
  createdAt: "2026-11-01T00:00:00Z",
  updatedAt: "2026-11-01T00:00:00Z",
  publishedAt: null,
  createdByName: null,
  ...patch,
});

describe("sortScenarios", () => {
  it("plan of record v2, then drafts newest first, then archived v1", () => {
    const list = [
      scenario("v1", { status: "archived", version: 1 }),
      scenario("old draft", { updatedAt: "2026-11-02T00:00:00Z" }),
      scenario("v2", { status: "published", version: 2, planOfRecord: true }),
      scenario("new draft", { updatedAt: "2026-11-20T00:00:00Z" }),
    ];
    expect(sortScenarios(list).map((s) => s.name)).toEqual(["v2", "new draft", "old draft", "v1"]);
  });
});
