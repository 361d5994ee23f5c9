import { combineCounts, mergeRowsReturningIds, presentColumns, rejectWhere } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { externalIdField, regionRef } from "./common-fields";

const matches = (alias: string) =>
  `(${alias}.external_id = s.parent_team or lower(${alias}.name) = lower(s.parent_team))`;

export const teamsSpec: EntitySpec = {
  entity: "teams",
  description:
    "Teams (sales pods, SDR teams); a parent team nests them. Without an id column, the name is the external id.",
  identity: ["external_id"],
  fields: [
    externalIdField(["team id", "team code"], "name"),
    {
      name: "name",
      type: "text",
      required: true,
      synonyms: ["team", "team name", "équipe"],
      description: "Team name.",
    },
    regionRef,
    {
      name: "parent_team",
      type: "key",
      synonyms: ["parent", "parent team id", "parent team name", "équipe parente"],
      description: "Parent team by external id or name (in this file or already imported).",
    },
  ],
  async merge(context) {
    if (context.present.has("parent_team")) {
      await rejectWhere(
        context,
        `s.parent_team is not null
         and not exists (select 1 from teams p where p.workspace_id = $1 and ${matches("p")})
         and not exists (select 1 from ${context.stage} p where ${matches("p")})`,
        context.column("parent_team"),
        (value) => `team "${value}" not found (in the file or the workspace)`,
        "s.parent_team",
      );
    }
    const written = await mergeRowsReturningIds(context, {
      table: "teams",
      columns: presentColumns(context, {
        external_id: ["external_id"],
        name: ["name"],
        region_id: ["region", "s.region"],
      }),
    });
    if (!context.present.has("parent_team")) return combineCounts(written, []);
    const changed = await context.sql.query<{ id: string }>(
      `update teams t set parent_team_id = p.id from ${context.stage} s, teams p
       where t.workspace_id = $1 and p.workspace_id = $1 and t.external_id = s.external_id and ${matches("p")}
         and p.id <> t.id and t.parent_team_id is distinct from p.id
       returning t.id`,
      [context.workspaceId],
    );
    return combineCounts(
      written,
      changed.map((row) => row.id),
    );
  },
};
