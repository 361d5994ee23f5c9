import { leadStatuses } from "@attain/db";
import { mergeRows, presentColumns } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { accountRef, externalIdField, personRef } from "./common-fields";
import { routeImportedRows } from "../../territories/route-imported-rows";
import { channelLabels } from "./channel-labels";

export const leadsSpec: EntitySpec = {
  entity: "leads",
  description:
    "Marketing leads. Without a created date, the first contact date is used; without a status, it follows the latest funnel date given (converted, disqualified, sql, mql, else new).",
  identity: ["external_id"],
  fields: [
    externalIdField(["lead id", "mql id", "prospect id"]),
    {
      name: "company_name",
      type: "text",
      synonyms: ["company", "company name", "organisation", "organization", "société"],
      description: "Company.",
    },
    {
      name: "source",
      type: "label",
      required: true,
      values: channelLabels,
      synonyms: ["origin", "lead source", "channel", "origine", "canal"],
      description:
        "Channel (organic_search, paid_search, social, referral, direct, email, events, abm, display, or any label).",
    },
    {
      name: "campaign",
      type: "text",
      synonyms: ["campaign name", "utm campaign", "campagne"],
      description: "Campaign.",
    },
    {
      name: "landing_page",
      type: "text",
      synonyms: ["landing page id", "landing", "page", "landing url"],
      description: "Landing page.",
    },
    {
      name: "status",
      type: "enum",
      values: {
        new: ["open", "nouveau"],
        working: ["contacted", "in progress", "en cours"],
        nurturing: ["nurture"],
        mql: ["marketing qualified"],
        sql: ["sales qualified", "sal"],
        converted: ["won", "closed won", "customer"],
        disqualified: ["lost", "unqualified", "dq", "junk"],
      },
      synonyms: ["lead status", "statut"],
      description: `One of ${leadStatuses.join(", ")}.`,
    },
    {
      name: "business_segment",
      type: "label",
      synonyms: ["segment", "business segment", "industry", "secteur"],
      description: "Segment (snake case).",
    },
    {
      name: "lead_type",
      type: "label",
      synonyms: ["type", "lead type"],
      description: "Lead type (snake case).",
    },
    { name: "country", type: "country", synonyms: ["country code", "pays"], description: "Country." },
    {
      name: "created_on",
      type: "date",
      required: true,
      fallback: "first_contact_at",
      synonyms: ["created", "created date", "create date", "date created", "date de création"],
      description: "Date the lead was created (default: first contact date).",
    },
    {
      name: "mql_on",
      type: "date",
      synonyms: ["mql date", "marketing qualified on", "qualified on"],
      description: "Date it became an MQL.",
    },
    {
      name: "first_contact_at",
      type: "timestamp",
      synonyms: ["first contact date", "first contact", "first touch", "premier contact"],
      description: "First contact.",
    },
    {
      name: "sql_on",
      type: "date",
      synonyms: ["sql date", "sales qualified on", "accepted on"],
      description: "Date sales accepted it.",
    },
    {
      name: "converted_on",
      type: "date",
      synonyms: ["won date", "conversion date", "converted date", "closed on"],
      description: "Date it converted.",
    },
    {
      name: "disqualified_on",
      type: "date",
      synonyms: ["disqualified date", "lost date"],
      description: "Date it was disqualified.",
    },
    personRef("sdr", ["sdr id", "bdr", "qualified by"], "SDR"),
    personRef("owner", ["sr id", "owner id", "lead owner", "sales rep", "seller"], "Owner (seller)"),
    accountRef,
    {
      name: "declared_monthly_revenue",
      type: "decimal",
      synonyms: ["monthly revenue", "declared revenue"],
      description: "Declared monthly revenue.",
    },
  ],
  prepare(row) {
    if (typeof row.created_on === "string" && row.created_on.length > 10)
      row.created_on = row.created_on.slice(0, 10);
    if (row.status === null)
      row.status = row.converted_on
        ? "converted"
        : row.disqualified_on
          ? "disqualified"
          : row.sql_on
            ? "sql"
            : row.mql_on
              ? "mql"
              : "new";
    return null;
  },
  async merge(context) {
    const counts = await mergeRows(context, {
      table: "leads",
      columns: presentColumns(context, {
        external_id: ["external_id"],
        company_name: ["company_name"],
        source: ["source"],
        campaign: ["campaign"],
        landing_page: ["landing_page"],
        status: ["status"],
        business_segment: ["business_segment"],
        lead_type: ["lead_type"],
        country_code: ["country", "s.country"],
        created_on: ["created_on"],
        mql_on: ["mql_on"],
        first_contact_at: ["first_contact_at"],
        sql_on: ["sql_on"],
        converted_on: ["converted_on"],
        disqualified_on: ["disqualified_on"],
        sdr_id: ["sdr", "s.sdr"],
        owner_id: ["owner", "s.owner"],
        account_id: ["account", "s.account"],
        declared_monthly_revenue: ["declared_monthly_revenue"],
      }),
      // Without a status column the derived status is only set on new leads, so that re-importing a lead file
      // does not undo a conversion recorded since.
      insertOnly: context.present.has("status") ? {} : { status: "s.status" },
    });
    // Leads without an owner get the one the territory plan of record routes them to.
    const routed = await routeImportedRows(context.sql, {
      workspaceId: context.workspaceId,
      entity: "leads",
      stage: context.stage,
      today: context.today,
    });
    if (routed !== null) context.created.routed = routed;
    return counts;
  },
};
