import { industries, type RegionSpec, regionSpecs, type Segment } from "./catalog";
import type { CountryCode } from "./cities";
import { fromDay, isWeekend, timestamp, toWorkday } from "./days";
import { type DemoAccount, makeCompanyName } from "./generate-accounts";
import { utcOffsetOf } from "./generate-deal-activities";
import type { DemoOpportunity } from "./generate-opportunities";
import { type DemoPerson, isActive, type Organisation } from "./generate-organisation";
import {
  campaignFor,
  inboundChannel,
  type LeadChannel,
  landingPageFor,
  unconvertedChannelWeights,
} from "./lead-channels";
import { makeActivity } from "./make-activity";
import { pickIndex, pickWeighted, type Random } from "./random";
import type { ActivityRow, LeadRow } from "./types";

export type LeadContext = {
  today: number;
  organisation: Organisation;
  accountsByCountry: ReadonlyMap<CountryCode, readonly DemoAccount[]>;
  /** Cumulative weights over `leadDays` for when unconverted leads arrive. */
  leadDays: readonly number[];
  leadDayTable: readonly number[];
  activitySequence: { next: number };
};

export type GeneratedLead = { lead: LeadRow; activities: ActivityRow[] };

const outboundChannels: ReadonlySet<LeadChannel> = new Set(["abm"]);

/**
 * The lead behind a marketing- or SDR-sourced deal: its funnel dates run backwards from the day the deal was created
 * (created ≤ MQL ≤ first contact ≤ SQL ≤ converted), worked by an SDR of the region whose first touch is the first contact.
 */
export function convertedLead(
  opp: DemoOpportunity,
  sequence: number,
  random: Random,
  ids: Random,
  ctx: LeadContext,
): GeneratedLead {
  const channel: LeadChannel =
    opp.source === "event"
      ? "events"
      : opp.source === "outbound"
        ? "abm"
        : opp.source === "partner"
          ? "partner"
          : inboundChannel(random);
  const converted = opp.createdDay;
  const sql = converted - random.int(0, 3);
  const firstContact = toWorkday(sql - random.int(1, 18));
  const mql = outboundChannels.has(channel) ? null : firstContact - random.int(0, 2);
  const created = (mql ?? firstContact) - random.int(0, channel === "abm" ? 5 : 12);
  const country = opp.account.countryCode;
  const sdr = sdrFor(random, opp.account.region, firstContact, ctx);
  const offset = utcOffsetOf(opp.account.region.key);
  const contactMinute = random.int(8 * 60, 17 * 60) - offset;
  const lead: LeadRow = {
    id: opp.leadId!,
    externalId: `LEAD-${String(sequence).padStart(7, "0")}`,
    companyName: opp.account.name,
    source: channel,
    campaign: campaignFor(random, channel, country, created),
    landingPage: landingPageFor(random, channel, country),
    status: "converted",
    businessSegment: opp.segment,
    leadType: outboundChannels.has(channel) ? "outbound" : "inbound",
    countryCode: country,
    createdOn: fromDay(created),
    mqlOn: mql === null ? null : fromDay(mql),
    firstContactAt: timestamp(firstContact, contactMinute),
    sqlOn: fromDay(sql),
    convertedOn: fromDay(converted),
    disqualifiedOn: null,
    sdrId: sdr?.id ?? null,
    ownerId: opp.ownerId,
    accountId: opp.accountId,
    opportunityId: opp.id,
  };
  const activities = sdr
    ? touches(random, ids, ctx, {
        lead,
        sdr,
        from: firstContact,
        to: sql,
        minute: contactMinute,
        count: random.int(2, 6),
        meeting: true,
      })
    : [];
  return { lead, activities };
}

/** A lead that has not (yet) become a deal: new, being worked, nurtured, qualified, or disqualified, by age. */
export function openLead(sequence: number, random: Random, ids: Random, ctx: LeadContext): GeneratedLead {
  const created = ctx.leadDays[pickIndex(random, ctx.leadDayTable)]!;
  const region = pickWeighted(
    random,
    regionSpecs.map((r) => [r, r.share] as const),
  );
  const country = region.country;
  const channel = pickWeighted(random, unconvertedChannelWeights);
  const segment: Segment = pickWeighted(random, [
    ["SMB", 64],
    ["Mid-Market", 29],
    ["Enterprise", 7],
  ] as const);
  const age = ctx.today - created;
  const status: LeadRow["status"] =
    age < 5
      ? pickWeighted(random, [
          ["new", 55],
          ["working", 30],
          ["mql", 15],
        ] as const)
      : pickWeighted(random, [
          ["disqualified", 46],
          ["nurturing", 32],
          ["working", age < 60 ? 30 : 0],
          ["mql", 6],
          ["sql", age < 30 ? 25 : 0],
        ] as const);
  const inbound = !outboundChannels.has(channel);
  const hasMql =
    inbound &&
    (status === "mql" ||
      status === "working" ||
      status === "sql" ||
      (status === "disqualified" ? random.chance(0.6) : status === "nurturing" ? random.chance(0.5) : false));
  const mql = hasMql ? Math.min(ctx.today, created + random.int(0, 7)) : null;
  const contacted =
    status === "working" ||
    status === "sql" ||
    (status === "nurturing" && random.chance(0.75)) ||
    (status === "disqualified" && random.chance(0.85));
  let firstContact = contacted
    ? toWorkday(
        (mql ?? created) +
          pickWeighted(random, [
            [0, 45],
            [1, 30],
            [2, 12],
            [4, 8],
            [9, 5],
          ] as const),
        true,
      )
    : null;
  if (firstContact !== null && firstContact > ctx.today) firstContact = null;
  let finalStatus = status;
  if (firstContact === null && (status === "working" || status === "sql"))
    finalStatus = mql !== null ? "mql" : "new";
  if (finalStatus === "mql" && mql === null) finalStatus = age < 5 ? "new" : "nurturing";
  const sql =
    finalStatus === "sql" && firstContact !== null
      ? Math.min(ctx.today, firstContact + random.int(1, 10))
      : null;
  const disqualified =
    finalStatus === "disqualified"
      ? Math.min(ctx.today, (firstContact ?? mql ?? created) + random.int(2, 40))
      : null;
  const sdr = finalStatus === "new" ? undefined : sdrFor(random, region, firstContact ?? created, ctx);
  const account = channel === "abm" ? random.pick(ctx.accountsByCountry.get(country)!) : undefined;
  const offset = utcOffsetOf(region.key);
  const contactMinute = random.int(8 * 60, 17 * 60) - offset;
  const lead: LeadRow = {
    id: ids.uuid(),
    externalId: `LEAD-${String(sequence).padStart(7, "0")}`,
    companyName:
      account?.name ??
      makeCompanyName(
        random,
        country,
        pickWeighted(
          random,
          industries.map((i) => [i.name, i.weight] as const),
        ),
      ),
    source: channel,
    campaign: campaignFor(random, channel, country, created),
    landingPage: landingPageFor(random, channel, country),
    status: finalStatus,
    businessSegment: account?.segment ?? segment,
    leadType: inbound ? "inbound" : "outbound",
    countryCode: country,
    createdOn: fromDay(created),
    mqlOn: mql === null ? null : fromDay(mql),
    firstContactAt: firstContact === null || !sdr ? null : timestamp(firstContact, contactMinute),
    sqlOn: sql === null ? null : fromDay(sql),
    convertedOn: null,
    disqualifiedOn: disqualified === null ? null : fromDay(disqualified),
    sdrId: sdr?.id ?? null,
    ownerId: null,
    accountId: account?.id ?? null,
    opportunityId: null,
  };
  const count =
    finalStatus === "sql"
      ? random.int(3, 6)
      : finalStatus === "working"
        ? random.int(2, 4)
        : finalStatus === "nurturing"
          ? random.int(1, 3)
          : random.int(1, 4);
  const activities =
    sdr && firstContact !== null && lead.firstContactAt !== null
      ? touches(random, ids, ctx, {
          lead,
          sdr,
          from: firstContact,
          to: sql ?? disqualified ?? Math.min(ctx.today, firstContact + 21),
          minute: contactMinute,
          count,
          meeting: finalStatus === "sql",
        })
      : [];
  return { lead, activities };
}

/** An SDR of the region working on `day` (or any SDR working that day). */
function sdrFor(random: Random, region: RegionSpec, day: number, ctx: LeadContext): DemoPerson | undefined {
  const sdrs = ctx.organisation.sdrs;
  const local = sdrs.filter((s) => s.regionKey === region.key && isActive(s, day));
  if (local.length > 0) return random.pick(local);
  const any = sdrs.filter((s) => isActive(s, day));
  return any.length > 0 ? random.pick(any) : undefined;
}

/** The SDR's touches on a lead: the first at the lead's first-contact time, the rest before the hand-off; a meeting books the hand-off. */
function touches(
  random: Random,
  ids: Random,
  ctx: LeadContext,
  spec: {
    lead: LeadRow;
    sdr: DemoPerson;
    from: number;
    to: number;
    minute: number;
    count: number;
    meeting: boolean;
  },
): ActivityRow[] {
  const rows: ActivityRow[] = [];
  const offset = utcOffsetOf(spec.sdr.regionKey);
  const touch = (kind: ActivityRow["kind"], day: number, minuteOfDay?: number) =>
    makeActivity(random, ids, ctx.activitySequence.next++, {
      kind,
      personId: spec.sdr.id,
      day,
      utcOffsetMinutes: offset,
      accountId: spec.lead.accountId,
      opportunityId: null,
      leadId: spec.lead.id,
      skill: spec.sdr.skill,
      minuteOfDay,
    });
  rows.push(touch(random.chance(0.6) ? "call" : "email", spec.from, spec.minute));
  const days: number[] = [];
  for (let i = 1; i < spec.count; i++)
    days.push(spec.from + 1 + Math.floor(random.float() * Math.max(1, spec.to - spec.from)));
  days.sort((a, b) => a - b);
  days.forEach((day, i) => {
    const last = i === days.length - 1;
    const workday = isWeekend(day) ? toWorkday(day, true) : day;
    if (workday > ctx.today || workday <= spec.from) return;
    const kind = last && spec.meeting ? "meeting" : random.chance(0.55) ? "email" : "call";
    rows.push(touch(kind, workday));
  });
  return rows;
}
