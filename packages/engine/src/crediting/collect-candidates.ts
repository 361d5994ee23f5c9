import { type Candidate, candidate, percentOf } from "./candidate";
import { isActive, type RuleIndex } from "./index-crediting-rules";
import type { Transaction } from "./types";

/**
 * Credits from the configured rules, in rule order after the transaction's own: territory, named account
 * relationships, team; then rollup of every primary (direct/split) credit, in full, to each manager up the chain
 * on the transaction's date ("rollup level 2 (manager of m1)").
 */
export function collectCandidates(
  tx: Transaction,
  own: readonly Candidate[],
  index: RuleIndex,
  chainOf: (personId: string, date: string) => string[],
): Candidate[] {
  const found: Candidate[] = [...own];
  for (const r of tx.territoryId === null ? [] : (index.territories.get(tx.territoryId) ?? [])) {
    if (!isActive(r, tx.date)) continue;
    found.push(
      candidate(r.personId, r.role, r.share, [`territory ${r.territoryId} ${r.role} ${percentOf(r.share)}`]),
    );
  }
  for (const r of tx.accountId === null ? [] : (index.relationships.get(tx.accountId) ?? [])) {
    if (!isActive(r, tx.date)) continue;
    found.push(
      candidate(r.personId, r.role, r.share, [`account ${r.accountId} ${r.role} ${percentOf(r.share)}`]),
    );
  }
  const teamId = index.rules.team ? tx.attributes[index.rules.team.attribute] : undefined;
  const team = teamId === undefined ? undefined : index.teams.get(teamId);
  for (const m of team?.memberships ?? []) {
    if (!team || !isActive(m, tx.date)) continue;
    found.push(candidate(m.personId, "team", team.share, [`team ${team.teamId} ${percentOf(team.share)}`]));
  }
  if (index.rollupLevels > 0) {
    for (const primary of found.filter((c) => c.role === "direct" || c.role === "split")) {
      const chain = chainOf(primary.payeeId, tx.date);
      let below = primary.payeeId;
      for (let level = 1; level <= Math.min(index.rollupLevels, chain.length); level++) {
        const manager = chain[level - 1] ?? "";
        const step = `rollup level ${level} (manager of ${below})`;
        found.push({ ...primary, payeeId: manager, role: "rollup", path: [...primary.path, step] });
        below = manager;
      }
    }
  }
  return found;
}
