import type { AttainDatabase, Db, SqlSession } from "@attain/db";
import { type FiscalCalendar, fiscalYearOf } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { createScenario } from "../planning/create-scenario";
import { publishScenario } from "../planning/publish-scenario";
import { updateAssumptions } from "../planning/update-assumptions";

/** The demo's targets for next year: about 2026's company target (€55.0M) + 9%, and a stretch 10% above it. */
const PLAN_TARGET = "60000000";
const STRETCH_TARGET = "66000000";

/**
 * Next fiscal year's quota plan for the demo company, made with the functions the API uses (inside the demo load's
 * transaction): "FY<next> plan" from the workspace's data with the default assumptions and a €60M target, published
 * as the plan of record (version 1, its quotas written to booking targets and comp quotas), and "FY<next> stretch",
 * a draft copy at €66M.
 */
export async function createDemoPlanning(
  tx: { db: Db; sql: SqlSession },
  params: {
    kind: AttainDatabase["kind"];
    workspaceId: string;
    adminEmail: string;
    today: string;
    calendar: FiscalCalendar;
  },
): Promise<{ planId: string; stretchId: string; fiscalYear: number }> {
  // Already in the load's transaction: the planning functions' own transactions run inside it.
  const database: AttainDatabase = {
    kind: params.kind,
    db: tx.db,
    sql: tx.sql,
    transaction: (work) => work(tx),
    close: async () => {},
  };
  const [admin] = await tx.sql.query<{ id: string; display_name: string; person_id: string | null }>(
    "select id, display_name, person_id from users where workspace_id = $1 and email = $2",
    [params.workspaceId, params.adminEmail],
  );
  if (!admin) throw new Error("createDemoPlanning: the demo admin user is missing");
  const viewer: Viewer = {
    userId: admin.id,
    email: params.adminEmail,
    displayName: admin.display_name,
    role: "admin",
    locale: "en",
    personId: admin.person_id,
    workspaceId: params.workspaceId,
    sessionId: "demo-load",
  };
  const fiscalYear = fiscalYearOf(params.today, params.calendar) + 1;
  const now = new Date(`${params.today}T12:00:00.000Z`);
  const plan = await createScenario(database, viewer, {
    name: `FY${fiscalYear} plan`,
    fiscalYear,
    measure: "bookings",
  });
  const planned = await updateAssumptions(database, viewer, {
    scenarioId: plan.id,
    baseRevision: plan.revision,
    assumptions: { ...plan.assumptions, target: { ...plan.assumptions.target, annual: PLAN_TARGET } },
    now,
  });
  await publishScenario(database, viewer, {
    scenarioId: plan.id,
    baseRevision: planned.revision,
    note: "Demo plan of record",
    now,
  });
  const stretch = await createScenario(database, viewer, {
    name: `FY${fiscalYear} stretch`,
    fiscalYear,
    measure: "bookings",
    copyFrom: plan.id,
  });
  await updateAssumptions(database, viewer, {
    scenarioId: stretch.id,
    baseRevision: stretch.revision,
    assumptions: {
      ...stretch.assumptions,
      target: { ...stretch.assumptions.target, annual: STRETCH_TARGET },
    },
    now,
  });
  return { planId: plan.id, stretchId: stretch.id, fiscalYear };
}
