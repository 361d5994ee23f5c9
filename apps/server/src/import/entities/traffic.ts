import { mergeRows } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { channelLabels } from "./channel-labels";

export const trafficSpec: EntitySpec = {
  entity: "traffic",
  description:
    "Website visitors, sessions and contacts (form fills) per day and channel; upserted by day and channel.",
  identity: ["day", "channel"],
  fields: [
    { name: "day", type: "date", required: true, synonyms: ["date", "jour"], description: "Day." },
    {
      name: "channel",
      type: "label",
      required: true,
      values: channelLabels,
      synonyms: ["source", "medium", "canal", "default channel grouping"],
      description: "Channel (snake case).",
    },
    {
      name: "visitors",
      type: "integer",
      required: true,
      synonyms: ["users", "unique visitors", "visiteurs"],
      description: "Visitors.",
    },
    {
      name: "sessions",
      type: "integer",
      required: true,
      fallback: "visitors",
      synonyms: ["visits", "visites"],
      description: "Sessions (default: visitors).",
    },
    {
      name: "contacts",
      type: "integer",
      required: true,
      synonyms: ["form fills", "conversions", "signups", "leads"],
      description: "Visitors who became contacts.",
    },
  ],
  prepare(row) {
    for (const field of ["visitors", "sessions", "contacts"]) {
      if (typeof row[field] === "number" && (row[field] as number) < 0)
        return { column: field, message: `${field} cannot be negative` };
    }
    return null;
  },
  merge: (context) =>
    mergeRows(context, {
      table: "marketing_traffic_daily",
      conflict: "(workspace_id, day, channel)",
      columns: {
        day: "s.day",
        channel: "s.channel",
        visitors: "s.visitors",
        sessions: "s.sessions",
        contacts: "s.contacts",
      },
    }),
};
