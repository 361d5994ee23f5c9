import { isValidDate } from "../calendar/dates";
import { EngineInputError } from "../errors";
import { toDec } from "../money/decimal";
import type { CreditingRules, RelationshipCredit, TeamCredit, TerritoryCredit, Validity } from "./types";

export type RuleIndex = {
  rules: CreditingRules;
  territories: Map<string, TerritoryCredit[]>;
  relationships: Map<string, RelationshipCredit[]>;
  teams: Map<string, TeamCredit>;
  /** Levels of rollup; Infinity for "all", 0 for none. */
  rollupLevels: number;
  /** Each rule's path, written once per run and shared (frozen) by every credit it gives. */
  paths: Map<object, string[]>;
};

export function isActive(v: Validity, date: string): boolean {
  return v.validFrom <= date && (v.validTo === null || date < v.validTo);
}

/**
 * Checks the rules once (shares positive decimals, dates readable, levels whole) — a bad rule is the
 * configuration's error and throws — and indexes them by territory, account and team, so each transaction
 * looks up only the rules that can apply to it.
 */
export function indexCreditingRules(rules: CreditingRules): RuleIndex {
  const territories = groupBy(rules.territories, (r) => r.territoryId, "territory");
  const relationships = groupBy(rules.relationships, (r) => r.accountId, "relationship");
  const teams = new Map<string, TeamCredit>();
  for (const team of rules.team?.teams ?? []) {
    checkShare(team.share, `team ${team.teamId}`);
    for (const m of team.memberships) checkValidity(m, `team ${team.teamId} membership of ${m.personId}`);
    if (teams.has(team.teamId))
      throw new EngineInputError(`Team ${team.teamId} is defined twice`, team.teamId);
    teams.set(team.teamId, team);
  }
  const levels = rules.rollup?.levels ?? 0;
  if (levels !== "all" && (!Number.isInteger(levels) || levels < 0)) {
    throw new EngineInputError(`Rollup levels must be a whole number ≥ 0 or "all", got ${levels}`, levels);
  }
  const duplicatePolicies = ["keep_highest", "keep_first_rule", "sum"];
  if (!duplicatePolicies.includes(rules.duplicatePolicy)) {
    throw new EngineInputError(
      `Unknown duplicate policy ${JSON.stringify(rules.duplicatePolicy)}`,
      rules.duplicatePolicy,
    );
  }
  return {
    rules,
    territories,
    relationships,
    teams,
    rollupLevels: levels === "all" ? Number.POSITIVE_INFINITY : levels,
    paths: new Map(),
  };
}

function groupBy<T extends Validity & { share: string; personId: string }>(
  rows: readonly T[],
  key: (row: T) => string,
  what: string,
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  rows.forEach((row, i) => {
    checkShare(row.share, `${what} rule ${i} (${row.personId})`);
    checkValidity(row, `${what} rule ${i} (${row.personId})`);
    const list = map.get(key(row)) ?? [];
    list.push(row);
    map.set(key(row), list);
  });
  return map;
}

function checkShare(share: string, where: string): void {
  if (!toDec(share).greaterThan(0))
    throw new EngineInputError(`${where}: a share must be above 0, got ${share}`, share);
}

function checkValidity(v: Validity, where: string): void {
  if (!isValidDate(v.validFrom) || (v.validTo !== null && !isValidDate(v.validTo))) {
    throw new EngineInputError(`${where}: validFrom/validTo must be YYYY-MM-DD`, v);
  }
}
