import type { MergeContext, MergeCounts } from "./spec";

export type MergePlan = {
  table: string;
  /** Target column → SQL expression over the stage (alias `s`) and any joined tables. */
  columns: Record<string, string>;
  /** Extra joins after `from <stage> s`. */
  joins?: string;
  where?: string;
  conflict?: string;
  /** Columns written when a row is inserted but left alone on update (defaults for fields the file lacks). */
  insertOnly?: Record<string, string>;
  /**
   * The caller knows no selected row can conflict (the table holds nothing of this workspace yet, under a lock):
   * a plain INSERT, which skips ON CONFLICT's speculative insertion and per-row arbiter check.
   */
  allNew?: boolean;
};

/**
 * One INSERT … SELECT from the stage that inserts new rows and updates existing ones only where a value differs,
 * so a re-import of the same file writes nothing and reports every row unchanged.
 */
export async function mergeRows(context: MergeContext, plan: MergePlan): Promise<MergeCounts> {
  const [counts] = await context.sql.query<{ inserted: string | number; updated: string | number }>(
    `with merged as (${mergeStatement(context, plan)})
     select count(*) filter (where inserted) as inserted, count(*) filter (where not inserted) as updated from merged`,
    [context.workspaceId],
  );
  return { inserted: Number(counts?.inserted ?? 0), updated: Number(counts?.updated ?? 0) };
}

/** Like `mergeRows`, but returns each written row's id (for small entities whose merge has a second step). */
export async function mergeRowsReturningIds(
  context: MergeContext,
  plan: MergePlan,
): Promise<{ id: string; inserted: boolean }[]> {
  return context.sql.query<{ id: string; inserted: boolean }>(mergeStatement(context, plan, "t.id, "), [
    context.workspaceId,
  ]);
}

/** Counts for a merge in two steps: rows changed only by the second step count as updated. */
export function combineCounts(
  written: { id: string; inserted: boolean }[],
  changedLater: readonly string[],
): MergeCounts {
  const inserted = new Set(written.filter((row) => row.inserted).map((row) => row.id));
  const updated = new Set(written.filter((row) => !row.inserted).map((row) => row.id));
  for (const id of changedLater) if (!inserted.has(id)) updated.add(id);
  return { inserted: inserted.size, updated: updated.size };
}

function mergeStatement(context: MergeContext, plan: MergePlan, returning = ""): string {
  const all = { ...plan.columns, ...plan.insertOnly };
  const targets = Object.keys(all);
  const conflict = plan.conflict ?? "(workspace_id, external_id)";
  const keyColumns = new Set(
    conflict
      .replace(/[()]/g, "")
      .split(",")
      .map((c) => c.trim()),
  );
  const updatable = Object.keys(plan.columns).filter((column) => !keyColumns.has(column));
  const onConflict =
    updatable.length === 0
      ? "do nothing"
      : `do update set ${updatable.map((c) => `${c} = excluded.${c}`).join(", ")}
         where (${updatable.map((c) => `t.${c}`).join(", ")}, null) is distinct from (${updatable.map((c) => `excluded.${c}`).join(", ")}, null)`;
  return `insert into ${plan.table} as t (workspace_id, ${targets.join(", ")})
       select $1, ${targets.map((c) => all[c]).join(", ")}
       from ${context.stage} s ${plan.joins ?? ""}
       ${plan.where ? `where ${plan.where}` : ""}
       ${plan.allNew ? "" : `on conflict ${conflict} ${onConflict}`}
       returning ${returning}(xmax = 0) as inserted`;
}

/** Columns of `fields` that the file provides, mapped to their stage expression. */
export function presentColumns(
  context: MergeContext,
  mapping: Record<string, [field: string, expression?: string]>,
): Record<string, string> {
  const columns: Record<string, string> = {};
  for (const [target, [field, expression]] of Object.entries(mapping)) {
    if (context.present.has(field)) columns[target] = expression ?? `s.${field}`;
  }
  return columns;
}

/**
 * Rejects the staged rows matching `condition` (over the stage alias `s`): each gets an error on `column`,
 * and leaves the stage so that nothing is written for it.
 */
export async function rejectWhere(
  context: MergeContext,
  condition: string,
  column: string,
  describe: (value: string | null) => string,
  valueExpression = "null",
): Promise<number> {
  const bad = await context.sql.query<{ row_no: number; value: string | null }>(
    // "$1 is not null" keeps the workspace parameter bound even when the condition does not use it.
    `select s.row_no, (${valueExpression})::text as value from ${context.stage} s
     where $1::uuid is not null and (${condition}) order by s.row_no`,
    [context.workspaceId],
  );
  if (bad.length === 0) return 0;
  for (const row of bad) context.reject(row.row_no, column, describe(row.value));
  await context.sql.query(`delete from ${context.stage} s where $1::uuid is not null and (${condition})`, [
    context.workspaceId,
  ]);
  return bad.length;
}
