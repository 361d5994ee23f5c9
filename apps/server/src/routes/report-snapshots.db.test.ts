import { orderLines } from "@attain/db";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { extractPdfText } from "../dashboards/test-support/extract-pdf-text";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

const setup = useRevenueFixture({ today: "2026-03-15" });

const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

describe("report snapshots", () => {
  it("stores the dashboard's data as it is now; its files are the same bytes every time, even after the data changes", async () => {
    const ana = await setup.signedIn("ana");
    const created = await ana.post("/api/report-snapshots", {
      dashboardId: "preset:rep",
      filters: { period: "2026-Q1" },
    });
    expect(created.status).toBe(201);
    const snapshot = await created.json();
    expect(snapshot).toMatchObject({
      dashboardId: "preset:rep",
      preset: "rep",
      name: "My performance 2026-01 – 2026-03",
      filters: { period: "2026-Q1" },
      takenBy: { name: "ana" },
    });
    expect(snapshot.takenAt).toMatch(/^2026-03-15T12:/);
    const live = await (await ana.get("/api/dashboards/preset:rep/data?period=2026-Q1")).json();
    expect(snapshot.data.widgets).toEqual(live.widgets);
    expect(snapshot.data.widgets[0].values[0]).toMatchObject({ key: "bookings", value: "2877.50" });

    const pdf = await bytes(await ana.get(`/api/report-snapshots/${snapshot.id}/export.pdf`));
    const xlsx = await bytes(await ana.get(`/api/report-snapshots/${snapshot.id}/export.xlsx`));

    // A new booking of Ana's in February moves the live figure, not the snapshot.
    await setup.database.db.insert(orderLines).values({
      workspaceId: setup.fixture.workspaceId,
      externalId: `snap-${snapshot.id}`,
      orderNumber: "SO-snap",
      ownerId: setup.fixture.people.ana,
      bookingDate: "2026-02-20",
      amount: "100.00",
      currency: "EUR",
    });
    const after = await (await ana.get("/api/dashboards/preset:rep/data?period=2026-Q1")).json();
    expect(after.widgets[0].values[0].value).toBe("2977.50");

    const later = await setup.signedIn("ana");
    const again = await (await later.get(`/api/report-snapshots/${snapshot.id}`)).json();
    expect(again.data).toEqual(snapshot.data);
    const pdfAgain = await later.get(`/api/report-snapshots/${snapshot.id}/export.pdf`);
    expect(pdfAgain.headers.get("content-disposition")).toBe(
      'attachment; filename="my-performance-2026-01-2026-03-2026-03-15.pdf"',
    );
    expect((await bytes(pdfAgain)).equals(pdf)).toBe(true);
    expect(
      (await bytes(await later.get(`/api/report-snapshots/${snapshot.id}/export.xlsx`))).equals(xlsx),
    ).toBe(true);

    const text = extractPdfText(pdf).join("\n");
    expect(text).toContain("My performance 2026-01 – 2026-03");
    expect(text).toContain("€2,877.50");
    expect(text).toContain(`Snapshot taken: ${snapshot.takenAt.slice(0, 16).replace("T", " ")} UTC`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.getWorksheet("Summary")!.getCell("C9").value).toBe(2877.5);
    // The workbook's date is takenAt to the second (the file format keeps no milliseconds).
    expect(workbook.created?.toISOString()).toBe(`${snapshot.takenAt.slice(0, 19)}.000Z`);
  });

  it("a snapshot is seen by its taker and admins only; lists filter by dashboard", async () => {
    const mia = await setup.signedIn("mia");
    const own = await (await mia.post("/api/dashboards", { name: "Team Q1", preset: "manager" })).json();
    const snapshot = await (
      await mia.post("/api/report-snapshots", {
        dashboardId: own.id,
        name: "Team at quarter end",
        filters: { period: "2026-Q1" },
      })
    ).json();
    expect(snapshot).toMatchObject({ dashboardId: own.id, preset: "manager", name: "Team at quarter end" });
    const presetSnapshot = await (
      await mia.post("/api/report-snapshots", { dashboardId: "preset:executive" })
    ).json();

    const listed = await (await mia.get(`/api/report-snapshots?dashboardId=${own.id}`)).json();
    expect(listed.snapshots.map((s: { id: string }) => s.id)).toEqual([snapshot.id]);
    expect(listed.snapshots[0].data).toBeUndefined();
    const byPreset = await (await mia.get("/api/report-snapshots?dashboardId=preset:executive")).json();
    expect(byPreset.snapshots.map((s: { id: string }) => s.id)).toEqual([presetSnapshot.id]);

    const zoe = await setup.signedIn("zoe");
    expect((await zoe.get(`/api/report-snapshots/${snapshot.id}`)).status).toBe(404);
    expect((await zoe.get(`/api/report-snapshots/${snapshot.id}/export.pdf`)).status).toBe(404);
    const zoeList = await (await zoe.get("/api/report-snapshots")).json();
    expect(zoeList.snapshots.map((s: { id: string }) => s.id)).not.toContain(snapshot.id);

    const admin = await setup.signedIn("admin");
    expect((await admin.get(`/api/report-snapshots/${snapshot.id}`)).status).toBe(200);
    const adminList = await (await admin.get("/api/report-snapshots")).json();
    expect(adminList.snapshots.map((s: { id: string }) => s.id)).toEqual(
      expect.arrayContaining([snapshot.id, presetSnapshot.id]),
    );
  });

  it("no snapshot of a dashboard the caller cannot open; 400 for a bad id", async () => {
    const mia = await setup.signedIn("mia");
    const own = await (await mia.post("/api/dashboards", { name: "Private", preset: "manager" })).json();
    const zoe = await setup.signedIn("zoe");
    expect((await zoe.post("/api/report-snapshots", { dashboardId: own.id })).status).toBe(404);
    expect((await zoe.get("/api/report-snapshots/not-a-uuid")).status).toBe(400);
  });

  it("French export of a snapshot: French labels, still the same bytes twice", async () => {
    const admin = await setup.signedIn("admin");
    const snapshot = await (
      await admin.post("/api/report-snapshots", {
        dashboardId: "preset:finance",
        filters: { period: "2026-Q1" },
      })
    ).json();
    const one = await bytes(await admin.get(`/api/report-snapshots/${snapshot.id}/export.xlsx?locale=fr`));
    const two = await bytes(await admin.get(`/api/report-snapshots/${snapshot.id}/export.xlsx?locale=fr`));
    expect(two.equals(one)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(one as unknown as ArrayBuffer);
    expect(workbook.worksheets[0]!.name).toBe("Synthèse");
  });
});
