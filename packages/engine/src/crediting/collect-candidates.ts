import { Dec, formatDec, scaleOf } from "../money/decimal";
import { type Candidate, candidate, extendPath, frozenPath, percentOf } from "./candidate";
import { isActive, type RuleIndex } from "./index-crediting-rules";
import type { Transaction } from "./types";

// Each rule's path is written once per run (rules may change between runs) and shared by its credits.
const pathOf = (index: RuleIndex, rule: object, write: () => string) => {
  let path = index.paths.get(rule);
  if (!path) {
    path = frozenPath([write()]);
    index.paths.set(rule, path);
  }
  return path;
};

// "rollup level 2 (manager of m1)", once per level and person.
const steps = new Map<string, string[]>();
function rollupStep(level: number, below: string): string {
  let byLevel = steps.get(below);
  if (!byLevel) {
    byLevel = [];
    if (steps.size > 100_000) steps.clear();
    steps.set(below, byLevel);
  }
  let step = byLevel[level];
  if (step === undefined) {
    step = `rollup level ${level} (manager of ${below})`;
    byLevel[level] = step;
  }
  return step;
}

/**
 * Credits from the configured rules, in rule order after the transaction's own: territory, named account
 * relationships, team; then rollup of every primary (direct/split) credit, in full, to each manager up the chain
 * on the transaction's date ("rollup level 2 (manager of m1)"). A manager reached from several primaries (a deal
 * split 50/50 between two of their reps) gets one roll-up credit of the shares added, at most 1.
 */
export function collectCandidates(
  tx: Transaction,
  own: readonly Candidate[],
  index: RuleIndex,
  chainOf: (personId: string, date: string) => readonly string[],
): Candidate[] {
  const found: Candidate[] = [...own];
  for (const r of tx.territoryId === null ? [] : (index.territories.get(tx.territoryId) ?? [])) {
    if (!isActive(r, tx.date)) continue;
    const path = pathOf(index, r, () => `territory ${r.territoryId} ${r.role} ${percentOf(r.share)}`);
    found.push(candidate(r.personId, r.role, r.share, path));
  }
  for (const r of tx.accountId === null ? [] : (index.relationships.get(tx.accountId) ?? [])) {
    if (!isActive(r, tx.date)) continue;
    const path = pathOf(index, r, () => `account ${r.accountId} ${r.role} ${percentOf(r.share)}`);
    found.push(candidate(r.personId, r.role, r.share, path));
  }
  const teamId = index.rules.team ? tx.attributes[index.rules.team.attribute] : undefined;
  const team = teamId === undefined ? undefined : index.teams.get(teamId);
  for (const m of team?.memberships ?? []) {
    if (!team || !isActive(m, tx.date)) continue;
    const path = pathOf(index, team, () => `team ${team.teamId} ${percentOf(team.share)}`);
    found.push(candidate(m.personId, "team", team.share, path));
  }
  if (index.rollupLevels > 0) {
    const primaries = found.length;
    // Roll-ups of different primaries to one manager are different credits: summed, not a duplicate. Only a
    // transaction with several primaries can produce them, so only then is a map kept.
    let byManager: Map<string, number> | null = null;
    let several = 0;
    for (let p = 0; p < primaries; p++) {
      const role = (found[p] as Candidate).role;
      if (role === "direct" || role === "split") several++;
    }
    if (several > 1) byManager = new Map();
    for (let p = 0; p < primaries; p++) {
      const primary = found[p] as Candidate;
      if (primary.role !== "direct" && primary.role !== "split") continue;
      const chain = chainOf(primary.payeeId, tx.date);
      let below = primary.payeeId;
      for (let level = 1; level <= Math.min(index.rollupLevels, chain.length); level++) {
        const manager = chain[level - 1] ?? "";
        const path = extendPath(primary.path, rollupStep(level, below));
        const at = byManager?.get(manager);
        if (at === undefined) {
          byManager?.set(manager, found.length);
          found.push({
            payeeId: manager,
            role: "rollup",
            share: primary.share,
            shareText: primary.shareText,
            path,
          });
        } else found[at] = addRollup(found[at] as Candidate, primary, path);
        below = manager;
      }
    }
  }
  return found;
}

// The manager's roll-up of one more subordinate's primary credit: shares added, at most the whole transaction (1);
// the path is the first roll-up's followed by "+ …" for each other (as the sum policy writes it).
function addRollup(rollup: Candidate, primary: Candidate, path: string[]): Candidate {
  const sum = rollup.share.plus(primary.share);
  const share = sum.gt(1) ? new Dec(1) : sum;
  const scale = Math.max(scaleOf(rollup.shareText), scaleOf(primary.shareText));
  return {
    ...rollup,
    share,
    shareText: formatDec(share, scale),
    path: [...rollup.path, `+ ${path.join(" › ")}`],
  };
}
