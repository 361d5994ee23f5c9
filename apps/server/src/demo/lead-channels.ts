import type { CountryCode } from "./cities";
import { monthOf, yearOf } from "./days";
import { quarterOf } from "./quarter";
import type { Random } from "./random";

/** Where a lead came from: channel, campaign and landing page, named the way a marketing team names them. */
export type LeadChannel =
  | "organic_search"
  | "paid_search"
  | "social"
  | "referral"
  | "direct"
  | "email"
  | "events"
  | "abm"
  | "partner";

export const unconvertedChannelWeights: readonly (readonly [LeadChannel, number])[] = [
  ["organic_search", 26],
  ["paid_search", 20],
  ["social", 10],
  ["referral", 5],
  ["direct", 8],
  ["email", 8],
  ["events", 11],
  ["abm", 9],
  ["partner", 3],
];

const topics = [
  "Sales forecasting",
  "Revenue analytics",
  "Pipeline analytics",
  "Quota planning",
  "Commission software",
];
const partners = ["DataBridge Consulting", "Stratum Advisory", "Northwind Integrators", "Blueprint Partners"];
const eventsByCountry: Record<CountryCode, readonly string[]> = {
  FR: ["Big Data & AI Paris", "VivaTech", "Salon Solutions", "Nimbus Day Paris"],
  DE: ["DMEXCO", "CeBIT Future Forum", "Big Data & AI World Frankfurt", "Nimbus Day München"],
  GB: ["SaaStr Europa", "Big Data LDN", "Sales Innovation Expo", "Nimbus Day London"],
  US: ["Dreamforce", "SaaStr Annual", "Gartner Data & Analytics Summit", "Nimbus Summit New York"],
};
const localePrefix: Record<CountryCode, string> = { FR: "/fr", DE: "/de", GB: "", US: "" };

export function campaignFor(
  random: Random,
  channel: LeadChannel,
  country: CountryCode,
  day: number,
): string | null {
  const year = yearOf(day);
  switch (channel) {
    case "paid_search":
      return `Google Ads - ${random.pick(topics)} (${country})`;
    case "social":
      return `LinkedIn - ${random.pick(topics)} ${year}-Q${quarterOf(day)}`;
    case "email":
      return random.chance(0.5)
        ? `Newsletter ${year}-${String(monthOf(day)).padStart(2, "0")}`
        : `Nurture - ${random.pick(topics)}`;
    case "events":
      return random.chance(0.3)
        ? `Webinar - ${random.pick(topics)} ${year}`
        : `${random.pick(eventsByCountry[country])} ${year}`;
    case "abm":
      return `ABM ${year}-Q${quarterOf(day)} ${country} target accounts`;
    case "partner":
      return `Partner - ${random.pick(partners)}`;
    case "referral":
      return "Customer referral programme";
    default:
      return null;
  }
}

export function landingPageFor(random: Random, channel: LeadChannel, country: CountryCode): string | null {
  const prefix = localePrefix[country];
  switch (channel) {
    case "organic_search":
      return (
        prefix +
        random.pick([
          "/blog/sales-forecasting-guide",
          "/blog/quota-setting",
          "/blog/pipeline-coverage",
          "/product",
          "/pricing",
        ])
      );
    case "paid_search":
      return prefix + random.pick(["/lp/sales-forecasting", "/lp/revenue-analytics", "/demo"]);
    case "social":
      return prefix + random.pick(["/resources/state-of-sales-report", "/resources/forecasting-ebook"]);
    case "email":
      return prefix + random.pick(["/webinars", "/resources/forecasting-ebook", "/demo"]);
    case "direct":
      return prefix + random.pick(["/", "/pricing", "/demo"]);
    case "referral":
      return prefix + random.pick(["/customers", "/demo"]);
    case "partner":
      return "/partners/register-deal";
    case "events":
      return random.chance(0.5) ? `${prefix}/events` : null;
    default:
      return null;
  }
}

/** The web channel an inbound opportunity's lead most likely came through. */
export function inboundChannel(random: Random): LeadChannel {
  const r = random.float();
  if (r < 0.3) return "organic_search";
  if (r < 0.55) return "paid_search";
  if (r < 0.68) return "direct";
  if (r < 0.78) return "social";
  if (r < 0.9) return "email";
  return "referral";
}
