import { and, eq } from "drizzle-orm";
import { accounts, type Db, feedbackEntries, leads, opportunities } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { unprocessable } from "../compensation/inputs/unprocessable";
import { type FieldProblem, problems } from "../http/problem";
import { findFeedback } from "./list-feedback";
import type { FeedbackDto, FeedbackInput } from "./schemas";

/**
 * Logs one entry. Lead and process feedback is a seller's (a rep on their own leads; managers and admins too), with
 * a sentiment; customer feedback (with a 1–5 rating) and complaints (with a severity) are about an account and may be
 * logged by anyone but viewers. The entry's person is the seller who logged it, or the account's owner.
 */
export async function logFeedback(db: Db, viewer: Viewer, input: FeedbackInput): Promise<FeedbackDto> {
  if (viewer.role === "viewer") throw problems.forbidden("Viewers read feedback only.");
  const { workspaceId } = viewer;
  const errors: FieldProblem[] = [];
  const seller = input.kind === "lead_feedback" || input.kind === "process_feedback";
  if (seller && !viewer.personId)
    throw problems.forbidden(
      "Lead and process feedback is logged by a seller; your user is not linked to a person.",
    );
  if (input.kind === "lead_feedback" && !input.leadId)
    errors.push({ path: "leadId", message: "Lead feedback names the lead" });
  if (!seller && !input.accountId)
    errors.push({ path: "accountId", message: "Customer feedback and complaints name the account" });
  if (input.rating !== undefined && input.kind !== "customer_feedback")
    errors.push({ path: "rating", message: "Only customer feedback has a rating" });
  if (input.kind === "customer_feedback" && input.rating === undefined)
    errors.push({ path: "rating", message: "Customer feedback has a 1–5 rating" });
  if (input.severity !== undefined && input.kind !== "complaint")
    errors.push({ path: "severity", message: "Only complaints have a severity" });
  if (input.kind === "complaint" && input.severity === undefined)
    errors.push({ path: "severity", message: "A complaint has a severity (low, medium, high, critical)" });

  let accountOwner: string | null = null;
  if (input.accountId) {
    const [account] = await db
      .select({ ownerId: accounts.ownerId })
      .from(accounts)
      .where(and(eq(accounts.workspaceId, workspaceId), eq(accounts.id, input.accountId)));
    if (!account) errors.push({ path: "accountId", message: "No account with this id in the workspace" });
    accountOwner = account?.ownerId ?? null;
  }
  if (input.leadId) {
    const [lead] = await db
      .select({ sdrId: leads.sdrId, ownerId: leads.ownerId })
      .from(leads)
      .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, input.leadId)));
    if (!lead) errors.push({ path: "leadId", message: "No lead with this id in the workspace" });
    else if (viewer.role === "rep" && lead.sdrId !== viewer.personId && lead.ownerId !== viewer.personId)
      throw problems.forbidden("A rep gives feedback on their own leads.");
  }
  if (input.opportunityId) {
    const [deal] = await db
      .select({ id: opportunities.id })
      .from(opportunities)
      .where(and(eq(opportunities.workspaceId, workspaceId), eq(opportunities.id, input.opportunityId)));
    if (!deal) errors.push({ path: "opportunityId", message: "No deal with this id in the workspace" });
  }
  if (errors.length > 0) throw unprocessable(errors);

  const [row] = await db
    .insert(feedbackEntries)
    .values({
      workspaceId,
      kind: input.kind,
      personId: seller ? viewer.personId : accountOwner,
      leadId: input.leadId ?? null,
      accountId: input.accountId ?? null,
      opportunityId: input.opportunityId ?? null,
      receivedOn: input.receivedOn,
      channel: input.channel ?? "app",
      category: input.category ?? null,
      sentiment: input.sentiment ?? null,
      rating: input.rating ?? null,
      severity: input.severity ?? null,
      subject: input.subject,
      body: input.body,
      createdBy: viewer.userId,
    })
    .returning({ id: feedbackEntries.id });
  return (await findFeedback(db, workspaceId, row!.id))!;
}
