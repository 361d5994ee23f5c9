import { sql } from "drizzle-orm";
import { type Db, selectRows } from "@attain/db";
import type { RunSummary } from "./compute-segmentation";
import type { SegmentationSummary } from "./schemas";
import { type StoredSegmentation, summaryOf } from "./segmentation-run";

type Row = {
  id: string;
  name: string;
  kind: StoredSegmentation["kind"];
  config: unknown;
  valid_from: string;
  as_of: string;
  currency: string;
  summary: RunSummary;
  created_at: string;
};

/** The latest run (by `validFrom`) of each name, by name; or, with `name`, every run of that name, newest first. */
export async function listSegmentations(
  db: Db,
  params: { workspaceId: string; name?: string | undefined },
): Promise<SegmentationSummary[]> {
  const { workspaceId, name } = params;
  const rows = await selectRows<Row>(
    db,
    name === undefined
      ? sql`select distinct on (name) id, name, kind, config, valid_from::text, as_of::text, currency, summary, created_at
            from segmentations where workspace_id = ${workspaceId}
            order by name, valid_from desc, created_at desc`
      : sql`select id, name, kind, config, valid_from::text, as_of::text, currency, summary, created_at
            from segmentations where workspace_id = ${workspaceId} and name = ${name}
            order by valid_from desc, created_at desc`,
  );
  return rows.map((row) => summaryOf(storedOf(row)));
}

export function storedOf(row: Row): StoredSegmentation {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    config: row.config,
    validFrom: row.valid_from,
    asOf: row.as_of,
    currency: row.currency,
    summary: row.summary,
    createdAt: row.created_at,
  };
}

export type { Row as SegmentationSqlRow };
