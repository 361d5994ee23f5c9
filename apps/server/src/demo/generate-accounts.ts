import { industries, type RegionSpec, regionSpecs, type Segment, segmentOf } from "./catalog";
import { type City, type CountryCode, citiesByCountry, usEastWestLongitude } from "./cities";
import { yearOf } from "./days";
import { type DemoPerson, isActive, type Organisation, type SalesTeam } from "./generate-organisation";
import { companyWords, industryWords, personNames } from "./names";
import { cumulative, pickIndex, pickWeighted, type Random } from "./random";
import type { AccountRow } from "./types";

export type DemoAccount = AccountRow & {
  index: number;
  region: RegionSpec;
  team: SalesTeam;
  segment: Segment;
  /** Already a customer when the period starts (so it has renewals and expansions). */
  installedBase: boolean;
  winFactor: number;
  owner: DemoPerson;
};

const ukInwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

/** Accounts in the four countries, at real cities, sized lognormally, assigned to the territory team and an owner. */
export function generateAccounts(
  random: Random,
  ids: Random,
  params: { count: number; today: number; organisation: Organisation },
) {
  const cityWeights = new Map<CountryCode, number[]>();
  for (const [country, cities] of Object.entries(citiesByCountry)) {
    cityWeights.set(country as CountryCode, cumulative(cities.map((c) => c.weight)));
  }
  const names = new Set<string>();
  const year = yearOf(params.today);
  const accounts: DemoAccount[] = [];
  for (let index = 0; index < params.count; index++) {
    const region = pickWeighted(
      random,
      regionSpecs.map((r) => [r, r.share] as const),
    );
    const country = region.country;
    const cities = citiesByCountry[country];
    const city = cities[pickIndex(random, cityWeights.get(country)!)]!;
    const industry = pickWeighted(
      random,
      industries.map((i) => [i, i.weight * industryBias(country, i.name)] as const),
    );
    const employees = roundEmployees(Math.min(250_000, Math.max(5, random.lognormal(140, 1.75))));
    const segment = segmentOf(employees);
    const revenueUnits =
      employees * industry.revenuePerEmployeeK * 1000 * random.lognormal(1, 0.35) * region.priceFactor;
    const revenue = Math.max(100_000, Math.round(revenueUnits / 1000) * 1000);
    const established = Math.max(
      1850,
      Math.min(year - 2, Math.round(year - random.lognormal(segment === "Enterprise" ? 55 : 18, 0.7))),
    );
    const jitterLat = (random.float() * 2 - 1) * city.jitter;
    const jitterLon = ((random.float() * 2 - 1) * city.jitter) / Math.cos((city.latitude * Math.PI) / 180);
    const longitude = city.longitude + jitterLon;
    const eligibleTeams = params.organisation.salesTeams.filter(
      (t) =>
        t.regionKey === region.key &&
        (region.key !== "US" || t.name.startsWith(longitude < usEastWestLongitude ? "US West" : "US East")),
    );
    const team = random.pick(eligibleTeams);
    const current = team.members
      .filter((m) => isActive(m.person, params.today) && m.to === null)
      .map((m) => m.person);
    const owner = current.length > 0 ? random.pick(current) : team.managers[team.managers.length - 1]!.person;
    const installedChance = segment === "Enterprise" ? 0.45 : segment === "Mid-Market" ? 0.3 : 0.15;
    accounts.push({
      id: ids.uuid(),
      externalId: `ACC-${String(index + 1).padStart(6, "0")}`,
      name: companyName(random, names, country, industry.name, city),
      industry: industry.name,
      employees,
      annualRevenue: `${revenue}.00`,
      revenueCurrency: region.currency,
      yearEstablished: established,
      countryCode: country,
      regionId: params.organisation.regions.find((r) => r.key === region.key)!.id,
      city: city.name,
      postalCode: postalCode(random, country, city),
      latitude: (city.latitude + jitterLat).toFixed(6),
      longitude: longitude.toFixed(6),
      ownerId: owner.id,
      index,
      region,
      team,
      segment,
      installedBase: random.chance(installedChance),
      winFactor: industry.winFactor,
      owner,
    });
  }
  return accounts;
}

function industryBias(country: CountryCode, industry: string): number {
  if (country === "DE" && (industry === "Manufacturing" || industry === "Automotive")) return 1.7;
  if (country === "US" && industry === "Software & Internet") return 1.4;
  if (country === "GB" && industry === "Financial Services") return 1.5;
  if (country === "FR" && (industry === "Retail & E-commerce" || industry === "Consumer Goods")) return 1.3;
  return 1;
}

function roundEmployees(value: number): number {
  if (value < 100) return Math.round(value);
  if (value < 2000) return Math.round(value / 5) * 5;
  return Math.round(value / 50) * 50;
}

function postalCode(random: Random, country: CountryCode, city: City): string {
  const spec = city.postal;
  if (country === "GB") {
    const outward = random.pick(spec as readonly string[]);
    const letter = () => ukInwardLetters[random.int(0, ukInwardLetters.length - 1)]!;
    return `${outward} ${random.int(1, 9)}${letter()}${letter()}`;
  }
  const [first, count, step] = spec as readonly [number, number, number];
  return String(first + step * random.int(0, count - 1)).padStart(5, "0");
}

function companyName(
  random: Random,
  used: Set<string>,
  country: CountryCode,
  industry: string,
  city: City,
): string {
  let name = "";
  for (let attempt = 0; attempt < 8 && (name === "" || used.has(name)); attempt++)
    name = makeCompanyName(random, country, industry);
  // Rare clash after eight tries: companies often carry their home town in the name.
  for (let n = 1; used.has(name); n++)
    name = `${name.replace(/ \(.*\)$/, "")} (${city.name}${n > 1 ? ` ${n}` : ""})`;
  used.add(name);
  return name;
}

/** A plausible company name for the country, e.g. "Rheinlogistik GmbH", "Transports Azur SAS", "Summit Capital Inc.". */
export function makeCompanyName(random: Random, country: CountryCode, industry: string): string {
  const words = companyWords[country];
  const language = country === "FR" ? "fr" : country === "DE" ? "de" : "en";
  const surnames = personNames[country].last;
  const what = random.pick(industryWords[industry]![language]);
  const coined = random.pick(words.coined);
  const surname = random.pick(surnames);
  const style = random.float();
  let base: string;
  if (country === "FR")
    base = style < 0.5 ? `${what} ${coined}` : style < 0.8 ? `${coined} ${what}` : `${what} ${surname}`;
  else if (country === "DE")
    base =
      style < 0.4
        ? `${coined}${what.toLowerCase()}`
        : style < 0.75
          ? `${surname} ${what}`
          : `${coined} ${what}`;
  else
    base =
      style < 0.55
        ? `${coined} ${what}`
        : style < 0.8
          ? `${surname} ${what}`
          : `${surname} & ${random.pick(surnames)}`;
  const legal = pickWeighted(random, words.legal);
  return legal ? `${base} ${legal}` : base;
}
