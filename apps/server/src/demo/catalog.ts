import type { CountryCode } from "./cities";

/** The company, its regions and what it sells: fixed reference data of the demo. */

export const companyName = "Nimbus Analytics";
export const emailDomain = "nimbus-analytics.example";
export const reportingCurrency = "EUR";

export type RegionKey = "FR" | "DE" | "UK" | "US";
export type Currency = "EUR" | "GBP" | "USD";

export type RegionSpec = {
  key: RegionKey;
  name: string;
  country: CountryCode;
  currency: Currency;
  /** Share of accounts. */
  share: number;
  /** AE teams at scale 1 and how many AE seats each starts with. */
  teams: readonly { name: string; seats: number }[];
  sdrSeats: number;
  /** Minutes to add to local office hours to get UTC (local = UTC + offset). */
  utcOffsetMinutes: number;
  /** Price book: multiply EUR list prices by this (then round to 10). */
  priceFactor: number;
};

export const regionSpecs: readonly RegionSpec[] = [
  {
    key: "FR",
    name: "France",
    country: "FR",
    currency: "EUR",
    share: 0.2,
    teams: [{ name: "France", seats: 6 }],
    sdrSeats: 2,
    utcOffsetMinutes: 60,
    priceFactor: 1,
  },
  {
    key: "DE",
    name: "Germany",
    country: "DE",
    currency: "EUR",
    share: 0.21,
    teams: [{ name: "Germany", seats: 6 }],
    sdrSeats: 2,
    utcOffsetMinutes: 60,
    priceFactor: 1,
  },
  {
    key: "UK",
    name: "United Kingdom",
    country: "GB",
    currency: "GBP",
    share: 0.19,
    teams: [{ name: "United Kingdom", seats: 5 }],
    sdrSeats: 2,
    utcOffsetMinutes: 0,
    priceFactor: 0.87,
  },
  {
    key: "US",
    name: "United States",
    country: "US",
    currency: "USD",
    share: 0.4,
    teams: [
      { name: "US East", seats: 6 },
      { name: "US West", seats: 5 },
    ],
    sdrSeats: 3,
    utcOffsetMinutes: -360,
    priceFactor: 1.1,
  },
];

export type Segment = "SMB" | "Mid-Market" | "Enterprise";

export function segmentOf(employees: number): Segment {
  if (employees >= 2000) return "Enterprise";
  if (employees >= 200) return "Mid-Market";
  return "SMB";
}

export type ProductKey =
  | "starter"
  | "professional"
  | "enterprise"
  | "users"
  | "connectors"
  | "ai"
  | "support"
  | "implementation"
  | "training";

export type ProductSpec = {
  key: ProductKey;
  externalId: string;
  name: string;
  family: string;
  /** EUR list price per unit (per year for subscriptions), in cents. */
  listCents: number;
  recurring: boolean;
};

export const productSpecs: readonly ProductSpec[] = [
  {
    key: "starter",
    externalId: "NIM-START",
    name: "Nimbus Starter (5 users, per year)",
    family: "Platform",
    listCents: 150_000,
    recurring: true,
  },
  {
    key: "professional",
    externalId: "NIM-PRO",
    name: "Nimbus Professional (20 users, per year)",
    family: "Platform",
    listCents: 600_000,
    recurring: true,
  },
  {
    key: "enterprise",
    externalId: "NIM-ENT",
    name: "Nimbus Enterprise (100 users, per year)",
    family: "Platform",
    listCents: 2_400_000,
    recurring: true,
  },
  {
    key: "users",
    externalId: "NIM-USR10",
    name: "Additional users, pack of 10 (per year)",
    family: "Add-ons",
    listCents: 90_000,
    recurring: true,
  },
  {
    key: "connectors",
    externalId: "NIM-CONN",
    name: "Data Connectors Pack (per year)",
    family: "Add-ons",
    listCents: 200_000,
    recurring: true,
  },
  {
    key: "ai",
    externalId: "NIM-AI",
    name: "AI Forecasting add-on (per year)",
    family: "Add-ons",
    listCents: 300_000,
    recurring: true,
  },
  {
    key: "support",
    externalId: "NIM-SUP",
    name: "Premium Support (per year)",
    family: "Services",
    listCents: 240_000,
    recurring: true,
  },
  {
    key: "implementation",
    externalId: "SRV-IMPL",
    name: "Implementation services (per day)",
    family: "Services",
    listCents: 110_000,
    recurring: false,
  },
  {
    key: "training",
    externalId: "SRV-TRAIN",
    name: "Training (per day)",
    family: "Services",
    listCents: 120_000,
    recurring: false,
  },
];

export const industries: readonly {
  name: string;
  weight: number;
  revenuePerEmployeeK: number;
  winFactor: number;
}[] = [
  { name: "Software & Internet", weight: 14, revenuePerEmployeeK: 220, winFactor: 1.15 },
  { name: "Financial Services", weight: 11, revenuePerEmployeeK: 350, winFactor: 1.05 },
  { name: "Manufacturing", weight: 13, revenuePerEmployeeK: 250, winFactor: 0.95 },
  { name: "Retail & E-commerce", weight: 10, revenuePerEmployeeK: 300, winFactor: 1.05 },
  { name: "Healthcare & Life Sciences", weight: 9, revenuePerEmployeeK: 200, winFactor: 0.9 },
  { name: "Logistics & Transportation", weight: 7, revenuePerEmployeeK: 220, winFactor: 1.0 },
  { name: "Energy & Utilities", weight: 4, revenuePerEmployeeK: 500, winFactor: 0.85 },
  { name: "Telecommunications", weight: 4, revenuePerEmployeeK: 400, winFactor: 0.95 },
  { name: "Professional Services", weight: 10, revenuePerEmployeeK: 150, winFactor: 1.1 },
  { name: "Media & Entertainment", weight: 5, revenuePerEmployeeK: 250, winFactor: 1.0 },
  { name: "Education", weight: 4, revenuePerEmployeeK: 90, winFactor: 0.8 },
  { name: "Consumer Goods", weight: 6, revenuePerEmployeeK: 320, winFactor: 1.0 },
  { name: "Automotive", weight: 3, revenuePerEmployeeK: 350, winFactor: 0.9 },
];

export const stages = ["Qualify", "Discover", "Propose", "Negotiate"] as const;
export type OpenStage = (typeof stages)[number];
export const wonStage = "Closed Won";
export const lostStage = "Closed Lost";

export type OpportunitySource =
  | "inbound"
  | "outbound"
  | "partner"
  | "event"
  | "referral"
  | "customer_success";

/** Monthly weight of bookings (Jan … Dec): end-of-quarter months heavy, Q4 heaviest, summer slow. */
export const monthlySeasonality = [
  0.62, 0.72, 1.12, 0.74, 0.8, 1.15, 0.66, 0.52, 1.12, 0.9, 1.05, 1.6,
] as const;

/** Year-on-year growth of the business, which new-hire capacity and targets follow. */
export const annualGrowth = 0.2;

export const webChannels = [
  "organic_search",
  "paid_search",
  "social",
  "referral",
  "direct",
  "email",
] as const;
export type WebChannel = (typeof webChannels)[number];
