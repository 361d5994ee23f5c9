import { rejectWhere } from "../merge-rows";
import type { EntitySpec, MergeContext } from "../spec";
import { currencyField } from "./common-fields";

export const leadConversionsSpec: EntitySpec = {
  entity: "lead-conversions",
  description:
    "Closed deals from leads (e.g. Olist closed deals): marks each lead converted on the won date, records segment, lead type and declared revenue, links the SDR and the seller (created as people with job roles sdr and ae when unknown), and creates one won opportunity per lead (external id lead:<lead id>, stage Won, owner the seller) so the funnel runs from lead to won deal.",
  identity: ["lead"],
  fields: [
    {
      name: "lead",
      type: "key",
      required: true,
      synonyms: ["mql id", "lead id", "lead external id"],
      description: "External id of the converted lead (must exist).",
    },
    {
      name: "won_date",
      type: "timestamp",
      required: true,
      synonyms: ["won on", "converted on", "conversion date", "closed on", "close date"],
      description: "When the deal was won.",
    },
    {
      name: "business_segment",
      type: "label",
      synonyms: ["segment", "business segment"],
      description: "Segment (snake case).",
    },
    {
      name: "lead_type",
      type: "label",
      synonyms: ["type", "lead type"],
      description: "Lead type (snake case).",
    },
    {
      name: "declared_monthly_revenue",
      type: "decimal",
      synonyms: ["monthly revenue", "declared revenue"],
      description: "Declared monthly revenue.",
    },
    {
      name: "sdr",
      type: "key",
      synonyms: ["sdr id", "bdr", "sdr external id"],
      description: "SDR's external id (created as job role sdr if unknown).",
    },
    {
      name: "seller",
      type: "key",
      synonyms: ["sr id", "sr", "sales rep", "owner", "owner id", "closer", "ae"],
      description: "Seller's external id (created as job role ae if unknown).",
    },
    {
      name: "amount",
      type: "decimal",
      synonyms: ["deal value", "close value", "value", "montant"],
      description: "Amount of the won deal, when known.",
    },
    currencyField(),
  ],
  derived: ["currency"],
  prepare(row, context) {
    if (row.currency === null) row.currency = context.currency;
    return null;
  },
  async merge(context) {
    const { sql, stage, workspaceId } = context;
    await rejectWhere(
      context,
      "not exists (select 1 from leads l where l.workspace_id = $1 and l.external_id = s.lead)",
      context.column("lead"),
      (value) => `lead "${value}" not found; import the leads first`,
      "s.lead",
    );
    // Sellers first: someone who closes deals is a seller even when they also qualify leads elsewhere.
    let created = 0;
    if (context.present.has("seller")) created += await createPeople(context, "seller", "ae", "Seller");
    if (context.present.has("sdr")) created += await createPeople(context, "sdr", "sdr", "SDR");
    if (created > 0) context.created.people = (context.created.people ?? 0) + created;
    const person = (field: string) =>
      context.present.has(field)
        ? `(select p.id from people p where p.workspace_id = $1 and p.external_id = s.${field})`
        : "null";
    const opportunities = await sql.query<{ inserted: boolean }>(
      `insert into opportunities as t (workspace_id, external_id, name, owner_id, type, source, stage, status, forecast_category,
                                       amount, currency, created_on, close_date, lead_id)
       select $1, 'lead:' || s.lead, 'Won lead ' || left(s.lead, 8), ${person("seller")}, 'new_business', l.source, 'Won', 'won',
              'closed', s.amount, s.currency, l.created_on, (s.won_date at time zone 'UTC')::date, l.id
       from ${stage} s join leads l on l.workspace_id = $1 and l.external_id = s.lead
       on conflict (workspace_id, external_id) do update set
         owner_id = excluded.owner_id, amount = excluded.amount, currency = excluded.currency, close_date = excluded.close_date,
         lead_id = excluded.lead_id, source = excluded.source, created_on = excluded.created_on
       where (t.owner_id, t.amount, t.currency, t.close_date, t.lead_id, t.source, t.created_on)
             is distinct from (excluded.owner_id, excluded.amount, excluded.currency, excluded.close_date, excluded.lead_id,
                               excluded.source, excluded.created_on)
       returning (xmax = 0) as inserted`,
      [workspaceId],
    );
    const newDeals = opportunities.filter((row) => row.inserted).length;
    if (newDeals > 0) context.created.opportunities = (context.created.opportunities ?? 0) + newDeals;
    const optional = (field: string, column: string, expression = `s.${field}`) =>
      context.present.has(field) ? [[column, expression] as const] : [];
    const assignments = [
      ["status", "'converted'"],
      ["converted_on", "(s.won_date at time zone 'UTC')::date"],
      [
        "opportunity_id",
        "(select o.id from opportunities o where o.workspace_id = $1 and o.external_id = 'lead:' || s.lead)",
      ],
      ...optional("business_segment", "business_segment"),
      ...optional("lead_type", "lead_type"),
      ...optional("declared_monthly_revenue", "declared_monthly_revenue"),
      ...optional("sdr", "sdr_id", person("sdr")),
      ...optional("seller", "owner_id", person("seller")),
    ] as const;
    const updated = await sql.query(
      `update leads l set ${assignments.map(([column, expression]) => `${column} = ${expression}`).join(", ")}
       from ${stage} s
       where l.workspace_id = $1 and l.external_id = s.lead
         and (${assignments.map(([column]) => `l.${column}`).join(", ")}, null)
             is distinct from (${assignments.map(([, expression]) => expression).join(", ")}, null)
       returning l.id`,
      [workspaceId],
    );
    // A conversion updates an existing lead: nothing is inserted; the new won deals are reported under `created`.
    return { inserted: 0, updated: updated.length };
  },
};

async function createPeople(
  context: MergeContext,
  field: string,
  jobRole: string,
  label: string,
): Promise<number> {
  const rows = await context.sql.query(
    `insert into people (workspace_id, external_id, full_name, job_role)
     select distinct $1::uuid, s.${field}, '${label} ' || left(s.${field}, 8), '${jobRole}'
     from ${context.stage} s where s.${field} is not null
     on conflict (workspace_id, external_id) do nothing
     returning id`,
    [context.workspaceId],
  );
  return rows.length;
}
