import type { PlanningHierarchy } from "./build-planning-hierarchy";
import type { PlanningDrivers } from "./load-planning-drivers";
import type { SnapshotNode } from "./scenario-snapshot";

/** The hierarchy with each person's drivers (0 where the database has nothing), in the hierarchy's order. */
export function buildSnapshot(hierarchy: PlanningHierarchy, drivers: PlanningDrivers): SnapshotNode[] {
  return hierarchy.nodes.map((node) => {
    const person = hierarchy.people.get(node.id);
    return {
      nodeId: node.id,
      parentNodeId: node.parentId,
      kind: node.kind,
      name: node.name,
      personId: person?.personId ?? null,
      drivers: person
        ? {
            history: drivers.history.get(person.personId) ?? "0",
            potential: drivers.potential.get(person.personId) ?? "0",
            pipeline: drivers.pipeline.get(person.personId) ?? "0",
          }
        : null,
      hireDate: person?.hireDate ?? null,
      leaveDate: person?.leaveDate ?? null,
    };
  });
}
