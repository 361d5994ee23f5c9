import { describe, expect, it } from "vitest";
import { managedWithin } from "./planning-access";

const nodes = [
  { nodeId: "company", parentNodeId: null, kind: "company", personId: null },
  { nodeId: "region:n", parentNodeId: "company", kind: "region", personId: null },
  { nodeId: "team:a", parentNodeId: "region:n", kind: "team", personId: null },
  { nodeId: "person:1", parentNodeId: "team:a", kind: "person", personId: "1" },
  { nodeId: "team:b", parentNodeId: "region:n", kind: "team", personId: null },
  { nodeId: "person:2", parentNodeId: "team:b", kind: "person", personId: "2" },
  { nodeId: "person:3", parentNodeId: "team:b", kind: "person", personId: "3" },
  { nodeId: "team:empty", parentNodeId: "region:n", kind: "team", personId: null },
];

describe("managedWithin", () => {
  it("a node is managed when every person below it is in the tree; a team with one outsider is not", () => {
    expect([...managedWithin(nodes, new Set(["1", "2"]))]).toEqual(["person:1", "team:a", "person:2"]);
  });

  it("the whole tree: every region and team with people, never the company or an empty team", () => {
    expect([...managedWithin(nodes, new Set(["1", "2", "3"]))].sort()).toEqual(
      ["person:1", "person:2", "person:3", "region:n", "team:a", "team:b"].sort(),
    );
  });
});
