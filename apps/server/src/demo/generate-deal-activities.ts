import { type RegionKey, regionSpecs } from "./catalog";
import type { DemoOpportunity } from "./generate-opportunities";
import { type DemoPerson, isActive, type Organisation } from "./generate-organisation";
import { makeActivity } from "./make-activity";
import { pickWeighted, type Random } from "./random";
import type { ActivityRow } from "./types";

const baseCount = { SMB: 4.5, "Mid-Market": 8, Enterprise: 14 } as const;

export function utcOffsetOf(region: RegionKey | null): number {
  return regionSpecs.find((r) => r.key === region)?.utcOffsetMinutes ?? 60;
}

/**
 * The calls, emails and meetings that worked a deal, between its creation and its close (or today): by its owner at
 * the time, with solutions engineers in some meetings and customer success managers on renewals.
 */
export function generateDealActivities(
  opp: DemoOpportunity,
  random: Random,
  ids: Random,
  sequence: { next: number },
  params: { today: number; organisation: Organisation },
): ActivityRow[] {
  const end = Math.min(opp.closeDay, params.today);
  const life = Math.max(1, opp.closeDay - opp.createdDay);
  const progress =
    opp.status === "won"
      ? 1.2
      : opp.status === "lost"
        ? 0.45 + 0.2 * opp.stagesReached
        : 0.35 + 0.65 * Math.min(1, (params.today - opp.createdDay) / life);
  const mean = baseCount[opp.segment] * progress * (opp.type === "renewal" ? 0.6 : 1);
  const count = Math.max(1, Math.round(random.lognormal(mean, 0.35)));
  const rows: ActivityRow[] = [];
  const days: number[] = [];
  for (let i = 0; i < count; i++)
    days.push(opp.createdDay + Math.floor(random.float() * (end - opp.createdDay + 1)));
  days.sort((a, b) => a - b);
  for (const day of days) {
    if (day > params.today) continue;
    const kind = pickWeighted(random, [
      ["email", 50],
      ["call", 30],
      ["meeting", opp.segment === "Enterprise" ? 28 : 18],
    ] as const);
    let person: DemoPerson | undefined;
    if (opp.type === "renewal" && random.chance(0.4))
      person = activeOne(random, params.organisation.csms, day);
    else if (kind === "meeting" && opp.segment !== "SMB" && random.chance(0.35))
      person = activeOne(random, params.organisation.solutionEngineers, day);
    person ??= isActive(opp.firstOwner, day)
      ? opp.firstOwner
      : isActive(opp.owner, day)
        ? opp.owner
        : undefined;
    if (!person) continue;
    rows.push(
      makeActivity(random, ids, sequence.next++, {
        kind,
        personId: person.id,
        day,
        utcOffsetMinutes: utcOffsetOf(person.regionKey),
        accountId: opp.accountId,
        opportunityId: opp.id,
        leadId: null,
        skill: person.skill,
      }),
    );
  }
  return rows;
}

function activeOne(random: Random, people: readonly DemoPerson[], day: number): DemoPerson | undefined {
  const active = people.filter((p) => isActive(p, day));
  return active.length > 0 ? random.pick(active) : undefined;
}
