import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { AttainDatabase } from "@attain/db";
import {
  addMonths,
  fiscalQuarterRange,
  learnSeasonality,
  parseFiscalQuarter,
  spreadByWeights,
} from "@attain/engine";
import { Decimal } from "decimal.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../import/run-import";
import { countRows, createWorkspace, sharedDataDir } from "../../import/test-support";
import type { ImportEntity, ImportOptions } from "../../import/types";
import { hashPassword } from "../../auth/password";
import { openTestDatabase } from "../../test-support/open-test-database";
import { createTestClient } from "../../test-support/test-client";

const folder = join(sharedDataDir, "adventureworks");
const hasAdventureWorks = existsSync(join(folder, "SalesPersonQuotaHistory.csv"));
if (!hasAdventureWorks) console.warn(`Skipping the AdventureWorks quota test: ${folder} is absent.`);

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const importFile = (workspaceId: string, entity: ImportEntity, file: string, options: ImportOptions) =>
  runImport(database, { workspaceId, entity, source: join(folder, file), fileName: file, options });

/** The data rows of a CSV without quoted fields (true of both files: `grep -c '"'` finds none). */
const rowsOf = (file: string) =>
  readFileSync(join(folder, file), "utf8")
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line !== "")
    .map((line) => line.split(","));

/**
 * AdventureWorks' fiscal year runs July–June and is named after the year it ends (FY2012 = 2011-07 … 2012-06). Each
 * QuotaDate is a quarter's quota; its period key is the fiscal quarter containing the date (stated here by hand):
 */
const quarterOfQuotaDate: Record<string, string> = {
  "2011-05-31": "2011-Q4",
  "2011-08-31": "2012-Q1",
  "2011-12-01": "2012-Q2",
  "2012-02-29": "2012-Q3",
  "2012-05-30": "2012-Q4",
  "2012-08-30": "2013-Q1",
  "2012-11-30": "2013-Q2",
  "2013-02-28": "2013-Q3",
  "2013-05-30": "2013-Q4",
  "2013-08-30": "2014-Q1",
  "2013-11-30": "2014-Q2",
  "2014-03-01": "2014-Q3",
};

/** Loads the sales staff as people and their quota history as comp_quotas, through `runImport` like `attain import`. */
export async function loadAdventureWorksQuotas(db: AttainDatabase) {
  const workspaceId = await createWorkspace(db, "USD");
  await db.sql.query(
    "update workspaces set fiscal_year_start_month = 7, fiscal_year_naming = 'end' where id = $1",
    [workspaceId],
  );
  // Employee_sales_staff.csv has no names (Person.csv was not copied): the login is the name.
  const people = await importFile(workspaceId, "people", "Employee_sales_staff.csv", {
    columns: { external_id: "BusinessEntityID", full_name: "LoginID" },
  });
  const quotas = await importFile(workspaceId, "quotas", "SalesPersonQuotaHistory.csv", {
    columns: { person: "BusinessEntityID", period: "QuotaDate", amount: "SalesQuota" },
    periodGrain: "quarter",
    currency: "USD",
  });
  return { workspaceId, people, quotas };
}

describe.skipIf(!hasAdventureWorks)("AdventureWorks quota history", () => {
  it("the CEO and 18 sales staff become 19 people and the 163 quarterly quotas (2011-05-31 … 2014-03-01) their comp_quotas; per-rep totals equal the file's; a re-import changes nothing", async () => {
    const staff = rowsOf("Employee_sales_staff.csv");
    const history = rowsOf("SalesPersonQuotaHistory.csv");
    expect([staff.length, history.length]).toEqual([19, 163]);

    const { workspaceId, people, quotas } = await loadAdventureWorksQuotas(database);
    expect(people).toMatchObject({ status: "committed", rowsRead: 19, inserted: 19, errorCount: 0 });
    expect(people.warnings).toEqual(['Unknown column(s) ignored: "OrganizationLevel", "CurrentFlag".']);
    expect(quotas).toMatchObject({ status: "committed", rowsRead: 163, inserted: 163, errorCount: 0 });
    expect(await countRows(database, "people", workspaceId)).toBe(19);
    expect(await countRows(database, "comp_quotas", workspaceId)).toBe(163);
    expect(
      await countRows(database, "comp_quotas", workspaceId, "currency = 'USD' and measure = 'bookings'"),
    ).toBe(163);

    const [tsvi] = await database.sql.query<Record<string, string>>(
      "select full_name, title, hire_date from people where workspace_id = $1 and external_id = '279'",
      [workspaceId],
    );
    expect(tsvi).toEqual({
      full_name: "adventure-works\\tsvi0",
      title: "Sales Representative",
      hire_date: "2011-05-31",
    });

    // Expected per rep, computed from the file: number of quarters, total, first and last period key.
    const expected = new Map<string, { quarters: number; total: Decimal; periods: string[] }>();
    for (const [, person = "", date = "", amount = "0"] of history) {
      const entry = expected.get(person) ?? { quarters: 0, total: new Decimal(0), periods: [] };
      entry.quarters++;
      entry.total = entry.total.plus(amount);
      entry.periods.push(quarterOfQuotaDate[date.slice(0, 10)] ?? `unmapped ${date}`);
      expected.set(person, entry);
    }
    const stored = await database.sql.query<{
      person: string;
      quarters: string;
      total: string;
      periods: string[];
    }>(
      `select p.external_id as person, count(*)::text as quarters, sum(q.amount)::text as total,
              array_agg(q.period_key order by q.period_key) as periods
       from comp_quotas q join people p on p.id = q.person_id
       where q.workspace_id = $1 group by p.external_id order by p.external_id`,
      [workspaceId],
    );
    expect(stored).toEqual(
      [...expected]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([person, e]) => ({
          person,
          quarters: String(e.quarters),
          total: e.total.toString(),
          periods: [...e.periods].sort(),
        })),
    );
    // 17 salespeople have quotas (the CEO does not); 10 since the first quarter, Amy Alberts (287) from 2012-Q4.
    expect(stored).toHaveLength(17);
    expect(stored.filter((s) => s.periods[0] === "2011-Q4")).toHaveLength(10);
    // Stephen (274): 28,000 + 7,000 + 91,000 + 140,000 + 70,000 + 154,000 + 107,000 + 58,000 + 263,000 + 116,000
    // + 84,000 + 187,000 = 1,305,000 over 2011-Q4 … 2014-Q3.
    const [stephen] = stored;
    expect(stephen).toMatchObject({ person: "274", quarters: "12", total: "1305000" });
    expect([stephen?.periods[0], stephen?.periods.at(-1)]).toEqual(["2011-Q4", "2014-Q3"]);

    const again = await importFile(workspaceId, "quotas", "SalesPersonQuotaHistory.csv", {
      columns: { person: "BusinessEntityID", period: "QuotaDate", amount: "SalesQuota" },
      periodGrain: "quarter",
      currency: "USD",
    });
    expect(again).toMatchObject({ status: "committed", inserted: 0, updated: 0, unchanged: 163 });
  });

  it("without the period grain a QuotaDate is not a period: every row is named, nothing is written", async () => {
    const workspaceId = await createWorkspace(database, "USD");
    await importFile(workspaceId, "people", "Employee_sales_staff.csv", {
      columns: { external_id: "BusinessEntityID", full_name: "LoginID" },
    });
    const report = await importFile(workspaceId, "quotas", "SalesPersonQuotaHistory.csv", {
      columns: { person: "BusinessEntityID", period: "QuotaDate", amount: "SalesQuota" },
    });
    expect(report).toMatchObject({ status: "rejected", errorCount: 163 });
    expect(report.errors[0]).toEqual({
      row: 2,
      column: "QuotaDate",
      message: '"2011-05-31 00:00:00" is not a period (2026, 2026-Q1 or 2026-03)',
    });
    expect(await countRows(database, "comp_quotas", workspaceId)).toBe(0);
  });

  it("the history feeds planning: the company's quarterly quotas, spread evenly over each quarter's months, give learnSeasonality FY2012 and FY2013 (FY2011 and FY2014 are incomplete)", async () => {
    const { workspaceId } = await loadAdventureWorksQuotas(database);
    const quarters = await database.sql.query<{ period_key: string; total: string }>(
      `select period_key, sum(amount)::text as total from comp_quotas where workspace_id = $1
       group by period_key order by period_key`,
      [workspaceId],
    );
    expect(quarters.map((q) => q.period_key)).toEqual(Object.values(quarterOfQuotaDate));
    const calendar = { startMonth: 7, naming: "end" as const };
    const history = quarters.flatMap(({ period_key, total }) => {
      const { fiscalYear, quarter } = parseFiscalQuarter(period_key);
      const { start } = fiscalQuarterRange(fiscalYear, quarter, calendar);
      const thirds = spreadByWeights(total, ["0.333333", "0.333333", "0.333334"], "0.01");
      return thirds.map((amount, i) => ({ month: addMonths(start, i).slice(0, 7), amount }));
    });
    const seasonality = learnSeasonality({ history, calendar });
    expect(seasonality.years).toEqual([2012, 2013]);
    expect(seasonality.weights.reduce((sum, w) => sum.plus(w), new Decimal(0)).toString()).toBe("1");
    // Each fiscal quarter's three weights ≈ the mean of its share of FY2012's and FY2013's quotas (to rounding).
    const totalOf = (key: string) => new Decimal(quarters.find((q) => q.period_key === key)?.total ?? "0");
    const yearTotal = (fy: number) =>
      [1, 2, 3, 4].reduce((sum, q) => sum.plus(totalOf(`${fy}-Q${q}`)), new Decimal(0));
    for (const q of [1, 2, 3, 4]) {
      const share = totalOf(`2012-Q${q}`)
        .div(yearTotal(2012))
        .plus(totalOf(`2013-Q${q}`).div(yearTotal(2013)))
        .div(2);
      const learnt = seasonality.weights
        .slice(3 * (q - 1), 3 * q)
        .reduce((sum, w) => sum.plus(w), new Decimal(0));
      expect(learnt.minus(share).abs().lessThan("0.00001")).toBe(true);
    }
  });

  it("the same through POST /api/imports/quotas: columns as JSON and periodGrain=quarter in the query", async () => {
    const workspaceId = await createWorkspace(database, "USD");
    await database.sql.query("update workspaces set fiscal_year_start_month = 7 where id = $1", [
      workspaceId,
    ]);
    await importFile(workspaceId, "people", "Employee_sales_staff.csv", {
      columns: { external_id: "BusinessEntityID", full_name: "LoginID" },
    });
    const email = `aw-admin-${workspaceId.slice(0, 8)}@aw.test`;
    await database.sql.query(
      "insert into users (workspace_id, email, display_name, role, password_hash) values ($1, $2, 'AW admin', 'admin', $3)",
      [workspaceId, email, await hashPassword("correct horse battery")],
    );
    const client = createTestClient(database);
    await client.signIn(email, "correct horse battery");
    const columns = encodeURIComponent(
      JSON.stringify({ person: "BusinessEntityID", period: "QuotaDate", amount: "SalesQuota" }),
    );
    const response = await client.request(
      "POST",
      `/api/imports/quotas?fileName=SalesPersonQuotaHistory.csv&periodGrain=quarter&columns=${columns}`,
      {
        body: readFileSync(join(folder, "SalesPersonQuotaHistory.csv"), "utf8"),
        headers: { "content-type": "text/csv" },
      },
    );
    const report = await response.json();
    expect(response.status, JSON.stringify(report)).toBe(200);
    expect(report).toMatchObject({ status: "committed", inserted: 163 });
    const bad = await client.request("POST", "/api/imports/quotas?columns=not-json", {
      body: "rep,period,amount\n",
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].path).toBe("query.columns");
  });
});
