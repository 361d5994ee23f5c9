import { mergeRows, presentColumns, rejectWhere } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { accountRef, externalIdField, personRef } from "./common-fields";

const byExternalId = (table: string, field: string) =>
  `(select x.id from ${table} x where x.workspace_id = $1 and x.external_id = s.${field})`;

export const activitiesSpec: EntitySpec = {
  entity: "activities",
  description: "Calls, emails (opened/replied) and meetings, by a person, with an account, a deal or a lead.",
  identity: ["external_id"],
  fields: [
    externalIdField(["activity id", "task id", "event id"]),
    {
      name: "kind",
      type: "enum",
      required: true,
      values: {
        call: ["phone", "phone call", "appel"],
        email: ["e-mail", "mail", "courriel"],
        meeting: ["meet", "visit", "demo", "rendez-vous", "réunion"],
      },
      synonyms: ["type", "activity type", "channel"],
      description: "call, email or meeting.",
    },
    personRef("person", ["owner", "rep", "sales rep", "assigned to", "user", "employee"], "Who did it"),
    accountRef,
    {
      name: "opportunity",
      type: "key",
      synonyms: ["opportunity id", "deal id", "deal"],
      description: "External id of the deal.",
    },
    { name: "lead", type: "key", synonyms: ["lead id", "mql id"], description: "External id of the lead." },
    {
      name: "occurred_at",
      type: "timestamp",
      required: true,
      synonyms: ["date", "activity date", "timestamp", "when", "start", "started at", "date de l'activité"],
      description: "When it happened (UTC unless the value has a zone).",
    },
    {
      name: "duration_minutes",
      type: "integer",
      synonyms: ["duration", "minutes", "durée"],
      description: "Duration in minutes.",
    },
    {
      name: "email_opened",
      type: "boolean",
      synonyms: ["opened", "open"],
      description: "For emails: opened (yes/no).",
    },
    {
      name: "email_replied",
      type: "boolean",
      synonyms: ["replied", "reply", "answered"],
      description: "For emails: replied (yes/no).",
    },
    {
      name: "outcome",
      type: "text",
      synonyms: ["result", "disposition", "résultat"],
      description: "Outcome as written.",
    },
  ],
  async merge(context) {
    for (const [field, table, label] of [
      ["opportunity", "opportunities", "opportunity"],
      ["lead", "leads", "lead"],
    ] as const) {
      if (context.present.has(field))
        await rejectWhere(
          context,
          `s.${field} is not null and not exists (select 1 from ${table} x where x.workspace_id = $1 and x.external_id = s.${field})`,
          context.column(field),
          (value) => `${label} "${value}" not found`,
          `s.${field}`,
        );
    }
    return mergeRows(context, {
      table: "activities",
      columns: presentColumns(context, {
        external_id: ["external_id"],
        kind: ["kind"],
        person_id: ["person", "s.person"],
        account_id: ["account", "s.account"],
        opportunity_id: ["opportunity", byExternalId("opportunities", "opportunity")],
        lead_id: ["lead", byExternalId("leads", "lead")],
        occurred_at: ["occurred_at"],
        duration_minutes: ["duration_minutes"],
        email_opened: ["email_opened"],
        email_replied: ["email_replied"],
        outcome: ["outcome"],
      }),
    });
  },
};
