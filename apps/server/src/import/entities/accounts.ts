import { mergeRows, presentColumns } from "../merge-rows";
import type { EntitySpec } from "../spec";
import { routeImportedRows } from "../../territories/route-imported-rows";
import { externalIdField, personRef, regionRef } from "./common-fields";

export const accountsSpec: EntitySpec = {
  entity: "accounts",
  description: "Customer and prospect companies. Without an id column, the account name is the external id.",
  identity: ["external_id"],
  fields: [
    externalIdField(["account id", "account number", "customer id", "company id"], "name"),
    {
      name: "name",
      type: "text",
      required: true,
      synonyms: [
        "account",
        "account name",
        "company",
        "company name",
        "customer",
        "customer name",
        "client",
        "raison sociale",
      ],
      description: "Company name.",
    },
    {
      name: "industry",
      type: "text",
      synonyms: ["sector", "secteur", "vertical", "industrie"],
      description: "Industry.",
    },
    {
      name: "employees",
      type: "integer",
      synonyms: ["employee count", "headcount", "effectif", "number of employees"],
      description: "Number of employees.",
    },
    {
      name: "annual_revenue",
      type: "decimal",
      synonyms: ["revenue", "annual revenue", "turnover", "chiffre d'affaires", "ca"],
      description: "The company's own annual revenue, as given (no unit conversion).",
    },
    {
      name: "revenue_currency",
      type: "currency",
      synonyms: ["revenue currency"],
      description: "Currency of annual_revenue (default: the import currency).",
    },
    {
      name: "year_established",
      type: "integer",
      synonyms: ["founded", "year founded", "established", "année de création"],
      description: "Year founded.",
    },
    {
      name: "country",
      type: "country",
      synonyms: ["country code", "pays", "office location", "hq country", "country/region"],
      description: "Country name (English or French) or ISO code.",
    },
    regionRef,
    { name: "city", type: "text", synonyms: ["ville", "town"], description: "City." },
    {
      name: "postal_code",
      type: "text",
      synonyms: ["zip", "zip code", "postcode", "code postal"],
      description: "Postal code.",
    },
    { name: "latitude", type: "decimal", synonyms: ["lat"], description: "Latitude in degrees." },
    {
      name: "longitude",
      type: "decimal",
      synonyms: ["lon", "lng", "long"],
      description: "Longitude in degrees.",
    },
    personRef("owner", ["account owner", "owner name", "sales rep", "propriétaire"], "Account owner"),
    {
      name: "parent_name",
      type: "text",
      synonyms: ["subsidiary of", "parent", "parent account", "parent company", "maison mère"],
      description: "Parent company by name; linked to that account when it exists.",
    },
  ],
  derived: [],
  prepare(row, context) {
    if (row.annual_revenue !== null && row.revenue_currency === null) row.revenue_currency = context.currency;
    if (row.latitude !== null && Math.abs(Number(row.latitude)) > 90)
      return { column: "latitude", message: "latitude must be between -90 and 90" };
    if (row.longitude !== null && Math.abs(Number(row.longitude)) > 180)
      return { column: "longitude", message: "longitude must be between -180 and 180" };
    return null;
  },
  async merge(context) {
    const columns = presentColumns(context, {
      external_id: ["external_id"],
      name: ["name"],
      industry: ["industry"],
      employees: ["employees"],
      annual_revenue: ["annual_revenue"],
      revenue_currency: ["annual_revenue", "s.revenue_currency"],
      year_established: ["year_established"],
      country_code: ["country", "s.country"],
      region_id: ["region", "s.region"],
      city: ["city"],
      postal_code: ["postal_code"],
      latitude: ["latitude"],
      longitude: ["longitude"],
      owner_id: ["owner", "s.owner"],
      parent_name: ["parent_name"],
    });
    const counts = await mergeRows(context, { table: "accounts", columns });
    if (context.present.has("parent_name")) {
      // Links each account to its parent by name; only where unset, so a re-import changes nothing.
      await context.sql.query(
        `update accounts a set parent_account_id = p.id from accounts p
         where a.workspace_id = $1 and p.workspace_id = $1 and a.parent_account_id is null and a.parent_name is not null
           and lower(p.name) = lower(a.parent_name) and p.id <> a.id`,
        [context.workspaceId],
      );
    }
    // Accounts without an owner get the one the territory plan of record routes them to.
    const routed = await routeImportedRows(context.sql, {
      workspaceId: context.workspaceId,
      entity: "accounts",
      stage: context.stage,
      today: context.today,
    });
    if (routed !== null) context.created.routed = routed;
    return counts;
  },
};
