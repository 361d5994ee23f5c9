import { mergeRows, presentColumns } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { accountRef, externalIdField } from "./common-fields";

/**
 * Customer feedback and complaints from a survey tool or a helpdesk export (docs/evaluations.md, "Feedback"):
 * upserted by external id; the entry is about the account and counted for its owner.
 */
export const customerFeedbackSpec: EntitySpec = {
  entity: "customer-feedback",
  description:
    "Customer feedback (with a 1–5 rating) and complaints (with a severity, open or resolved), about an account; upserted by external id.",
  identity: ["external_id"],
  fields: [
    externalIdField(["ticket id", "ticket", "survey id", "response id", "case id", "case number"]),
    {
      name: "kind",
      type: "enum",
      required: true,
      values: {
        customer_feedback: ["feedback", "survey", "review", "nps", "csat", "avis"],
        complaint: ["complaint", "claim", "escalation", "réclamation", "plainte"],
      },
      synonyms: ["type", "feedback type", "kind of feedback"],
      description: "customer_feedback or complaint.",
    },
    { ...accountRef, required: true },
    {
      name: "received_on",
      type: "date",
      required: true,
      synonyms: ["date", "received", "created", "created at", "submitted", "date de réception"],
      description: "Day received.",
    },
    {
      name: "channel",
      type: "label",
      synonyms: ["source", "via", "canal"],
      description: "How it arrived (email, phone, survey, support_ticket, …).",
    },
    {
      name: "category",
      type: "label",
      synonyms: ["topic", "reason", "catégorie", "motif"],
      description: "pricing, product, support, billing, delivery, … (snake case).",
    },
    {
      name: "sentiment",
      type: "enum",
      values: { positive: ["good", "promoter"], neutral: ["passive"], negative: ["bad", "detractor"] },
      synonyms: ["tone"],
      description: "positive, neutral or negative.",
    },
    {
      name: "rating",
      type: "integer",
      synonyms: ["score", "stars", "csat score", "note"],
      description: "1–5, customer feedback only.",
    },
    {
      name: "severity",
      type: "enum",
      values: {
        low: ["minor", "p4", "faible"],
        medium: ["normal", "p3", "moyenne"],
        high: ["major", "p2", "haute"],
        critical: ["blocker", "urgent", "p1", "critique"],
      },
      synonyms: ["priority", "priorité", "gravité"],
      description: "Complaints only: low, medium, high or critical.",
    },
    {
      name: "subject",
      type: "text",
      required: true,
      synonyms: ["title", "summary", "objet", "sujet"],
      description: "Subject.",
    },
    {
      name: "body",
      type: "text",
      synonyms: ["comment", "comments", "description", "message", "text"],
      description: "Text.",
    },
    {
      name: "status",
      type: "enum",
      values: {
        open: ["new", "pending", "ouvert"],
        resolved: ["closed", "solved", "done", "résolu", "fermé"],
      },
      synonyms: ["state", "statut"],
      description: "open (default) or resolved.",
    },
    {
      name: "resolved_on",
      type: "date",
      synonyms: ["resolved", "closed", "closed at", "solved at", "date de résolution"],
      description: "Day resolved (complaints).",
    },
  ],
  prepare(row) {
    const rating = row.rating;
    if (rating !== null && rating !== undefined) {
      if (row.kind !== "customer_feedback")
        return { column: "rating", message: "Only customer feedback has a rating" };
      if (typeof rating !== "number" || rating < 1 || rating > 5)
        return { column: "rating", message: "A rating is a whole number from 1 to 5" };
    }
    if (row.severity && row.kind !== "complaint")
      return { column: "severity", message: "Only complaints have a severity" };
    if (row.kind === "complaint" && !row.severity)
      return { column: "severity", message: "A complaint needs a severity (low, medium, high, critical)" };
    if (row.resolved_on) {
      if (row.kind !== "complaint") return { column: "resolved_on", message: "Only complaints are resolved" };
      if (typeof row.received_on === "string" && (row.resolved_on as string) < row.received_on)
        return { column: "resolved_on", message: "Resolved before it was received" };
      if (!row.status) row.status = "resolved";
    }
    if (row.status === "resolved" && !row.resolved_on)
      return { column: "resolved_on", message: "A resolved complaint needs the day it was resolved" };
    if (!row.status) row.status = "open";
    if (!row.subject || String(row.subject).trim() === "")
      return { column: "subject", message: "Subject is empty" };
    return null;
  },
  derived: ["status"],
  merge: (context) =>
    mergeRows(context, {
      table: "feedback_entries",
      columns: {
        external_id: "s.external_id",
        kind: "s.kind",
        account_id: "s.account",
        person_id: "(select a.owner_id from accounts a where a.workspace_id = $1 and a.id = s.account)",
        received_on: "s.received_on",
        status: "s.status",
        subject: "s.subject",
        ...presentColumns(context, {
          channel: ["channel"],
          category: ["category"],
          sentiment: ["sentiment"],
          rating: ["rating"],
          severity: ["severity"],
          body: ["body", "coalesce(s.body, '')"],
          resolved_on: ["resolved_on"],
        }),
      },
    }),
};
