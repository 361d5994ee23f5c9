/**
 * What a scenario keeps of the workspace as of its `asOf`: the hierarchy and, for each person, the drivers read from
 * the database and the dates ramp and proration use. Allocation re-runs on this snapshot, so a scenario's figures
 * change only when its assumptions (or cells) do, not when the organisation does.
 */
export type SnapshotNode = {
  nodeId: string;
  parentNodeId: string | null;
  kind: "company" | "region" | "team" | "person";
  name: string;
  personId: string | null;
  drivers: { history: string; potential: string; pipeline: string } | null;
  hireDate: string | null;
  leaveDate: string | null;
};
