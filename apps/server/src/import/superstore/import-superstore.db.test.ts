import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { AttainDatabase } from "@attain/db";
import { parse } from "csv-parse/sync";
import { Decimal } from "decimal.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../../auth/password";
import { openTestDatabase } from "../../test-support/open-test-database";
import { createTestClient } from "../../test-support/test-client";
import { countRows, createWorkspace, hasSharedData, sharedDataDir } from "../test-support";
import { importSuperstore, type SuperstoreReport } from "./import-superstore";
import { SuperstoreImportError, superstoreDate } from "./read-superstore-files";

// The expected figures are computed here from the CSV, independently of the importer.
const orders = (): Record<string, string>[] =>
  hasSharedData
    ? parse(readFileSync(join(sharedDataDir, "superstore_orders.csv")), { bom: true, columns: true })
    : [];
const isoOf = (ddmmyy: string) => `20${ddmmyy.slice(6, 8)}-${ddmmyy.slice(3, 5)}-${ddmmyy.slice(0, 2)}`;
const sum = (values: string[]) => values.reduce((total, v) => total.plus(v), new Decimal(0));

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const HEADER =
  "Row ID,Order ID,Order Date,Ship Date,Ship Mode,Customer ID,Customer Name,Segment,Country/Region,City,State/Province,Postal Code,Region,Product ID,Category,Sub-Category,Product Name,Sales,Quantity,Discount,Profit";

describe("bad Superstore files are refused by file, row and column; nothing is written", () => {
  it("a day that is not one, a region without a manager, a repeated Row ID and a non-number Sales", async () => {
    const dir = mkdtempSync(join(tmpdir(), "attain-superstore-"));
    writeFileSync(join(dir, "superstore_people.csv"), "Regional Manager,Region\nSadie Pawthorne,West\n");
    writeFileSync(
      join(dir, "superstore_orders.csv"),
      [
        HEADER,
        "1,US-1,03/01/19,07/01/19,Standard Class,DP-1,Darren Powers,Consumer,United States,Houston,Texas,77095,West,P1,Office Supplies,Paper,Paper,16.448,2,0.2,5.5512",
        "2,US-2,31/02/19,07/03/19,Standard Class,DP-1,Darren Powers,Consumer,United States,Houston,Texas,77095,West,P1,Office Supplies,Paper,Paper,1.00,1,0,0.5",
        "3,US-3,04/01/19,08/01/19,Standard Class,PO-1,Phillina Ober,Home Office,United States,Naperville,Illinois,60540,Central,P2,Office Supplies,Binders,Combs,3.54,2,0.8,-5.487",
        "1,US-4,05/01/19,08/01/19,Standard Class,PO-1,Phillina Ober,Home Office,United States,Naperville,Illinois,60540,West,P2,Office Supplies,Binders,Combs,n/a,2,0.8,1",
      ].join("\n"),
    );
    const workspaceId = await createWorkspace(database, "USD");
    const error = await importSuperstore(database, { workspaceId, dataDir: dir }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SuperstoreImportError);
    expect((error as SuperstoreImportError).problems).toEqual([
      {
        file: "superstore_orders.csv",
        row: 3,
        column: "Order Date",
        message: 'Expected a date as DD/MM/YY, got "31/02/19"',
      },
      {
        file: "superstore_orders.csv",
        row: 4,
        column: "Region",
        message: "Central has no regional manager",
      },
      { file: "superstore_orders.csv", row: 5, column: "Row ID", message: "Also on row 2" },
      { file: "superstore_orders.csv", row: 5, column: "Sales", message: "Expected a decimal number" },
    ]);
    expect(await countRows(database, "accounts", workspaceId)).toBe(0);
    expect(await countRows(database, "regions", workspaceId)).toBe(0);
  });
});

describe.skipIf(!hasSharedData)("the Superstore import (real files)", () => {
  let workspaceId: string;
  let report: SuperstoreReport;
  const rows = orders();
  const customers = new Set(rows.map((r) => r["Customer ID"]));
  const orderIds = new Set(rows.map((r) => r["Order ID"]));
  const sales = sum(rows.map((r) => r.Sales!));
  const profit = sum(rows.map((r) => r.Profit!));
  beforeAll(async () => {
    workspaceId = await createWorkspace(database, "USD");
    report = await importSuperstore(database, { workspaceId, dataDir: sharedDataDir });
  });
  afterAll(async () => {
    await database?.sql.query("delete from order_lines where workspace_id = $1", [workspaceId]);
  });

  it(`dates are DD/MM/YY: 03/01/19 = 2019-01-03; 31/02/19 is no date`, () => {
    expect(superstoreDate("03/01/19")).toBe("2019-01-03");
    expect(superstoreDate("31/02/19")).toBeNull();
    expect(superstoreDate("2019-01-03")).toBeNull();
  });

  it("imports 804 customers, 4 regions and their managers, 10,194 lines of 5,111 orders: Sales 2,326,534.3543, Profit 292,296.8146", async () => {
    expect([customers.size, orderIds.size, rows.length]).toEqual([804, 5111, 10194]);
    expect(sales.toFixed()).toBe("2326534.3543");
    expect(report).toEqual({
      regions: 4,
      managers: 4,
      accounts: { inserted: customers.size, updated: 0, unchanged: 0 },
      orderLines: { inserted: rows.length, updated: 0, unchanged: 0 },
      orders: orderIds.size,
      sales: sales.toFixed(),
      profit: profit.toFixed(),
    });
    expect(await countRows(database, "accounts", workspaceId)).toBe(customers.size);
    expect(
      await countRows(database, "accounts", workspaceId, "latitude is null and owner_id is not null"),
    ).toBe(customers.size);
    expect(await countRows(database, "people", workspaceId, "job_role = 'manager'")).toBe(4);
    const [totals] = await database.sql.query<Record<string, string>>(
      `select sum(amount)::text as sales, sum(amount - cost)::text as margin, count(distinct order_number)::text as orders,
         min(booking_date)::text as first, max(booking_date)::text as last
       from order_lines where workspace_id = $1`,
      [workspaceId],
    );
    expect(totals).toEqual({
      sales: sales.toFixed(),
      margin: profit.toFixed(),
      orders: String(orderIds.size),
      first: "2019-01-03",
      last: "2022-12-30",
    });
    const industries = await database.sql.query<{ industry: string; n: string }>(
      "select industry, count(*)::text as n from accounts where workspace_id = $1 group by 1 order by 1",
      [workspaceId],
    );
    const bySegment = new Map<string, Set<string>>();
    for (const r of rows)
      bySegment.set(r.Segment!, (bySegment.get(r.Segment!) ?? new Set()).add(r["Customer ID"]!));
    expect(industries).toEqual(
      [...bySegment.entries()]
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([industry, ids]) => ({ industry, n: String(ids.size) })),
    );
  });

  it("a re-import changes nothing", async () => {
    const again = await importSuperstore(database, { workspaceId, dataDir: sharedDataDir });
    expect(again.accounts).toEqual({ inserted: 0, updated: 0, unchanged: customers.size });
    expect(again.orderLines).toEqual({ inserted: 0, updated: 0, unchanged: rows.length });
    expect(await countRows(database, "order_lines", workspaceId)).toBe(rows.length);
  });

  describe("segmentations of the imported customers as of 2022-12-31 (look-back: calendar 2022)", () => {
    const signIn = async () => {
      const email = `planner-${workspaceId}@superstore.test`;
      await database.sql.query(
        `insert into users (workspace_id, email, display_name, password_hash, role) values ($1, $2, 'Planner', $3, 'admin')
         on conflict do nothing`,
        [workspaceId, email, await hashPassword("superstore planner")],
      );
      const client = createTestClient(database, { today: "2023-01-15" });
      await client.signIn(email, "superstore planner");
      return client;
    };
    type Profile = { segment: string; accounts: number; revenue: string };
    const create = async (name: string, config: unknown) => {
      const client = await signIn();
      const response = await client.post("/api/segmentation/segmentations", {
        name,
        config,
        validFrom: "2023-01-01",
        asOf: "2022-12-31",
      });
      expect(response.status).toBe(201);
      const run = await response.json();
      const profiles = run.profiles as Profile[];
      return {
        run,
        accounts: profiles.reduce((n, p) => n + p.accounts, 0),
        revenue: sum(profiles.map((p) => p.revenue)).toFixed(),
      };
    };
    // Sales are rounded to the cent line by line (the workspace's currency, USD, as the revenue report does).
    const sales2022Cents = () =>
      sum(
        rows
          .filter((r) => isoOf(r["Order Date"]!).startsWith("2022-"))
          .map((r) => new Decimal(r.Sales!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()),
      );

    it("ABC tiers by 2022 net bookings: every customer in a tier; the tiers' revenue sums to 2022's sales", async () => {
      const { run, accounts, revenue } = await create("ABC", {
        kind: "tiers",
        basis: "monetary",
        method: "cumulative",
        tiers: [{ tier: "A", share: "0.8" }, { tier: "B", share: "0.15" }, { tier: "C" }],
      });
      expect(run.segmented).toBe(customers.size);
      expect(accounts).toBe(customers.size);
      expect(revenue).toBe(sales2022Cents().toFixed(2));
    });

    it("RFM in 5 bins: the segments hold every segmented customer and, with the unsegmented, all of 2022's sales", async () => {
      const { run, accounts, revenue } = await create("RFM", { kind: "rfm", bins: 5 });
      expect(accounts).toBe(run.segmented);
      expect(run.accounts).toBe(customers.size);
      const unsegmented = await unsegmentedRevenue(run.id);
      expect(new Decimal(revenue).plus(unsegmented).toFixed(2)).toBe(sales2022Cents().toFixed(2));
    });

    it("k-means on log monetary, frequency and recency (k in 2–5, seed 1): the clusters' profiles sum to the totals", async () => {
      const { run, accounts, revenue } = await create("Clusters", {
        kind: "clusters",
        features: ["monetary", "frequency", "recencyDays"],
        logFeatures: ["monetary"],
        kMin: 2,
        kMax: 5,
        seed: 1,
      });
      expect(run.clusters.k).toBeGreaterThanOrEqual(2);
      expect(run.clusters.k).toBeLessThanOrEqual(5);
      expect(run.profiles).toHaveLength(run.clusters.k);
      expect(accounts).toBe(run.segmented);
      const unsegmented = await unsegmentedRevenue(run.id);
      expect(new Decimal(revenue).plus(unsegmented).toFixed(2)).toBe(sales2022Cents().toFixed(2));
    });

    /** 2022 sales (per line to the cent) of the run's unsegmented customers, from the CSV. */
    async function unsegmentedRevenue(runId: string): Promise<Decimal> {
      const client = await signIn();
      const page = await (
        await client.get(`/api/segmentation/segmentations/${runId}/accounts?segment=&limit=500`)
      ).json();
      expect(page.total).toBeLessThanOrEqual(500);
      const ids = new Set(page.accounts.map((a: { externalId: string }) => a.externalId));
      return sum(
        rows
          .filter((r) => ids.has(r["Customer ID"]) && isoOf(r["Order Date"]!).startsWith("2022-"))
          .map((r) => new Decimal(r.Sales!).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed()),
      );
    }
  });
});
