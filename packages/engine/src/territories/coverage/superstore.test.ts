import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { roundTo, sumAmounts } from "../../money/index";
import type { TerritoryAccount, TerritoryDefinition } from "../types";
import { account, owner, territory } from "./coverage-fixtures";
import { matchTerritories } from "./match-territories";
import { routeRecords } from "./route-records";

// Real data: the Tableau Superstore orders in ../shared/data (10,194 lines, US and Canada; Sales 2,326,534.35 per
// the data README) and its People sheet (a regional manager per region). Not part of the repository; the suite
// skips when the folder is absent (CI clones elsewhere).
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../../..");
const dataDir = path.resolve(repoRoot, "../shared/data");
const present =
  existsSync(path.join(dataDir, "superstore_orders_iso.csv")) &&
  existsSync(path.join(dataDir, "superstore_people.csv"));

type Row = Record<string, string>;
const read = (file: string): Row[] =>
  parse(readFileSync(path.join(dataDir, file), "utf8"), { columns: true });
const col = (row: Row, name: string) => row[name] ?? "";
const country = (row: Row) => (col(row, "Country/Region") === "Canada" ? "CA" : "US");
const cents = (values: string[]) => roundTo(sumAmounts(values), 2, "half_up");

// Ontario's postal codes start with K, L, M, N or P: the one Canadian territory; the rest of Canada is a gap.
const ONTARIO = ["K", "L", "M", "N", "P"];
const REGIONS = ["West", "East", "Central", "South"];
const territories: TerritoryDefinition[] = [
  territory("US", null, { name: "United States" }),
  ...REGIONS.map((r) => territory(`US-${r}`, "US", { rules: [{ countryCodes: ["US"], regionIds: [r] }] })),
  territory("CA", null, { name: "Canada" }),
  territory("CA-ON", "CA", { name: "Ontario", rules: [{ countryCodes: ["CA"], postalPrefixes: ONTARIO }] }),
  territory("CORP", null, { name: "Corporate desk", kind: "overlay", rules: [{ segments: ["Corporate"] }] }),
];

describe.skipIf(!present)("coverage of the Superstore ship-to sites (real data)", () => {
  const rows = present ? read("superstore_orders_iso.csv") : [];
  // One account per ship-to site (customer × postal code); its potential is what it bought, summed exactly.
  const sites = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${col(row, "Customer ID")}@${col(row, "Postal Code")}`;
    sites.set(key, [...(sites.get(key) ?? []), row]);
  }
  const accounts: TerritoryAccount[] = [...sites].map(([id, own]) => {
    const first = own[0] as Row;
    return account(id, {
      name: col(first, "Customer Name"),
      countryCode: country(first),
      regionId: col(first, "Region"),
      postalCode: col(first, "Postal Code"),
      tier: col(first, "Segment"),
      potential: sumAmounts(own.map((r) => col(r, "Sales"))),
    });
  });
  const report = present ? matchTerritories(accounts, territories) : null;
  const row = (id: string) => report?.byTerritory.find((t) => t.territoryId === id);

  it("4,948 sites; every US site lands in its own region's territory", () => {
    expect(accounts).toHaveLength(4948);
    report?.matches.forEach((m, i) => {
      const a = accounts[i] as TerritoryAccount;
      if (a.countryCode === "US") expect([m.territoryId, m.reason]).toEqual([`US-${a.regionId}`, "rule"]);
    });
  });

  it("each region's potential equals the Sales of its US rows, summed straight from the file", () => {
    for (const region of REGIONS)
      expect(row(`US-${region}`)?.potential).toBe(
        cents(
          rows.filter((r) => country(r) === "US" && col(r, "Region") === region).map((r) => col(r, "Sales")),
        ),
      );
    expect(REGIONS.map((r) => row(`US-${r}`)?.potential)).toEqual([
      "725457.82",
      "678781.24",
      "501239.89",
      "391721.91",
    ]);
    expect(row("US")?.potential).toBe("2297200.86");
  });

  it("Canada: Ontario sites in CA-ON, every other Canadian site a gap; nothing is lost", () => {
    const canadian = accounts.filter((a) => a.countryCode === "CA");
    const ontario = canadian.filter((a) => ONTARIO.includes(a.postalCode?.[0] ?? ""));
    expect(row("CA-ON")?.accounts).toBe(ontario.length);
    expect(report?.gaps.map((g) => g.accountId)).toEqual(
      canadian.filter((a) => !ontario.includes(a)).map((a) => a.id),
    );
    expect(report?.overlaps).toEqual([]);
    const gapPotential =
      report?.gaps.map((g) => accounts.find((a) => a.id === g.accountId)?.potential ?? "0") ?? [];
    expect(cents([row("US")?.potential ?? "0", row("CA")?.potential ?? "0", ...gapPotential])).toBe(
      "2326534.35",
    );
  });

  it("the Corporate desk overlays every Corporate site, in whichever primary territory", () => {
    expect(row("CORP")?.accounts).toBe(accounts.filter((a) => a.tier === "Corporate").length);
  });

  it("routing every US order line reaches the People sheet's manager of its region", () => {
    const managers = read("superstore_people.csv");
    const owners = managers.map((m) =>
      owner(`US-${col(m, "Region")}`, col(m, "Regional Manager"), "2019-01-01"),
    );
    const us = rows.filter((r) => country(r) === "US");
    const decisions = routeRecords(
      us.map((r) => ({
        id: col(r, "Row ID"),
        accountId: null,
        countryCode: "US",
        regionId: col(r, "Region"),
        postalCode: col(r, "Postal Code"),
        industry: null,
        employees: null,
        tier: col(r, "Segment"),
      })),
      { territories, owners, accountTerritories: {}, asOf: "2022-12-30" },
    );
    const managerOf = new Map(managers.map((m) => [col(m, "Region"), col(m, "Regional Manager")]));
    expect(decisions.map((d) => d.ownerId)).toEqual(us.map((r) => managerOf.get(col(r, "Region"))));
    expect(new Set(decisions.map((d) => d.reason))).toEqual(new Set(["rule"]));
  });
});
