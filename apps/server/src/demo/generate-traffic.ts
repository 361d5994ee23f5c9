import { annualGrowth, type WebChannel, webChannels } from "./catalog";
import { fromDay, monthOf, weekday } from "./days";
import type { Random } from "./random";
import type { TrafficRow } from "./types";

/** Visitors per day at scale 1 at the start of the period, and the share of them who leave their details. */
const channelProfile: Record<
  WebChannel,
  { visitors: number; sessionsPerVisitor: number; contactRate: number }
> = {
  organic_search: { visitors: 900, sessionsPerVisitor: 1.3, contactRate: 0.006 },
  paid_search: { visitors: 420, sessionsPerVisitor: 1.15, contactRate: 0.011 },
  social: { visitors: 260, sessionsPerVisitor: 1.1, contactRate: 0.004 },
  referral: { visitors: 120, sessionsPerVisitor: 1.25, contactRate: 0.009 },
  direct: { visitors: 380, sessionsPerVisitor: 1.6, contactRate: 0.005 },
  email: { visitors: 150, sessionsPerVisitor: 1.2, contactRate: 0.016 },
};
const monthFactor = [0.95, 1.0, 1.08, 1.02, 1.0, 1.04, 0.86, 0.7, 1.08, 1.12, 1.1, 0.82];

/** Daily web traffic per channel: growing, quieter at weekends, in August and at Christmas, with campaign bursts. */
export function generateTraffic(
  random: Random,
  params: { start: number; today: number; scale: number },
): TrafficRow[] {
  const rows: TrafficRow[] = [];
  for (let day = params.start; day <= params.today; day++) {
    const w = weekday(day);
    const weekFactor = w === 0 || w === 6 ? 0.42 : w === 5 ? 0.85 : 1;
    const trend = (1 + annualGrowth * 1.1) ** ((day - params.start) / 365);
    for (const channel of webChannels) {
      const p = channelProfile[channel];
      const burst =
        channel === "paid_search" || channel === "email" || channel === "social"
          ? random.lognormal(1, 0.25)
          : random.lognormal(1, 0.1);
      const visitors = Math.max(
        0,
        Math.round(p.visitors * params.scale * trend * weekFactor * monthFactor[monthOf(day) - 1]! * burst),
      );
      const sessions = Math.round(visitors * p.sessionsPerVisitor * random.lognormal(1, 0.05));
      const contacts = binomialApprox(random, visitors, p.contactRate);
      rows.push({ day: fromDay(day), channel, visitors, sessions: Math.max(sessions, visitors), contacts });
    }
  }
  return rows;
}

/** A count of successes out of `n` at rate `p` (normal approximation, never negative or above n). */
function binomialApprox(random: Random, n: number, p: number): number {
  const mean = n * p;
  const value = Math.round(mean + Math.sqrt(mean * (1 - p)) * random.normal());
  return Math.min(n, Math.max(0, value));
}
