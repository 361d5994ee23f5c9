import type { CreditingRules, Transaction } from "@attain/engine";
import { TEAM_ATTRIBUTE } from "./load-crediting-rules";

/** Sets each transaction's `team` attribute to its owner's team on the transaction's date (for team credit). */
export function annotateTeams(transactions: Transaction[], team: NonNullable<CreditingRules["team"]>): void {
  const teamsOf = new Map<string, { teamId: string; validFrom: string; validTo: string | null }[]>();
  for (const t of team.teams)
    for (const m of t.memberships)
      teamsOf.set(m.personId, [...(teamsOf.get(m.personId) ?? []), { teamId: t.teamId, ...m }]);
  for (const tx of transactions) {
    if (!tx.ownerId) continue;
    const found = teamsOf
      .get(tx.ownerId)
      ?.find((m) => m.validFrom <= tx.date && (m.validTo === null || tx.date < m.validTo));
    if (found) tx.attributes[TEAM_ATTRIBUTE] = found.teamId;
  }
}
