import type { AttainDatabase } from "@attain/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase } from "../test-support/open-test-database";
import { runImport } from "./run-import";
import { createWorkspace, writeTempFile } from "./test-support";

let database: AttainDatabase;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  await database?.close();
});

const importLines = (ws: string, content: string) =>
  runImport(database, {
    workspaceId: ws,
    entity: "order-lines",
    source: writeTempFile("o.csv", content),
    fileName: "o.csv",
  });

const header = "line id,kind,original line id,order date,amount\n";

async function lines(ws: string) {
  return database.sql.query<{ external_id: string; amount: string; original: string | null }>(
    `select l.external_id, l.amount::text as amount, o.external_id as original
     from order_lines l left join order_lines o on o.id = l.original_line_id
     where l.workspace_id = $1 order by l.external_id`,
    [ws],
  );
}

describe("order-lines import: first load and upsert count the same way", () => {
  it("first load inserts 2 bookings + 1 return = 3; re-import of L1 unchanged, L2 100→120, new L3 + R2 → 2 inserted, 1 updated, 2 unchanged", async () => {
    const ws = await createWorkspace(database);
    const first = await importLines(
      ws,
      `${header}L1,booking,,2026-01-05,100\nL2,booking,,2026-01-06,100\nR1,return,L1,2026-02-01,-40\n`,
    );
    expect(first).toMatchObject({ status: "committed", inserted: 3, updated: 0, unchanged: 0 });

    const second = await importLines(
      ws,
      `${header}L1,booking,,2026-01-05,100\nL2,booking,,2026-01-06,120\nR1,return,L1,2026-02-01,-40\nL3,booking,,2026-03-01,7\nR2,cancellation,L2,2026-03-02,-120\n`,
    );
    expect(second).toMatchObject({ status: "committed", inserted: 2, updated: 1, unchanged: 2 });
    expect(await lines(ws)).toEqual([
      { external_id: "L1", amount: "100", original: null },
      { external_id: "L2", amount: "120", original: null },
      { external_id: "L3", amount: "7", original: null },
      { external_id: "R1", amount: "-40", original: "L1" },
      { external_id: "R2", amount: "-120", original: "L2" },
    ]);
  });

  it("another workspace's lines do not make a first load an upsert: both insert 1 line L1", async () => {
    const a = await createWorkspace(database);
    const b = await createWorkspace(database);
    const file = `${header}L1,booking,,2026-01-05,100\n`;
    expect(await importLines(a, file)).toMatchObject({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await importLines(b, file)).toMatchObject({ inserted: 1, updated: 0, unchanged: 0 });
    expect(await importLines(b, file)).toMatchObject({ inserted: 0, updated: 0, unchanged: 1 });
  });
});
