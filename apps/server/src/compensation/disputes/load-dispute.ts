import { and, asc, eq } from "drizzle-orm";
import {
  compAdjustments,
  compDisputeMessages,
  compDisputes,
  compResultLineSets,
  compResults,
  type Db,
  people,
  users,
} from "@attain/db";
import { problems } from "../../http/problem";
import { decodeResultLines, lineKeyOf, type StoredLine } from "../runs/decode-result-lines";
import { type Adjustment, toAdjustment } from "../adjustments/to-adjustment";

export type DisputeSummary = {
  id: string;
  personId: string;
  personName: string;
  periodKey: string;
  resultLineId: string | null;
  line: { component: string; kind: string; transactionId: string | null; amount: string } | null;
  subject: string;
  status: "open" | "answered" | "resolved" | "rejected";
  openedBy: string;
  openedAt: string;
  resolvedBy: string | null;
  resolvedAt: string | null;
  adjustmentId: string | null;
};

export type DisputeDetail = DisputeSummary & {
  messages: { id: string; authorId: string; authorName: string; body: string; createdAt: string }[];
  adjustment: Adjustment | null;
};

export const disputeColumns = {
  dispute: compDisputes,
  personName: people.fullName,
  lineSetId: compResultLineSets.id,
  lines: compResultLineSets.lines,
};

type DisputeJoinRow = {
  dispute: typeof compDisputes.$inferSelect;
  personName: string;
  lineSetId: string | null;
  lines: string | null;
};

/** Decoded line sets by id, so listing many disputes of one statement decodes its lines once. */
export type LineSetCache = Map<string, StoredLine[]>;

export function toDisputeSummary(row: DisputeJoinRow, cache: LineSetCache = new Map()): DisputeSummary {
  const { dispute } = row;
  let line: StoredLine | undefined;
  if (row.lineSetId && row.lines && dispute.lineNo) {
    let lines = cache.get(row.lineSetId);
    if (!lines) {
      lines = decodeResultLines(row.lines);
      cache.set(row.lineSetId, lines);
    }
    line = lines[dispute.lineNo - 1];
  }
  return {
    id: dispute.id,
    personId: dispute.personId,
    personName: row.personName,
    periodKey: dispute.periodKey,
    resultLineId: dispute.resultId && dispute.lineNo ? lineKeyOf(dispute.resultId, dispute.lineNo) : null,
    line: line
      ? { component: line.component, kind: line.kind, transactionId: line.transactionId, amount: line.amount }
      : null,
    subject: dispute.subject,
    status: dispute.status,
    openedBy: dispute.openedBy,
    openedAt: dispute.openedAt.toISOString(),
    resolvedBy: dispute.resolvedBy,
    resolvedAt: dispute.resolvedAt?.toISOString() ?? null,
    adjustmentId: dispute.adjustmentId,
  };
}

/** A dispute with its disputed line, its messages (oldest first) and the adjustment that resolved it; 404 if absent. */
export async function loadDispute(db: Db, workspaceId: string, disputeId: string): Promise<DisputeDetail> {
  const [row] = await db
    .select(disputeColumns)
    .from(compDisputes)
    .innerJoin(people, eq(people.id, compDisputes.personId))
    .leftJoin(compResults, eq(compResults.id, compDisputes.resultId))
    .leftJoin(compResultLineSets, eq(compResultLineSets.id, compResults.lineSetId))
    .where(and(eq(compDisputes.workspaceId, workspaceId), eq(compDisputes.id, disputeId)));
  if (!row) throw problems.notFound("The dispute");
  const messages = await db
    .select({
      id: compDisputeMessages.id,
      authorId: compDisputeMessages.authorId,
      authorName: users.displayName,
      body: compDisputeMessages.body,
      createdAt: compDisputeMessages.createdAt,
    })
    .from(compDisputeMessages)
    .leftJoin(users, eq(users.id, compDisputeMessages.authorId))
    .where(eq(compDisputeMessages.disputeId, disputeId))
    .orderBy(asc(compDisputeMessages.createdAt), asc(compDisputeMessages.id));
  const [adjustment] = row.dispute.adjustmentId
    ? await db.select().from(compAdjustments).where(eq(compAdjustments.id, row.dispute.adjustmentId))
    : [];
  return {
    ...toDisputeSummary(row),
    messages: messages.map((m) => ({
      ...m,
      authorName: m.authorName ?? "",
      createdAt: m.createdAt.toISOString(),
    })),
    adjustment: adjustment ? toAdjustment(adjustment) : null,
  };
}
