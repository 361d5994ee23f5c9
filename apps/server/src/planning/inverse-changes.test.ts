import { describe, expect, it } from "vitest";
import type { AllocatedNode } from "@attain/engine";
import { inverseChanges } from "./inverse-changes";
import type { ScenarioNode } from "./load-scenario-nodes";

const months = ["2028-01", "2028-02"];
const node = (
  nodeId: string,
  parentNodeId: string | null,
  kind: ScenarioNode["kind"],
  annual: string,
  m: string[],
  locked = false,
) => ({ nodeId, parentNodeId, kind, annual, months: m, locked }) as ScenarioNode;
const after = (id: string, annual: string, m: string[]) => ({ id, annual, months: m }) as AllocatedNode;

describe("inverseChanges", () => {
  const before = [
    node("team:t", null, "team", "300.00", ["100.00", "200.00"]),
    node("person:a", "team:t", "person", "200.00", ["50.00", "150.00"]),
    node("person:b", "team:t", "person", "100.00", ["50.00", "50.00"]),
    node("person:l", "team:t", "person", "0.00", ["0.00", "0.00"], true),
  ];

  it("a person's month: only that month back", () => {
    expect(inverseChanges(before, [after("person:a", "210.00", ["60.00", "150.00"])], months)).toEqual([
      { nodeId: "person:a", month: "2028-01", amount: "50.00" },
    ]);
  });

  it("a team's year: its old year first, then every month of every unlocked person below (even unchanged ones)", () => {
    const changed = [
      after("team:t", "600.00", ["200.00", "400.00"]),
      after("person:a", "400.00", ["100.00", "300.00"]),
    ];
    expect(inverseChanges(before, changed, months)).toEqual([
      { nodeId: "team:t", annual: "300.00" },
      { nodeId: "person:a", month: "2028-01", amount: "50.00" },
      { nodeId: "person:a", month: "2028-02", amount: "150.00" },
      { nodeId: "person:b", month: "2028-01", amount: "50.00" },
      { nodeId: "person:b", month: "2028-02", amount: "50.00" },
    ]);
  });
});
