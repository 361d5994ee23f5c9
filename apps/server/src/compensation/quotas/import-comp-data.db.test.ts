import type { AttainDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runImport } from "../../import/run-import";
import { createWorkspace, writeTempFile } from "../../import/test-support";
import type { ImportEntity } from "../../import/types";
import { openTestDatabase } from "../../test-support/open-test-database";

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database?.close());

const load = (workspaceId: string, entity: ImportEntity, content: string) =>
  runImport(database, {
    workspaceId,
    entity,
    source: writeTempFile(`${entity}.csv`, content),
    fileName: `${entity}.csv`,
  });

async function workspaceWithPeople() {
  const ws = await createWorkspace(database);
  expect(
    await load(ws, "people", "id,full name,job role\nana,Ana Seller,ae\nben,Ben Seller,ae\n"),
  ).toMatchObject({
    status: "committed",
  });
  expect(
    await load(ws, "opportunities", "id,name,stage,amount\nopp-1,Big deal,Closed Won,1000\n"),
  ).toMatchObject({
    status: "committed",
  });
  return ws;
}

describe("importing compensation data", () => {
  it("quotas: 2 rows upserted by person, measure and period; a re-import with a new amount updates 1", async () => {
    const ws = await workspaceWithPeople();
    const first = await load(ws, "quotas", "rep,period,quota\nana,2026-q1,60000.00\nben,2026-Q1,45000\n");
    expect(first).toMatchObject({ status: "committed", inserted: 2, updated: 0 });
    const second = await load(ws, "quotas", "rep,period,quota\nana,2026-Q1,61000.00\nben,2026-Q1,45000\n");
    expect(second).toMatchObject({ status: "committed", inserted: 0, updated: 1, unchanged: 1 });
    const rows = await database.sql.query(
      `select p.external_id, q.measure, q.period_key, q.amount::text as amount from comp_quotas q
       join people p on p.id = q.person_id where q.workspace_id = $1 order by 1`,
      [ws],
    );
    expect(rows).toEqual([
      { external_id: "ana", measure: "bookings", period_key: "2026-Q1", amount: "61000.00" },
      { external_id: "ben", measure: "bookings", period_key: "2026-Q1", amount: "45000" },
    ]);
    const bad = await load(ws, "quotas", "rep,period,quota\nana,Q1 2026,1\n");
    expect(bad.errors).toEqual([
      { row: 2, column: "period", message: '"Q1 2026" is not a period (2026, 2026-Q1 or 2026-03)' },
    ]);
  });

  it("credit splits: 0.6 + 0.4 on opp-1 plus an overlay; shares that do not add up to 1 are refused", async () => {
    const ws = await workspaceWithPeople();
    const ok = await load(
      ws,
      "credit-splits",
      "deal,rep,share,type\nopp-1,ana,0.6,split\nopp-1,ben,0.4,split\nopp-1,ben,0.1,overlay\n",
    );
    expect(ok).toMatchObject({ status: "committed", inserted: 3 });
    const bad = await load(ws, "credit-splits", "deal,rep,share\nopp-1,ana,0.5\nopp-1,ben,0.4\n");
    expect(bad.status).toBe("rejected");
    expect(bad.errors[0]).toEqual({
      row: 2,
      column: "share",
      message: 'the split shares of deal "opp-1" do not add up to 1',
    });
  });

  it("order lines: cost, paid amount and date, arr and extra measures are stored as given", async () => {
    const ws = await createWorkspace(database);
    const report = await load(
      ws,
      "order-lines",
      'line id,order date,amount,cost,paid amount,paid on,arr,measures\nL1,2026-01-05,1000.00,400.00,1000.00,2026-02-01,12000.00,"{""tcv"": ""36000.00""}"\nL2,2026-01-06,50,,,,,\n',
    );
    expect(report).toMatchObject({ status: "committed", inserted: 2 });
    const rows = await database.sql.query(
      `select external_id, cost::text as cost, paid_amount::text as paid, paid_on, measures from order_lines
       where workspace_id = $1 order by external_id`,
      [ws],
    );
    expect(rows).toEqual([
      {
        external_id: "L1",
        cost: "400.00",
        paid: "1000.00",
        paid_on: "2026-02-01",
        measures: { tcv: "36000.00", arr: "12000.00" },
      },
      { external_id: "L2", cost: null, paid: null, paid_on: null, measures: null },
    ]);
    const bad = await load(
      ws,
      "order-lines",
      'line id,order date,amount,measures\nL3,2026-01-05,1,"{""tcv"": 0.1}"\n',
    );
    expect(bad.errors[0]).toMatchObject({ row: 2, column: "measures" });
  });
});
