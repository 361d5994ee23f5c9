import type { AttainDatabase, Db, SqlSession } from "@attain/db";
import { type FiscalCalendar, fiscalYearOf, fiscalYearRange } from "@attain/engine";
import type { Viewer } from "../auth/viewer";
import { createSegmentation } from "../segmentation/create-segmentation";
import { fitPotentialModel } from "../segmentation/fit-potential-model";
import { applyTerritoryRules } from "../territories/apply-territory-rules";
import { createTerritoryPlan } from "../territories/create-territory-plan";
import { moveAccounts } from "../territories/move-accounts";
import { publishTerritoryPlan } from "../territories/publish-territory-plan";
import { updateTerritoryPlan } from "../territories/update-territory-plan";

/** Tier A = the top 20% of accounts by potential, B the next 30%, C the rest; visits a year by tier. */
const TIERS = {
  kind: "tiers",
  basis: "potential",
  method: "rank",
  tiers: [{ tier: "A", share: "0.2" }, { tier: "B", share: "0.3" }, { tier: "C" }],
};
const SETTINGS = {
  tierSegmentation: "Tier",
  visitsPerYearByTier: { A: 12, B: 6, C: 3 },
  defaultVisitsPerYear: 3,
};

/**
 * The demo's territory design, with the functions the API uses (inside the demo load's transaction): the potential
 * model fitted on the last complete calendar year, the "Tier" segmentation by potential, "FY<next> territories"
 * seeded from today's ownership and published as the plan of record from the next fiscal year's first day (accounts
 * without an owner are assigned by the rules, or to the region's first territory when the rules overlap), and
 * "FY<next> rebalanced", a draft copy to balance.
 */
export async function createDemoTerritories(
  tx: { db: Db; sql: SqlSession },
  params: {
    kind: AttainDatabase["kind"];
    workspaceId: string;
    adminEmail: string;
    today: string;
    calendar: FiscalCalendar;
  },
): Promise<{ planId: string; draftId: string }> {
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
  if (!admin) throw new Error("createDemoTerritories: the demo admin user is missing");
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
  const now = new Date(`${params.today}T12:00:00Z`);
  const { workspaceId } = params;
  await fitPotentialModel(database, {
    workspaceId,
    actorId: admin.id,
    config: {
      year: String(Number(params.today.slice(0, 4)) - 1),
      holdoutShare: "0.2",
      seed: 1,
      headroomQuantile: "0.75",
      minIndustryCustomers: 5,
    },
  });
  await createSegmentation(database, {
    workspaceId,
    actorId: admin.id,
    name: "Tier",
    config: TIERS,
    validFrom: params.today,
    asOf: params.today,
  });
  const fiscalYear = fiscalYearOf(params.today, params.calendar) + 1;
  const effectiveFrom = fiscalYearRange(fiscalYear, params.calendar).start;
  let plan = await createTerritoryPlan(database, viewer, {
    name: `FY${fiscalYear} territories`,
    effectiveFrom,
  });
  plan = await updateTerritoryPlan(database, viewer, {
    planId: plan.id,
    baseRevision: plan.revision,
    settings: SETTINGS,
    now,
  });
  const ruled = await applyTerritoryRules(database, viewer, {
    planId: plan.id,
    baseRevision: plan.revision,
    scope: "unassigned",
    now,
  });
  plan = ruled.plan;
  // Unowned accounts in a country with several reps overlap: the demo gives each to the first territory matching it.
  const moves = ruled.coverage.overlaps.map((o) => ({
    accountId: o.accountId,
    territoryId: o.territoryIds[0]!,
  }));
  if (moves.length > 0)
    plan = await moveAccounts(database, viewer, { planId: plan.id, baseRevision: plan.revision, moves, now });
  const published = await publishTerritoryPlan(database, viewer, {
    planId: plan.id,
    baseRevision: plan.revision,
    now,
  });
  const draft = await createTerritoryPlan(database, viewer, {
    name: `FY${fiscalYear} rebalanced`,
    effectiveFrom,
    copyFrom: published.plan.id,
  });
  return { planId: published.plan.id, draftId: draft.id };
}
