import { type SQL, sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { Viewer } from "../auth/viewer";
import { feedbackReach } from "./feedback-reach";
import type { FeedbackDto, FeedbackFilter } from "./schemas";

type Row = {
  id: string;
  external_id: string | null;
  kind: FeedbackDto["kind"];
  person_id: string | null;
  person_name: string | null;
  lead_id: string | null;
  account_id: string | null;
  account_name: string | null;
  opportunity_id: string | null;
  received_on: string;
  channel: string | null;
  category: string | null;
  sentiment: FeedbackDto["sentiment"];
  rating: number | null;
  severity: string | null;
  subject: string;
  body: string;
  status: string;
  resolved_on: string | null;
  created_at: string | Date;
  total: string | number;
};

const selectFeedback = sql`select f.id, f.external_id, f.kind, f.person_id, p.full_name as person_name, f.lead_id,
    f.account_id, a.name as account_name, f.opportunity_id, f.received_on::text as received_on, f.channel, f.category,
    f.sentiment, f.rating, f.severity, f.subject, f.body, f.status, f.resolved_on::text as resolved_on, f.created_at,
    count(*) over () as total
  from feedback_entries f
  left join people p on p.id = f.person_id
  left join accounts a on a.id = f.account_id`;

/** A page of the feedback the caller may read, newest received first. */
export async function listFeedback(
  db: Db,
  viewer: Viewer,
  today: string,
  filter: FeedbackFilter,
): Promise<{ items: FeedbackDto[]; page: number; pageSize: number; totalRows: number }> {
  const conditions: SQL[] = [sql`f.workspace_id = ${viewer.workspaceId}`];
  const reach = await feedbackReach(db, viewer, today);
  if (reach) conditions.push(reach);
  if (filter.kind) conditions.push(sql`f.kind = ${filter.kind}`);
  if (filter.personId) conditions.push(sql`f.person_id = ${filter.personId}`);
  if (filter.accountId) conditions.push(sql`f.account_id = ${filter.accountId}`);
  if (filter.from) conditions.push(sql`f.received_on >= ${filter.from}::date`);
  if (filter.to) conditions.push(sql`f.received_on <= ${filter.to}::date`);
  if (filter.status) conditions.push(sql`f.status = ${filter.status}`);
  const rows = await selectRows<Row>(
    db,
    sql`${selectFeedback} where ${sql.join(conditions, sql` and `)}
        order by f.received_on desc, f.id
        limit ${filter.pageSize} offset ${(filter.page - 1) * filter.pageSize}`,
  );
  return {
    items: rows.map(toFeedbackDto),
    page: filter.page,
    pageSize: filter.pageSize,
    totalRows: Number(rows[0]?.total ?? 0),
  };
}

/** One entry by id in the caller's workspace (no reach check), or null. */
export async function findFeedback(db: Db, workspaceId: string, id: string): Promise<FeedbackDto | null> {
  const [row] = await selectRows<Row>(
    db,
    sql`${selectFeedback} where f.workspace_id = ${workspaceId} and f.id = ${id}`,
  );
  return row ? toFeedbackDto(row) : null;
}

function toFeedbackDto(r: Row): FeedbackDto {
  return {
    id: r.id,
    externalId: r.external_id,
    kind: r.kind,
    person: r.person_id ? { id: r.person_id, name: r.person_name ?? "" } : null,
    leadId: r.lead_id,
    account: r.account_id ? { id: r.account_id, name: r.account_name ?? "" } : null,
    opportunityId: r.opportunity_id,
    receivedOn: r.received_on,
    channel: r.channel,
    category: r.category,
    sentiment: r.sentiment,
    rating: r.rating === null ? null : Number(r.rating),
    severity: r.severity,
    subject: r.subject,
    body: r.body,
    status: r.status,
    resolvedOn: r.resolved_on,
    createdAt: new Date(r.created_at).toISOString(),
  };
}
