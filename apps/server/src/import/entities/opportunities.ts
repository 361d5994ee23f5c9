import { forecastCategories, type opportunityStatuses, opportunityTypes } from "@attain/db";
import { mergeRows, presentColumns, rejectWhere } from "../merge-rows";
import { normaliseKey } from "../parse/normalise-key";
import type { EntitySpec } from "../spec";
import { accountRef, currencyField, externalIdField, personRef, productRef } from "./common-fields";

const statusSynonyms: Record<(typeof opportunityStatuses)[number], readonly string[]> = {
  open: ["opened", "in progress", "active", "pipeline", "ouvert", "en cours"],
  won: ["closed won", "closedwon", "win", "gagné", "signed", "booked"],
  lost: ["closed lost", "closedlost", "loss", "perdu", "dead"],
};

/** The status a stage name implies: "Won", "Closed Won" → won; "Lost", "Closed Lost" → lost; anything else open. */
export function statusOfStage(stage: string): "open" | "won" | "lost" {
  const key = normaliseKey(stage);
  for (const status of ["won", "lost"] as const) {
    if (key === status || statusSynonyms[status].some((synonym) => normaliseKey(synonym) === key))
      return status;
  }
  return "open";
}

export const opportunitiesSpec: EntitySpec = {
  entity: "opportunities",
  description:
    "Deals. Status comes from the stage when there is no status column (Won/Closed Won → won, Lost/Closed Lost → lost, else open); a deal without a name is named after its account and product.",
  identity: ["external_id"],
  fields: [
    externalIdField(["opportunity id", "opportunity", "deal id", "deal", "opp id"]),
    {
      name: "name",
      type: "text",
      synonyms: ["opportunity name", "deal name", "title", "nom"],
      description: "Deal name (default: account — product).",
    },
    accountRef,
    personRef(
      "owner",
      [
        "opportunity owner",
        "sales agent",
        "agent",
        "sales rep",
        "rep",
        "seller",
        "owner name",
        "propriétaire",
        "commercial",
      ],
      "Deal owner",
    ),
    productRef,
    {
      name: "type",
      type: "enum",
      values: {
        new_business: ["new", "new logo", "nouveau"],
        expansion: ["upsell", "cross-sell", "existing business", "add-on"],
        renewal: ["renew", "renouvellement"],
      },
      synonyms: ["opportunity type", "deal type"],
      description: `One of ${opportunityTypes.join(", ")} (default new_business).`,
    },
    {
      name: "source",
      type: "label",
      synonyms: ["lead source", "origin", "origine"],
      description: "Where the deal came from (stored in snake case).",
    },
    {
      name: "stage",
      type: "text",
      required: true,
      synonyms: ["deal stage", "sales stage", "étape", "phase"],
      description: "The workspace's stage name, as written.",
    },
    {
      name: "status",
      type: "enum",
      values: statusSynonyms,
      synonyms: ["state", "statut", "outcome"],
      description: "open, won or lost (default: from the stage).",
    },
    {
      name: "forecast_category",
      type: "enum",
      values: {
        pipeline: [],
        best_case: ["best case", "upside"],
        commit: ["committed", "forecast"],
        closed: ["closed won"],
        omitted: ["omit", "excluded"],
      },
      synonyms: ["forecast", "forecast category name"],
      description: `One of ${forecastCategories.join(", ")} (default: closed when won, omitted when lost, else pipeline).`,
    },
    {
      name: "amount",
      type: "decimal",
      synonyms: [
        "close value",
        "value",
        "deal value",
        "deal size",
        "montant",
        "revenue",
        "opportunity amount",
      ],
      description: "Deal amount (exact decimal).",
    },
    currencyField(),
    {
      name: "created_on",
      type: "date",
      synonyms: ["engage date", "created date", "create date", "created", "date created", "date de création"],
      description: "Date the deal was created or engaged.",
    },
    {
      name: "close_date",
      type: "date",
      synonyms: ["closed on", "close", "expected close date", "closing date", "date de clôture"],
      description: "Close date (expected while open).",
    },
    {
      name: "next_step",
      type: "text",
      synonyms: ["next steps", "next action", "prochaine étape"],
      description: "What the seller does next (a deal without one is flagged).",
    },
    {
      name: "next_step_due",
      type: "date",
      synonyms: ["next step date", "next step due date", "next action date"],
      description: "When the next step is due (flagged once passed).",
    },
    {
      name: "contact_count",
      type: "integer",
      synonyms: ["contacts", "number of contacts", "contacts engaged", "stakeholders"],
      description: "Contacts engaged on the buyer's side (1 is flagged as single-threaded).",
    },
    {
      name: "lead",
      type: "key",
      synonyms: ["lead id", "mql id", "source lead"],
      description: "External id of the lead the deal came from.",
    },
  ],
  derived: ["name", "status", "forecast_category", "currency"],
  prepare(row, context, raw) {
    // A negative deal is a data error, not a refund: refunds are order lines (cancellations, returns).
    if (typeof row.amount === "string" && row.amount.startsWith("-"))
      return { column: "amount", message: `amount cannot be negative (${row.amount})` };
    if (typeof row.contact_count === "number" && row.contact_count < 0)
      return { column: "contact_count", message: "contact_count cannot be negative" };
    if (row.status === null && typeof row.stage === "string") row.status = statusOfStage(row.stage);
    if (row.forecast_category === null)
      row.forecast_category =
        row.status === "won" ? "closed" : row.status === "lost" ? "omitted" : "pipeline";
    if (row.currency === null) row.currency = context.currency;
    if (row.name === null)
      row.name = [raw("account"), raw("product")].filter(Boolean).join(" — ") || (row.external_id ?? null);
    return null;
  },
  async merge(context) {
    if (context.present.has("lead"))
      await rejectWhere(
        context,
        "s.lead is not null and not exists (select 1 from leads l where l.workspace_id = $1 and l.external_id = s.lead)",
        context.column("lead"),
        (value) => `lead "${value}" not found`,
        "s.lead",
      );
    return mergeRows(context, {
      table: "opportunities",
      columns: presentColumns(context, {
        external_id: ["external_id"],
        name: ["name"],
        account_id: ["account", "s.account"],
        owner_id: ["owner", "s.owner"],
        product_id: ["product", "s.product"],
        type: ["type", "coalesce(s.type, 'new_business')"],
        source: ["source"],
        stage: ["stage"],
        status: ["status"],
        forecast_category: ["forecast_category"],
        amount: ["amount"],
        currency: ["currency"],
        created_on: ["created_on"],
        close_date: ["close_date"],
        next_step: ["next_step"],
        next_step_due: ["next_step_due"],
        contact_count: ["contact_count"],
        lead_id: ["lead", "(select l.id from leads l where l.workspace_id = $1 and l.external_id = s.lead)"],
      }),
    });
  },
};
