import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { useCompFixture } from "../compensation/workflow/use-comp-fixture";
import { insertTestScenario } from "../planning/analysis/insert-test-scenario";
import { TEST_ORIGIN, type TestResponse } from "../test-support/test-client";

const env = useCompFixture({ today: "2026-11-15" });
type Client = Awaited<ReturnType<typeof env.signedIn>>;

async function download(client: Client, scenarioId: string, query = "") {
  const response = await client.get(`/api/planning/scenarios/${scenarioId}/quota-sheet.xlsx${query}`);
  return { response, body: Buffer.from(await response.arrayBuffer()) };
}

async function upload(client: Client, scenarioId: string, file: Buffer): Promise<TestResponse> {
  const form = new FormData();
  form.append("file", new Blob([new Uint8Array(file)]), "quotas.xlsx");
  return client.app.request(`${TEST_ORIGIN}/api/planning/scenarios/${scenarioId}/quota-sheet/preview`, {
    method: "POST",
    headers: { origin: TEST_ORIGIN, cookie: client.cookie ?? "" },
    body: form,
  });
}

async function edit(file: Buffer, change: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(file as unknown as ArrayBuffer);
  change(book.getWorksheet("Quotas")!);
  return Buffer.from(await book.xlsx.writeBuffer());
}

describe("the quota sheet over HTTP", () => {
  it("export → edit Ana's March with exceljs → preview shows exactly that change; nothing is written", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const admin = await env.signedIn("admin");
    const { response, body } = await download(admin, scenarioId);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="quotas-FY2027_test-r1.xlsx"',
    );
    const anaNode = `person:${env.fixture.people.ana}`;
    const edited = await edit(body, (sheet) => {
      expect([sheet.getCell("A4").value, sheet.getCell("C4").value, sheet.getCell("G4").value]).toEqual([
        anaNode,
        "Ana Seller",
        10000,
      ]);
      sheet.getCell("G4").value = 12500;
    });
    const preview = await upload(admin, scenarioId, edited);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toEqual({
      baseRevision: 1,
      currentRevision: 1,
      changes: [{ nodeId: anaNode, month: "2027-03", amount: "12500.00" }],
      diff: [
        { nodeId: anaNode, name: "Ana Seller", month: "2027-03", before: "10000.00", after: "12500.00" },
      ],
      errors: [],
    });
    const grid = await (await admin.get(`/api/planning/scenarios/${scenarioId}/grid`)).json();
    expect(grid.rows.find((r: { nodeId: string }) => r.nodeId === anaNode).months[2]).toBe("10000.00");

    // Applying = PATCH grid with the preview's baseRevision and changes; the same file is then stale.
    const { baseRevision, changes } = await (await upload(admin, scenarioId, edited)).json();
    const applied = await admin.request("PATCH", `/api/planning/scenarios/${scenarioId}/grid`, {
      json: { baseRevision, changes },
    });
    const after = await applied.json();
    expect(applied.status, JSON.stringify(after)).toBe(200);
    expect(after.revision).toBe(2);
    expect(after.rows.find((r: { nodeId: string }) => r.nodeId === anaNode).months[2]).toBe("12500.00");
    const again = await (await upload(admin, scenarioId, edited)).json();
    expect(again).toMatchObject({ baseRevision: 1, currentRevision: 2, changes: [] });
    expect(again.errors.map((e: { field: string }) => e.field)).toEqual(["revision"]);
  });

  it("bad cells, an unknown node id, another scenario's sheet: errors name the sheet, row and column", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const other = await insertTestScenario(env.db, env.fixture, { name: "Other" });
    const admin = await env.signedIn("admin");
    const { body } = await download(admin, scenarioId);
    const bad = await edit(body, (sheet) => {
      sheet.getCell("E4").value = "ten thousand";
      sheet.getCell("F6").value = -1;
      sheet.getCell("A7").value = "person:00000000-0000-4000-8000-000000000000";
    });
    const preview = await (await upload(admin, scenarioId, bad)).json();
    expect(preview.changes).toEqual([]);
    expect(preview.errors).toEqual([
      {
        sheet: "Quotas",
        row: 4,
        field: "2027-01",
        message: 'column E (2027-01): "ten thousand" is not an amount.',
      },
      {
        sheet: "Quotas",
        row: 6,
        field: "2027-02",
        message: "column F (2027-02): -1 is negative; a quota is 0 or more.",
      },
      {
        sheet: "Quotas",
        row: 7,
        field: "Node id",
        message:
          '"person:00000000-0000-4000-8000-000000000000" is not a node of this scenario that you can see.',
      },
    ]);
    const wrong = await (await upload(admin, other.scenarioId, body)).json();
    expect(wrong.errors).toEqual([
      {
        sheet: "attain",
        row: 1,
        field: "scenarioId",
        message: `This sheet belongs to scenario ${scenarioId}, not ${other.scenarioId}.`,
      },
    ]);
  });

  it("a sheet exported at revision 1 after the scenario moved to revision 2 is reported stale", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const admin = await env.signedIn("admin");
    const { body } = await download(admin, scenarioId);
    await env.db.execute(
      (await import("drizzle-orm")).sql`update planning_scenarios set revision = 2 where id = ${scenarioId}`,
    );
    const preview = await (await upload(admin, scenarioId, body)).json();
    expect(preview).toMatchObject({ baseRevision: 1, currentRevision: 2, changes: [] });
    expect(preview.errors).toEqual([
      {
        sheet: "attain",
        row: 2,
        field: "revision",
        message:
          "The sheet was exported at revision 1; the scenario is now at revision 2. Someone changed it since: export it again and redo your edits, or they would be overwritten.",
      },
    ]);
  });

  it("Mia gets her team only, with Ana's months unlocked; Ben's row is not hers to edit; reps and marketing 403", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const mia = await env.signedIn("mia");
    const { response, body } = await download(mia, scenarioId);
    expect(response.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(body as unknown as ArrayBuffer);
    const sheet = book.getWorksheet("Quotas")!;
    const ids = [] as unknown[];
    sheet.eachRow((row, n) => n > 1 && ids.push(row.getCell(1).value));
    expect(ids).toEqual(["team:mia", `person:${env.fixture.people.ana}`]);
    expect(sheet.getCell("E3").protection?.locked).toBe(false);
    // Mia adds Ben's row by hand: she may not change his quota.
    const withBen = await edit(body, (s) => {
      s.addRow([
        `person:${env.fixture.people.ben}`,
        "person",
        "Ben Seller",
        "team:zoe",
        ...Array(12).fill(6000),
      ]);
    });
    const preview = await (await upload(mia, scenarioId, withBen)).json();
    expect(preview.changes).toEqual([]);
    expect(preview.errors[0]).toMatchObject({ row: 4, field: "Node id" });
    for (const who of ["ana", "marketing"] as const) {
      const client = await env.signedIn(who);
      expect((await download(client, scenarioId)).response.status).toBe(403);
      expect((await upload(client, scenarioId, body)).status).toBe(403);
    }
  });

  it("a text file is reported as not a workbook; an unknown scenario is 404; a bad id 400", async () => {
    const { scenarioId } = await insertTestScenario(env.db, env.fixture);
    const admin = await env.signedIn("admin");
    const text = await (await upload(admin, scenarioId, Buffer.from("Node id,2027-01\n"))).json();
    expect(text.errors).toEqual([
      { sheet: "", row: 0, field: "file", message: "The file is not an XLSX workbook." },
    ]);
    expect((await download(admin, "00000000-0000-4000-8000-000000000000")).response.status).toBe(404);
    expect((await download(admin, "nope")).response.status).toBe(400);
  });
});
