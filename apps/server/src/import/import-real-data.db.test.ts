import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AttainDatabase } from "@attain/db";
import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../test-support/open-test-database";
import { runImport } from "./run-import";
import { countRows, createWorkspace, hasSharedData, sharedDataDir } from "./test-support";
import type { ImportEntity, ImportOptions } from "./types";

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const importFile = (workspaceId: string, entity: ImportEntity, file: string, options: ImportOptions = {}) =>
  runImport(database, { workspaceId, entity, source: join(sharedDataDir, file), fileName: file, options });

/** The data rows of a CSV without quoted fields (true of the files read here: `grep -c '"'` finds none). */
const plainRows = (file: string, delimiter: string) =>
  readFileSync(join(sharedDataDir, file), "utf8")
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== "")
    .map((line) => line.split(delimiter));

const column = async (sql: string, params: unknown[]) =>
  database.sql.query<Record<string, string>>(sql, params);

describe.skipIf(!hasSharedData)("Maven CRM import", () => {
  it("imports 85 accounts, 7 products, 35 agents + 6 managers = 41 people, 8,800 opportunities; a re-import changes nothing", async () => {
    const ws = await createWorkspace(database, "USD");
    const accounts = await importFile(ws, "accounts", "maven_crm_accounts.csv");
    expect(accounts).toMatchObject({ status: "committed", rowsRead: 85, inserted: 85, rejected: 0 });
    const products = await importFile(ws, "products", "maven_crm_products.csv");
    expect(products).toMatchObject({ status: "committed", inserted: 7 });
    const people = await importFile(ws, "people", "maven_crm_sales_teams.csv");
    expect(people).toMatchObject({ status: "committed", inserted: 35, created: { people: 6 } });
    const deals = await importFile(ws, "opportunities", "maven_crm_sales_pipeline.csv");
    expect(deals).toMatchObject({ status: "committed", rowsRead: 8800, inserted: 8800, errorCount: 0 });

    expect(await countRows(database, "accounts", ws)).toBe(85);
    expect(await countRows(database, "products", ws)).toBe(7);
    expect(await countRows(database, "people", ws)).toBe(41);
    expect(await countRows(database, "people", ws, "job_role = 'manager'")).toBe(6);
    expect(await countRows(database, "people", ws, "job_role = 'ae'")).toBe(35);
    expect(await countRows(database, "reporting_lines", ws, "valid_to is null")).toBe(35);
    const offices = await column(
      "select distinct office from people where workspace_id = $1 order by office",
      [ws],
    );
    expect(offices.map((row) => row.office)).toEqual(["Central", "East", "West"]);
    // Managers take their reports' office: Dustin Brinkmann leads Central agents.
    const [dustin] = await column(
      "select job_role, office from people where workspace_id = $1 and full_name = 'Dustin Brinkmann'",
      [ws],
    );
    expect(dustin).toEqual({ job_role: "manager", office: "Central" });
    const [anna] = await column(
      `select m.full_name as manager, r.valid_from::text as valid_from from reporting_lines r
       join people p on p.id = r.person_id join people m on m.id = r.manager_id
       where r.workspace_id = $1 and p.full_name = 'Anna Snelling'`,
      [ws],
    );
    expect(anna).toEqual({ manager: "Dustin Brinkmann", valid_from: "1900-01-01" });

    expect(await countRows(database, "opportunities", ws, "status = 'won'")).toBe(4238);
    expect(await countRows(database, "opportunities", ws, "status = 'lost'")).toBe(2473);
    expect(await countRows(database, "opportunities", ws, "stage = 'Engaging' and status = 'open'")).toBe(
      1589,
    );
    expect(await countRows(database, "opportunities", ws, "stage = 'Prospecting' and status = 'open'")).toBe(
      500,
    );
    expect(await countRows(database, "opportunities", ws, "account_id is null")).toBe(1425);
    // "GTXPro" in the pipeline is the product "GTX Pro": 1,480 deals.
    expect(
      await countRows(
        database,
        "opportunities",
        ws,
        "product_id = (select id from products where workspace_id = opportunities.workspace_id and name = 'GTX Pro')",
      ),
    ).toBe(1480);

    // Sum of close_value over the Won rows, computed from the file itself.
    const expectedWon = plainRows("maven_crm_sales_pipeline.csv", ",")
      .filter((cells) => cells[4] === "Won")
      .reduce((sum, cells) => sum.plus(cells[7] ?? "0"), new Decimal(0));
    const [won] = await column(
      "select sum(amount)::text as total from opportunities where workspace_id = $1 and status = 'won'",
      [ws],
    );
    expect(won?.total).toBe(expectedWon.toString());
    const [first] = await column(
      `select o.name, o.amount, o.currency, o.created_on, o.close_date, p.full_name as owner from opportunities o
       join people p on p.id = o.owner_id where o.workspace_id = $1 and o.external_id = '1C1I7A6R'`,
      [ws],
    );
    expect(first).toEqual({
      name: "Cancity — GTX Plus Basic",
      amount: "1054",
      currency: "USD",
      created_on: "2016-10-20",
      close_date: "2017-03-01",
      owner: "Moses Frase",
    });

    const again = await importFile(ws, "opportunities", "maven_crm_sales_pipeline.csv");
    expect(again).toMatchObject({ status: "committed", inserted: 0, updated: 0, unchanged: 8800 });
    const peopleAgain = await importFile(ws, "people", "maven_crm_sales_teams.csv");
    expect(peopleAgain).toMatchObject({ inserted: 0, updated: 0, unchanged: 35, created: {} });
    const accountsAgain = await importFile(ws, "accounts", "maven_crm_accounts.csv");
    expect(accountsAgain).toMatchObject({ inserted: 0, updated: 0, unchanged: 85 });
    expect(await countRows(database, "opportunities", ws)).toBe(8800);
    expect(await countRows(database, "people", ws)).toBe(41);
    expect(await countRows(database, "reporting_lines", ws)).toBe(35);
    expect(await countRows(database, "import_runs", ws, "status = 'committed'")).toBe(7);
  });
});

describe.skipIf(!hasSharedData)("Olist raw semicolon import", () => {
  it("imports 8,000 leads and 842 closed deals with their SDR and seller people; a re-import changes nothing", async () => {
    const ws = await createWorkspace(database, "BRL");
    const leads = await importFile(ws, "leads", "olist_mql_raw_semicolon.csv");
    expect(leads).toMatchObject({
      status: "committed",
      format: "csv",
      rowsRead: 8000,
      inserted: 8000,
      errorCount: 0,
    });
    const deals = await importFile(ws, "lead-conversions", "olist_closed_deals_raw_semicolon.csv");
    expect(deals).toMatchObject({ status: "committed", rowsRead: 842, updated: 842, errorCount: 0 });

    const rows = plainRows("olist_closed_deals_raw_semicolon.csv", ";");
    const sellers = new Set(rows.map((cells) => cells[3]));
    const sdrs = new Set(rows.map((cells) => cells[2]));
    const sdrOnly = [...sdrs].filter((id) => !sellers.has(id));
    // 22 sellers and 32 SDRs, 13 of whom also appear as sellers: 22 + 19 = 41 people.
    expect([sellers.size, sdrs.size, sdrOnly.length]).toEqual([22, 32, 19]);
    expect(deals.created).toEqual({ people: sellers.size + sdrOnly.length, opportunities: 842 });
    expect(await countRows(database, "people", ws, "job_role = 'ae'")).toBe(sellers.size);
    expect(await countRows(database, "people", ws, "job_role = 'sdr'")).toBe(sdrOnly.length);

    expect(await countRows(database, "leads", ws)).toBe(8000);
    expect(await countRows(database, "leads", ws, "status = 'converted'")).toBe(842);
    expect(await countRows(database, "leads", ws, "status = 'new'")).toBe(8000 - 842);
    expect(await countRows(database, "leads", ws, "source = 'organic_search'")).toBe(2296);
    expect(await countRows(database, "leads", ws, "source = 'direct'")).toBe(559);
    expect(await countRows(database, "leads", ws, "source = 'other_publicities'")).toBe(65);
    expect(await countRows(database, "opportunities", ws, "status = 'won' and lead_id is not null")).toBe(
      842,
    );

    const [mql] = await column(
      `select source, landing_page, created_on, first_contact_at = '2018-02-01T00:00:00Z' as utc_midnight
       from leads where workspace_id = $1 and external_id = 'dac32acd4db4c29c230538b72f8dd87d'`,
      [ws],
    );
    expect(mql).toEqual({
      source: "social",
      landing_page: "88740e65d5d6b056e0cda098e1ea6313",
      created_on: "2018-02-01",
      utc_midnight: true,
    });
    const [converted] = await column(
      `select l.status, l.converted_on, l.business_segment, l.lead_type, l.declared_monthly_revenue,
              sdr.external_id as sdr, seller.external_id as seller, o.close_date, o.stage
       from leads l join people sdr on sdr.id = l.sdr_id join people seller on seller.id = l.owner_id
       join opportunities o on o.id = l.opportunity_id
       where l.workspace_id = $1 and l.external_id = '5420aad7fec3549a85876ba1c529bd84'`,
      [ws],
    );
    expect(converted).toEqual({
      status: "converted",
      converted_on: "2018-02-26",
      business_segment: "pet",
      lead_type: "online_medium",
      declared_monthly_revenue: "0.0",
      sdr: "a8387c01a09e99ce014107505b92388c",
      seller: "4ef15afb4b2723d8f3d81e51ec7afefe",
      close_date: "2018-02-26",
      stage: "Won",
    });

    const leadsAgain = await importFile(ws, "leads", "olist_mql_raw_semicolon.csv");
    expect(leadsAgain).toMatchObject({ inserted: 0, updated: 0, unchanged: 8000 });
    const dealsAgain = await importFile(ws, "lead-conversions", "olist_closed_deals_raw_semicolon.csv");
    expect(dealsAgain).toMatchObject({ inserted: 0, updated: 0, unchanged: 842, created: {} });
    expect(await countRows(database, "people", ws)).toBe(41);
    expect(await countRows(database, "opportunities", ws)).toBe(842);
  });
});
