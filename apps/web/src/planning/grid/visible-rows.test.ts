import { describe, expect, it } from "vitest";
import { parentNodeIds, visibleRows } from "./visible-rows";

const rows = [
  { nodeId: "company", parentNodeId: null },
  { nodeId: "emea", parentNodeId: "company" },
  { nodeId: "france", parentNodeId: "emea" },
  { nodeId: "ann", parentNodeId: "france" },
  { nodeId: "us", parentNodeId: "company" },
  { nodeId: "bob", parentNodeId: "us" },
];
const ids = (collapsed: string[]) => visibleRows(rows, new Set(collapsed)).map((r) => r.nodeId);

describe("visibleRows", () => {
  it("nothing collapsed → all six rows", () => expect(ids([])).toHaveLength(6));
  it("EMEA collapsed hides France and Ann, keeps EMEA itself and the US", () =>
    expect(ids(["emea"])).toEqual(["company", "emea", "us", "bob"]));
  it("company collapsed → only the company", () => expect(ids(["company"])).toEqual(["company"]));
  it("the nodes that can collapse: company, emea, france, us", () =>
    expect([...parentNodeIds(rows)].sort()).toEqual(["company", "emea", "france", "us"]));
});
