import { rejectWhere } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { personRef } from "./common-fields";

/**
 * Credit splits and overlays on deals (comp_credit_splits): a share of every order line of the opportunity credited to a
 * person. "split" shares replace the owner's credit and must add up to 1 per deal; "overlay" shares are extra credit.
 */
export const creditSplitsSpec: EntitySpec = {
  entity: "credit-splits",
  description:
    "Credit splits (shares replacing the owner's credit, summing to 1 per deal) and overlays (extra credit) per opportunity and person; upserted by opportunity, person and role.",
  identity: ["opportunity", "person", "role"],
  fields: [
    {
      name: "opportunity",
      type: "key",
      required: true,
      synonyms: ["opportunity id", "deal id", "deal", "opportunité"],
      description: "External id of the deal.",
    },
    personRef(
      "person",
      ["rep", "seller", "credited to", "salesperson", "employee", "commercial"],
      "Who is credited",
    ),
    {
      name: "share",
      type: "decimal",
      required: true,
      synonyms: ["split", "percentage", "credit share", "part"],
      description: "Share of the deal's lines, as a fraction (0.5 = half); must be above 0.",
    },
    {
      name: "role",
      type: "enum",
      values: {
        split: ["primary", "shared", "partage"],
        overlay: ["overlay credit", "specialist", "surcouche"],
      },
      synonyms: ["credit type", "split type", "type"],
      description: "split (default) or overlay.",
    },
  ],
  derived: ["role"],
  prepare(row) {
    if (row.role === null) row.role = "split";
    if (row.person === null) return { column: "person", message: "a split needs a person" };
    if (!(Number(row.share) > 0)) return { column: "share", message: "the share must be above 0" };
    return null;
  },
  async merge(context) {
    await rejectWhere(
      context,
      "not exists (select 1 from opportunities o where o.workspace_id = $1 and o.external_id = s.opportunity)",
      context.column("opportunity"),
      (value) => `opportunity "${value}" not found`,
      "s.opportunity",
    );
    await rejectWhere(
      context,
      `s.role = 'split' and s.opportunity in (
         select s2.opportunity from ${context.stage} s2 where s2.role = 'split' group by s2.opportunity having sum(s2.share) <> 1)`,
      context.column("share"),
      (value) => `the split shares of deal "${value}" do not add up to 1`,
      "s.opportunity",
    );
    const [counts] = await context.sql.query<{ inserted: string; updated: string }>(
      `with written as (
         insert into comp_credit_splits as t (workspace_id, opportunity_id, person_id, share, role)
         select $1, o.id, s.person, s.share, s.role from ${context.stage} s
         join opportunities o on o.workspace_id = $1 and o.external_id = s.opportunity
         on conflict (workspace_id, opportunity_id, person_id, role) do update set share = excluded.share
           where t.share is distinct from excluded.share
         returning (xmax = 0) as inserted)
       select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated from written`,
      [context.workspaceId],
    );
    return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
  },
};
