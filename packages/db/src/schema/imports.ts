import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { id, workspaceId } from "./columns";
import { workspaces } from "./workspace";

export type ImportRowError = { row: number; column: string | null; message: string };

/** One run of a file import: what was asked, what happened, and every rejected row. */
export const importRuns = pgTable(
  "import_runs",
  {
    id: id(),
    workspaceId: workspaceId().references(() => workspaces.id, { onDelete: "cascade" }),
    entity: text("entity").notNull(),
    fileName: text("file_name").notNull(),
    /** "all_or_nothing" (default) or "valid_rows". */
    mode: text("mode").notNull(),
    status: text("status").notNull(),
    rowsRead: integer("rows_read").notNull().default(0),
    rowsInserted: integer("rows_inserted").notNull().default(0),
    rowsUpdated: integer("rows_updated").notNull().default(0),
    rowsUnchanged: integer("rows_unchanged").notNull().default(0),
    rowsRejected: integer("rows_rejected").notNull().default(0),
    errors: jsonb("errors").$type<ImportRowError[]>().notNull().default([]),
    createdBy: uuid("created_by"),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [index("import_runs_workspace").on(t.workspaceId, t.startedAt)],
);
