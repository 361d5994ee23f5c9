import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { dashboardPresetDefinitions } from "../dashboards/presets";
import { extractPdfText } from "../dashboards/test-support/extract-pdf-text";
import { viewerOf } from "../dashboards/test-support/viewer-of";
import { getKpiValues } from "../kpis";
import { useRevenueFixture } from "../test-support/use-revenue-fixture";

const setup = useRevenueFixture({ today: "2026-03-15" });

const tile = (id: string, kpi: string, x: number, y: number) => ({
  id,
  type: "tile",
  kpis: [kpi],
  x,
  y,
  w: 3,
  h: 2,
});

describe("dashboards: presets and CRUD", () => {
  it("lists the five presets, the caller's role's first, and no dashboards yet", async () => {
    const mia = await setup.signedIn("mia");
    const response = await mia.get("/api/dashboards");
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body.presets.map((p: { id: string }) => p.id)).toEqual([
      "preset:manager",
      "preset:executive",
      "preset:rep",
      "preset:marketing",
      "preset:finance",
    ]);
    expect(body.presets[0]).toMatchObject({
      name: "Sales manager",
      preset: "manager",
      editable: false,
      ownerUserId: null,
    });
    expect(body.dashboards).toEqual([]);
    const finance = await setup.signedIn("finance");
    expect((await (await finance.get("/api/dashboards")).json()).presets[0].id).toBe("preset:finance");
  });

  it("gets a preset by id; unknown presets and ids are 404", async () => {
    const ana = await setup.signedIn("ana");
    const response = await ana.get("/api/dashboards/preset:rep");
    expect(response.status).toBe(200);
    expect((await response.json()).widgets).toEqual(dashboardPresetDefinitions.rep.widgets);
    for (const id of ["preset:nope", "not-a-uuid", "00000000-0000-4000-8000-000000000000"]) {
      expect((await ana.get(`/api/dashboards/${id}`)).status).toBe(404);
    }
  });

  it("a rep copies a preset, sees it in the list; another rep gets 404 on it for read, change and delete", async () => {
    const ana = await setup.signedIn("ana");
    const created = await ana.post("/api/dashboards", { name: "My Q1", preset: "rep" });
    expect(created.status).toBe(201);
    const dashboard = await created.json();
    expect(dashboard).toMatchObject({
      name: "My Q1",
      preset: "rep",
      widgets: dashboardPresetDefinitions.rep.widgets,
      filters: {},
      editable: true,
    });
    expect(dashboard.ownerUserId).toEqual(expect.any(String));
    const list = await (await ana.get("/api/dashboards")).json();
    expect(list.dashboards.map((d: { id: string }) => d.id)).toEqual([dashboard.id]);

    const ben = await setup.signedIn("ben");
    expect((await ben.get(`/api/dashboards/${dashboard.id}`)).status).toBe(404);
    expect(
      (await ben.request("PUT", `/api/dashboards/${dashboard.id}`, { json: { name: "x" } })).status,
    ).toBe(404);
    expect((await ben.request("DELETE", `/api/dashboards/${dashboard.id}`)).status).toBe(404);
    expect((await ben.get(`/api/dashboards/${dashboard.id}/data?period=2026-Q1`)).status).toBe(404);
    expect((await (await ben.get("/api/dashboards")).json()).dashboards).toEqual([]);
  });

  it("adds, moves and removes widgets with PUT; the saved layout is read back", async () => {
    const ana = await setup.signedIn("ana");
    const { id } = await (await ana.post("/api/dashboards", { name: "Blank" })).json();
    expect((await (await ana.get(`/api/dashboards/${id}`)).json()).widgets).toEqual([]);
    const widgets = [
      tile("a", "bookings", 0, 0),
      tile("b", "win_rate", 3, 0),
      { id: "c", type: "leaderboard", kpis: ["quota_attainment"], by: "person", x: 0, y: 2, w: 12, h: 4 },
    ];
    const put = await ana.request("PUT", `/api/dashboards/${id}`, {
      json: { name: "Renamed", widgets, filters: { period: "2026-Q1" } },
    });
    expect(put.status).toBe(200);
    const moved = [{ ...widgets[1], x: 9 }, widgets[2]];
    await ana.request("PUT", `/api/dashboards/${id}`, { json: { widgets: moved } });
    const read = await (await ana.get(`/api/dashboards/${id}`)).json();
    expect(read).toMatchObject({ name: "Renamed", widgets: moved, filters: { period: "2026-Q1" } });
  });

  it("422 names each broken widget rule; 400 for a widget of the wrong shape", async () => {
    const ana = await setup.signedIn("ana");
    const { id } = await (await ana.post("/api/dashboards", { name: "Checks" })).json();
    const response = await ana.request("PUT", `/api/dashboards/${id}`, {
      json: {
        widgets: [
          tile("a", "no_such_kpi", 0, 0),
          { ...tile("b", "bookings", 2, 1), w: 3 },
          { id: "c", type: "bar", kpis: ["bookings"], x: 8, y: 6, w: 6, h: 2 },
          { id: "d", type: "funnel", kpis: [], x: 0, y: 9, w: 4, h: 7 },
        ],
      },
    });
    expect(response.status).toBe(422);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect((await response.json()).errors).toEqual([
      { path: "widgets.0.kpis.0", message: 'Unknown KPI "no_such_kpi".' },
      { path: "widgets.2.by", message: "A bar widget needs a dimension to split by." },
      { path: "widgets.2.w", message: "The widget ends at column 14, past the grid's 12." },
      { path: "widgets.3.funnel", message: "A funnel widget needs a funnel (sales, marketing or stages)." },
      { path: "widgets.3.h", message: "h must be 1 to 6." },
      { path: "widgets.1", message: 'The widget overlaps widget 0 ("a").' },
    ]);
    const shape = await ana.request("PUT", `/api/dashboards/${id}`, {
      json: { widgets: [{ ...tile("a", "bookings", 0, 0), x: "left" }] },
    });
    expect(shape.status).toBe(400);
    expect((await shape.json()).errors[0].path).toBe("widgets.0.x");
    // Nothing half-written: the dashboard still has no widgets.
    expect((await (await ana.get(`/api/dashboards/${id}`)).json()).widgets).toEqual([]);
  });

  it("presets cannot be changed or deleted; viewers cannot create; only admins share and edit shared ones", async () => {
    const ana = await setup.signedIn("ana");
    expect((await ana.request("PUT", "/api/dashboards/preset:rep", { json: { name: "x" } })).status).toBe(
      403,
    );
    expect((await ana.request("DELETE", "/api/dashboards/preset:rep")).status).toBe(403);
    const viewer = await setup.signedIn("viewer");
    expect((await viewer.post("/api/dashboards", { name: "Mine", preset: "executive" })).status).toBe(403);
    expect((await ana.post("/api/dashboards", { name: "For all", shared: true })).status).toBe(403);

    const admin = await setup.signedIn("admin");
    const shared = await (
      await admin.post("/api/dashboards", { name: "Company", preset: "executive", shared: true })
    ).json();
    expect(shared).toMatchObject({ ownerUserId: null, editable: true });
    const seen = (await (await ana.get("/api/dashboards")).json()).dashboards.find(
      (d: { id: string }) => d.id === shared.id,
    );
    expect(seen).toMatchObject({ name: "Company", editable: false });
    expect(
      (await ana.request("PUT", `/api/dashboards/${shared.id}`, { json: { name: "Mine now" } })).status,
    ).toBe(403);
    expect((await ana.request("DELETE", `/api/dashboards/${shared.id}`)).status).toBe(403);
    expect(
      (await admin.request("PUT", `/api/dashboards/${shared.id}`, { json: { name: "Company 2" } })).status,
    ).toBe(200);
    expect((await admin.request("DELETE", `/api/dashboards/${shared.id}`)).status).toBe(204);
    expect((await admin.get(`/api/dashboards/${shared.id}`)).status).toBe(404);
  });
});

describe("dashboards: OpenAPI", () => {
  it("declares every dashboards and snapshots route", async () => {
    const doc = await (await setup.client().get("/api/openapi.json")).json();
    expect(Object.keys(doc.paths).filter((p) => /dashboards|report-snapshots/.test(p))).toEqual([
      "/api/dashboards",
      "/api/dashboards/{id}",
      "/api/dashboards/{id}/data",
      "/api/dashboards/{id}/export.pdf",
      "/api/dashboards/{id}/export.xlsx",
      "/api/report-snapshots",
      "/api/report-snapshots/{id}",
      "/api/report-snapshots/{id}/export.pdf",
      "/api/report-snapshots/{id}/export.xlsx",
    ]);
  });
});

describe("dashboards: data and exports", () => {
  it("/data holds the same figures as the KPI module for the same filters (admin, executive preset)", async () => {
    const admin = await setup.signedIn("admin");
    const response = await admin.get("/api/dashboards/preset:executive/data?period=2026-Q1");
    expect(response.status).toBe(200);
    const data = await response.json();
    const keys = [
      "bookings",
      "quota_attainment",
      "pipeline_coverage",
      "win_rate",
      "arr",
      "net_revenue_retention",
      "cac",
    ];
    const viewer = await viewerOf(setup.database.db, setup.fixture.workspaceId, setup.fixture.emails.admin);
    const expected = await getKpiValues(setup.database.db, viewer, "2026-03-15", {
      period: "2026-Q1",
      keys,
      trend: true,
      compare: "previous_period",
    });
    const tiles = data.widgets
      .filter((w: { type: string }) => w.type === "tile")
      .flatMap((w: { values: unknown[] }) => w.values);
    expect(tiles).toEqual(expected.values);
    // Net bookings of Q1 for the workspace: 6682.50 against 6500.00 × 3 = 19500.00 (revenue-fixture.ts).
    expect(tiles[0]).toMatchObject({ key: "bookings", value: "6682.50", target: "19500.00" });
    expect(data.context).toMatchObject({ from: "2026-01", to: "2026-03", scope: { kind: "workspace" } });
    const bar = data.widgets.find((w: { id: string }) => w.id === "bookings-by-region");
    expect(bar.breakdown).toMatchObject({ key: "bookings", by: "region" });
    const funnel = data.widgets.find((w: { id: string }) => w.id === "sales-funnel");
    expect(funnel.funnel).toMatchObject({ funnel: "sales" });
    expect(data.definitions.map((d: { key: string }) => d.key)).toEqual(keys);
  });

  it("/data equals the KPI routes for the same filters (a manager's preset: values, leaderboard, table)", async () => {
    const mia = await setup.signedIn("mia");
    const data = await (await mia.get("/api/dashboards/preset:manager/data?period=2026-Q1")).json();
    const valueKeys = [
      ...new Set(
        dashboardPresetDefinitions.manager.widgets
          .filter((w) => w.type !== "leaderboard")
          .flatMap((w) => w.kpis),
      ),
    ];
    const values = await (
      await mia.get(
        `/api/kpis/values?keys=${valueKeys.join(",")}&trend=true&compare=previous_period&period=2026-Q1`,
      )
    ).json();
    const byKey = new Map(values.values.map((v: { key: string }) => [v.key, v]));
    for (const widget of data.widgets.filter((w: { values?: unknown[] }) => w.values)) {
      for (const value of widget.values) expect(value).toEqual(byKey.get(value.key));
    }
    const tiles = data.widgets
      .filter((w: { type: string }) => w.type === "tile")
      .map((w: { values: unknown[] }) => w.values[0]);
    expect(tiles).toHaveLength(8);
    const leaderboard = data.widgets.find((w: { id: string }) => w.id === "attainment-leaderboard").breakdown;
    expect(leaderboard).toEqual(
      await (
        await mia.get("/api/kpis/breakdown?key=quota_attainment&by=person&limit=10&period=2026-Q1")
      ).json(),
    );
    const table = data.widgets.find((w: { id: string }) => w.id === "reps");
    expect(table.breakdowns.map((b: { key: string }) => b.key)).toEqual([
      "bookings",
      "quota_attainment",
      "win_rate",
      "pipeline_coverage",
      "calls_per_rep",
    ]);
    expect(table.breakdowns[1]).toEqual(
      await (await mia.get("/api/kpis/breakdown?key=quota_attainment&by=person&period=2026-Q1")).json(),
    );
    expect(data.context.scope).toMatchObject({ kind: "tree", personId: setup.fixture.people.mia });
  });

  it("a rep's executive preset shows the rep's own figures: Ana 1200.50 + 799.50 + 1170.00 − 292.50 = 2877.50", async () => {
    const ana = await setup.signedIn("ana");
    const data = await (await ana.get("/api/dashboards/preset:executive/data?period=2026-Q1")).json();
    expect(data.context.scope).toMatchObject({ kind: "self", personId: setup.fixture.people.ana });
    // Target 2000.00 × 3 months; attainment 2877.50 / 6000.00 = 0.47958… → 0.4796.
    expect(data.widgets[0].values[0]).toMatchObject({
      key: "bookings",
      value: "2877.50",
      target: "6000.00",
      attainment: "0.4796",
    });
    const outside = await ana.get(
      `/api/dashboards/preset:executive/data?personId=${setup.fixture.people.carl}`,
    );
    expect(outside.status).toBe(403);
  });

  it("a custom KPI can be placed; once archived, /data lists it as missing instead of failing", async () => {
    const admin = await setup.signedIn("admin");
    const custom = await admin.post("/api/kpis/custom", {
      key: "custom.double_bookings",
      name: "Double bookings",
      description: "Twice the net bookings.",
      formula: "net_bookings * 2",
      unit: "currency",
      direction: "up",
      owner: "Finance",
    });
    expect(custom.status).toBe(201);
    const { id } = await (
      await admin.post("/api/dashboards", {
        name: "Custom",
        widgets: [tile("double", "custom.double_bookings", 0, 0), tile("plain", "bookings", 3, 0)],
      })
    ).json();
    const before = await (await admin.get(`/api/dashboards/${id}/data?period=2026-Q1`)).json();
    // 6682.50 × 2 = 13365.00
    expect(before.widgets[0]).toMatchObject({
      missingKpis: [],
      values: [{ key: "custom.double_bookings", value: "13365.00" }],
    });
    expect((await admin.request("DELETE", "/api/kpis/custom/custom.double_bookings")).status).toBeLessThan(
      300,
    );
    const after = await (await admin.get(`/api/dashboards/${id}/data?period=2026-Q1`)).json();
    expect(after.widgets[0]).toEqual({
      id: "double",
      type: "tile",
      values: [],
      missingKpis: ["custom.double_bookings"],
    });
    expect(after.widgets[1].values[0]).toMatchObject({ key: "bookings", value: "6682.50" });
  });

  it("PDF export: a safe attachment name, %PDF, the KPI names and figures", async () => {
    const admin = await setup.signedIn("admin");
    const response = await admin.get("/api/dashboards/preset:executive/export.pdf?period=2026-Q1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="executive-2026-01_2026-03.pdf"',
    );
    const pdf = Buffer.from(await response.arrayBuffer());
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const text = extractPdfText(pdf).join("\n");
    for (const name of [
      "Executive",
      "Bookings vs target",
      "Quota attainment",
      "Win rate",
      "ARR",
      "€6,682.50",
    ]) {
      expect(text).toContain(name);
    }
    const french = extractPdfText(
      Buffer.from(
        await (
          await admin.get("/api/dashboards/preset:executive/export.pdf?period=2026-Q1&locale=fr")
        ).arrayBuffer(),
      ),
    ).join("\n");
    expect(french).toContain("Prises de commandes vs objectif");
    expect(french).toContain("6\u00a0682,50\u00a0€");
  });

  it("a manager's preset exports its leaderboard, table and qualitative widget", async () => {
    const mia = await setup.signedIn("mia");
    const pdf = await mia.get("/api/dashboards/preset:manager/export.pdf?period=2026-Q1");
    expect(pdf.status).toBe(200);
    const text = extractPdfText(Buffer.from(await pdf.arrayBuffer())).join("\n");
    for (const expected of [
      "Sales manager",
      "Quota attainment by person",
      "By person",
      "Manager evaluation",
      "Ana Seller",
    ]) {
      expect(text).toContain(expected);
    }
    const xlsx = await mia.get("/api/dashboards/preset:manager/export.xlsx?period=2026-Q1");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await xlsx.arrayBuffer());
    const table = workbook.getWorksheet("By person")!;
    expect((table.getRow(1).values as ExcelJS.CellValue[]).slice(1)).toEqual([
      "Name",
      "Bookings vs target",
      "Quota attainment",
      "Win rate",
      "Pipeline coverage",
      "Calls per rep",
    ]);
  });

  it("XLSX export: the summary holds the exact figures of /data as number cells", async () => {
    const admin = await setup.signedIn("admin");
    const response = await admin.get("/api/dashboards/preset:executive/export.xlsx?period=2026-Q1");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="executive-2026-01_2026-03.xlsx"',
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const summary = workbook.getWorksheet("Summary")!;
    const row = (key: string) => {
      let found: ExcelJS.Row | undefined;
      summary.eachRow((r) => {
        if (r.getCell(1).value === key) found = r;
      });
      return found!;
    };
    expect(row("bookings").getCell(3).value).toBe(6682.5);
    expect(row("bookings").getCell(4).value).toBe(19500);
    expect(workbook.getWorksheet("Definitions")).toBeDefined();
    // The rows behind the bookings tile add up to it.
    const rows = workbook.getWorksheet("Bookings vs target – rows")!;
    let total: ExcelJS.CellValue;
    rows.eachRow((r) => {
      if (String(r.getCell(1).value).startsWith("Total")) total = r.getCell(2).value;
    });
    expect(total).toBe(6682.5);
  });
});
