import { describe, expect, it } from "vitest";
import type { PlanningNode } from "../types";
import { checkPlanningTree } from "./check-planning-tree";

const node = (id: string, parentId: string | null, kind: PlanningNode["kind"] = "team"): PlanningNode => ({
  id,
  parentId,
  kind,
  name: id,
});

describe("checkPlanningTree", () => {
  it("a clean company → region → team → person tree has no issue", () => {
    expect(
      checkPlanningTree([
        node("c", null, "company"),
        node("r", "c", "region"),
        node("t", "r"),
        node("p", "t", "person"),
      ]),
    ).toEqual([]);
  });

  it("team:a → team:b → team:a is one cycle, named in order", () => {
    const issues = checkPlanningTree([
      node("c", null, "company"),
      node("team:a", "team:b"),
      node("team:b", "team:a"),
    ]);
    expect(issues).toEqual([
      {
        code: "cycle",
        message: "The hierarchy has a cycle: team:a → team:b → team:a",
        nodeId: "team:a",
        field: "nodes[1].parentId",
      },
    ]);
  });

  it("a node that is its own parent is a cycle", () => {
    expect(checkPlanningTree([node("c", null, "company"), node("t", "t")]).map((i) => i.code)).toEqual([
      "cycle",
    ]);
  });

  it("a rep in two teams on the same date → two_parents, naming both teams", () => {
    const issues = checkPlanningTree([
      node("c", null, "company"),
      node("t1", "c"),
      node("t2", "c"),
      node("p", "t1", "person"),
      node("p", "t2", "person"),
    ]);
    expect(issues).toEqual([
      {
        code: "two_parents",
        message: "p (p) is under both t1 and t2 on the same date: a node has one parent",
        nodeId: "p",
        field: "nodes[4].parentId",
      },
    ]);
  });

  it("no root, two roots, an unknown parent, a bad kind — each its own issue", () => {
    expect(checkPlanningTree([node("a", "b"), node("b", "a")]).map((i) => i.code)).toEqual([
      "no_root",
      "cycle",
    ]);
    expect(checkPlanningTree([]).map((i) => i.code)).toEqual(["no_root"]);
    expect(checkPlanningTree([node("c", null), node("d", null)]).map((i) => i.code)).toEqual(["two_roots"]);
    expect(checkPlanningTree([node("c", null), node("t", "nowhere")]).map((i) => i.code)).toEqual([
      "unknown_parent",
    ]);
    const odd = { ...node("t", "c"), kind: "squad" } as unknown as PlanningNode;
    expect(checkPlanningTree([node("c", null), odd]).map((i) => i.code)).toEqual(["invalid"]);
  });
});
