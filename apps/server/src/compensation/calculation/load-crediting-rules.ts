import type { SqlSession } from "@attain/db";
import type { CreditingRules, DuplicatePolicy, RelationshipCredit, TerritoryCredit } from "@attain/engine";
import { loadTerritoryOwnerCredits } from "../../territories/load-territory-owner-credits";

/** What comp_settings.crediting may hold; anything absent takes the default. */
export type StoredCreditingSettings = {
  owner?: boolean;
  rollup?: { levels: number | "all" } | null;
  duplicatePolicy?: DuplicatePolicy;
  /** Team credit: every member of the owner's team on the transaction's date gets `share` of it. */
  team?: { share: string } | null;
  /** Named account relationships, as the engine reads them (validTo exclusive). */
  relationships?: RelationshipCredit[];
  /** Explicit territory credit (territoryId = a territory key of the published plans). */
  territories?: TerritoryCredit[];
  /** Credit the published territory plans' owners on their territories' lines (default false: owner credit only). */
  territoryOwners?: boolean;
};

export const TEAM_ATTRIBUTE = "team";

/**
 * The workspace's crediting rules: comp_settings.crediting over the default (the owner or the deal's splits, plus
 * overlays, rolled up to every manager above; duplicates keep the highest credit). Named relationships credit the
 * lines of their account (transaction.accountId) on dates in [validFrom, validTo). Team credit, when configured,
 * uses the effective-dated team memberships. Territory credit: the explicit rules, plus — only when `territoryOwners`
 * asks for it, so that owner credit is not doubled by default — the published plans' owners (territory id = key).
 */
export async function loadCreditingRules(sql: SqlSession, workspaceId: string): Promise<CreditingRules> {
  const [row] = await sql.query<{ crediting: StoredCreditingSettings }>(
    "select crediting from comp_settings where workspace_id = $1",
    [workspaceId],
  );
  const stored = row?.crediting ?? {};
  const rules: CreditingRules = {
    owner: stored.owner ?? true,
    territories: [
      ...(stored.territories ?? []).map((t) => ({ ...t, validTo: t.validTo ?? null })),
      ...(stored.territoryOwners ? await loadTerritoryOwnerCredits(sql, workspaceId) : []),
    ],
    relationships: (stored.relationships ?? []).map((r) => ({
      accountId: r.accountId,
      personId: r.personId,
      role: r.role,
      share: r.share,
      validFrom: r.validFrom,
      validTo: r.validTo ?? null,
    })),
    team: null,
    rollup: stored.rollup === undefined ? { levels: "all" } : stored.rollup,
    duplicatePolicy: stored.duplicatePolicy ?? "keep_highest",
  };
  if (stored.team) {
    const memberships = await sql.query<{
      team_id: string;
      person_id: string;
      valid_from: string;
      valid_to: string | null;
    }>(
      `select team_id, person_id, valid_from, valid_to from team_memberships
       where workspace_id = $1 order by team_id, person_id, valid_from`,
      [workspaceId],
    );
    const teams = new Map<string, NonNullable<CreditingRules["team"]>["teams"][number]>();
    for (const m of memberships) {
      const team = teams.get(m.team_id) ?? { teamId: m.team_id, share: stored.team.share, memberships: [] };
      team.memberships.push({ personId: m.person_id, validFrom: m.valid_from, validTo: m.valid_to });
      teams.set(m.team_id, team);
    }
    rules.team = { attribute: TEAM_ATTRIBUTE, teams: [...teams.values()] };
  }
  return rules;
}
