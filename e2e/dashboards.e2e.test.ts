/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in the browser, where `document` exists.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import type {
  DashboardDto,
  DashboardsResponse,
  KpiCatalogueResponse,
  KpiUnit,
  KpiValuesResponse,
} from "../apps/web/src/api/kpi-types";
import { formatKpiValue } from "../apps/web/src/dashboards/format/format-kpi-value";
import { compareDecimalStrings } from "../apps/web/src/format/decimal-string";
import { DashboardPageModel } from "./page-models/dashboard-page";
import { getJson } from "./support/api";
import { useBrowserSuite } from "./support/browser-suite";
import { plainSpaces } from "./support/decimal";
import { ensureDir, screenshotsDir } from "./support/paths";
import { signInAs } from "./support/sign-in";

const suite = useBrowserSuite();
const shot = (name: string) => ({ path: `${ensureDir(screenshotsDir)}/${name}.png`, fullPage: true });
const manager = "manager@demo.attain.dev";
const same = (a: string, b: string) => compareDecimalStrings(a, b) === 0;

/** The API's values for the dashboard's tile KPIs, as the page requests them (no filters: the current quarter). */
async function tileValues(page: Page, dashboard: DashboardDto) {
  const keys = [...new Set(dashboard.widgets.filter((w) => w.type === "tile").flatMap((w) => w.kpis))];
  return getJson<KpiValuesResponse>(
    page,
    `/api/kpis/values?keys=${keys.join(",")}&compare=previous_period&trend=true`,
  );
}

async function units(page: Page): Promise<Map<string, KpiUnit>> {
  const catalogue = await getJson<KpiCatalogueResponse>(page, "/api/kpis/catalogue");
  return new Map(catalogue.kpis.map((k) => [k.key, k.unit]));
}

describe("Dashboards: the manager's preset, drill-down, live updates, French, editing, every preset", () => {
  it("a manager lands on their preset; every tile shows the API's exact value, formatted by unit", async () => {
    const { page } = suite;
    await signInAs(page, manager);
    await page.goto("/dashboards");
    await page.waitForURL(/\/dashboards\/preset(:|%3A)manager$/);
    const board = new DashboardPageModel(page);
    await board.waitLoaded();
    const dashboard = await getJson<DashboardDto>(page, "/api/dashboards/preset:manager");
    const api = await tileValues(page, dashboard);
    const unitOf = await units(page);
    const tiles = await board.tiles();
    expect(tiles.map((t) => t.kpi).sort()).toEqual(api.values.map((v) => v.key).sort());
    for (const tile of tiles) {
      const value = api.values.find((v) => v.key === tile.kpi);
      expect(value, tile.kpi).toBeDefined();
      expect(tile.value, tile.kpi).toBe(value?.value ?? "");
      const expected = formatKpiValue(
        value?.value ?? null,
        unitOf.get(tile.kpi) ?? "count",
        api.currency,
        "en",
      );
      expect(plainSpaces(tile.text), tile.kpi).toBe(plainSpaces(expected));
    }
    // At least the bookings tile has a figure in the demo's current quarter.
    expect(tiles.find((t) => t.kpi === "bookings")?.value).not.toBe("");
  });

  it("drill-down from the bookings tile: the drawer's total equals the tile", async () => {
    const { page } = suite;
    await signInAs(page, manager);
    const board = new DashboardPageModel(page);
    await board.open("preset:manager");
    const tile = await board.tileValue("bookings");
    const total = await board.drillTile("bookings");
    expect(same(total, tile)).toBe(true);
    expect(await board.drawer.locator("[data-testid=drill-table] tbody tr").count()).toBeGreaterThan(0);
  });

  it("exports: the PDF and Excel links serve files; a saved snapshot appears in the history with its files", async () => {
    const { page } = suite;
    await signInAs(page, manager);
    const board = new DashboardPageModel(page);
    await board.open("preset:manager", "?period=2026-Q3");
    await page.getByRole("button", { name: "Export" }).click();
    for (const id of ["export-pdf", "export-xlsx"]) {
      const href = (await page.getByTestId(id).getAttribute("href")) ?? "";
      expect(href).toContain("period=2026-Q3");
      expect(href).toContain("locale=en");
      const file = await page.request.get(href);
      expect(file.status(), href).toBe(200);
      expect((await file.body()).length).toBeGreaterThan(0);
    }
    await page.keyboard.press("Escape");
    const saved = page.waitForResponse(
      (r) => r.url().endsWith("/api/report-snapshots") && r.request().method() === "POST",
    );
    await page.getByRole("button", { name: "Save snapshot" }).click();
    const snapshot = (await (await saved).json()) as { id: string };
    await page.getByRole("status").filter({ hasText: "Snapshot saved" }).waitFor();
    await page.getByRole("button", { name: "History" }).click();
    const row = page.locator(`[data-testid=snapshot-history] tr[data-snapshot-id="${snapshot.id}"]`);
    await row.waitFor();
    const pdf = (await row.getByRole("link", { name: "PDF" }).getAttribute("href")) ?? "";
    const first = await page.request.get(pdf);
    const second = await page.request.get(pdf);
    expect(first.status()).toBe(200);
    // A snapshot's file is rendered from its stored data: the same bytes every time.
    expect(Buffer.compare(await first.body(), await second.body())).toBe(0);
  });

  it("live: a deal closed as won through the API changes the win-rate tile without a reload (5 s bound)", async () => {
    const { page } = suite;
    await signInAs(page, manager);
    const board = new DashboardPageModel(page);
    await board.open("preset:manager");
    await page.waitForFunction(
      () => document.querySelector("[data-testid=live-indicator]")?.getAttribute("data-status") === "live",
    );
    const before = await board.tileValue("win_rate");
    const settings = await getJson<{
      stages: { name: string; outcome: string }[];
      qualification: { items: { key: string }[] };
    }>(page, "/api/pipeline/settings");
    const won = settings.stages.find((s) => s.outcome === "won");
    if (!won) throw new Error("no won stage");
    const open = await getJson<{ opportunities: { id: string; amount: string | null }[] }>(
      page,
      "/api/pipeline/opportunities?status=open&sort=amount&order=desc&limit=1",
    );
    const deal = open.opportunities[0];
    if (!deal) throw new Error("the manager has no open deal");
    const navigations: string[] = [];
    page.on("framenavigated", (frame) => navigations.push(frame.url()));
    const response = await page.request.patch(`/api/pipeline/opportunities/${deal.id}`, {
      headers: { origin: suite.baseUrl },
      data: {
        stage: won.name,
        closeDate: "2026-11-22",
        nextStep: "Signed",
        contactCount: 2,
        qualification: Object.fromEntries(settings.qualification.items.map((i) => [i.key, true])),
      },
    });
    expect(response.status(), await response.text()).toBe(200);
    await page.waitForFunction(
      (previous) =>
        document.querySelector("[data-testid=kpi-tile][data-kpi=win_rate]")?.getAttribute("data-value") !==
        previous,
      before,
      { timeout: 5_000 },
    );
    expect(navigations).toEqual([]);
    const api = await getJson<KpiValuesResponse>(page, "/api/kpis/values?keys=win_rate");
    expect(await board.tileValue("win_rate")).toBe(api.values[0]?.value ?? "");
    expect(await page.getByTestId("updated-at").textContent()).toMatch(/^Updated \d{2}:\d{2}:\d{2}$/);
  });

  it("in French: French labels and French number formatting", async () => {
    const { page } = suite;
    await signInAs(page, manager);
    const french = await page.request.patch("/api/me", {
      data: { locale: "fr" },
      headers: { origin: suite.baseUrl },
    });
    expect(french.status()).toBe(200);
    try {
      const board = new DashboardPageModel(page);
      await board.open("preset:manager");
      expect(await page.locator("html").getAttribute("lang")).toBe("fr");
      expect(await board.title()).toBe("Manager commercial");
      await page.getByRole("button", { name: "Personnaliser" }).waitFor();
      const dashboard = await getJson<DashboardDto>(page, "/api/dashboards/preset:manager");
      const api = await tileValues(page, dashboard);
      const unitOf = await units(page);
      const bookings = (await board.tiles()).find((t) => t.kpi === "bookings");
      const value = api.values.find((v) => v.key === "bookings")?.value ?? null;
      expect(plainSpaces(bookings?.text ?? "")).toBe(
        plainSpaces(formatKpiValue(value, unitOf.get("bookings") ?? "currency", api.currency, "fr")),
      );
      // French currency: a comma before the cents and the symbol after.
      expect(plainSpaces(bookings?.text ?? "")).toMatch(/,\d{2} €$/);
      await expect(board.tile("bookings").textContent()).resolves.toContain("Prises de commandes");
      await page.screenshot(shot("dashboard-manager-fr"));
    } finally {
      await page.request.patch("/api/me", { data: { locale: "en" }, headers: { origin: suite.baseUrl } });
    }
  });

  it("on a copy: add, move and remove widgets, save; after a reload the layout is the one saved", async () => {
    const { page } = suite;
    await signInAs(page, manager);
    const board = new DashboardPageModel(page);
    await board.open("preset:manager");
    await page.getByRole("button", { name: "Customise" }).click();
    await page.waitForURL((url) => /\/dashboards\/(?!preset:)[^/?]+/.test(url.pathname));
    await page.getByRole("button", { name: "Add a widget" }).waitFor();
    const copyId = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");

    await board.addWidget("Tile", "Orders");
    const added = board.widget("Orders");
    await added.waitFor();
    const addedAt = (await added.getAttribute("data-layout")) ?? "";
    await page.getByRole("button", { name: "Move Orders up" }).click();
    expect(await added.getAttribute("data-layout")).not.toBe(addedAt);
    await page.getByRole("button", { name: "Remove Sales cycle" }).click();
    await board.widget("Sales cycle").waitFor({ state: "detached" });
    const drawn = await board.layout();
    await board.save();

    await page.reload();
    await board.waitLoaded();
    expect(await board.layout()).toEqual(drawn);
    const stored = await getJson<DashboardDto>(page, `/api/dashboards/${copyId}`);
    expect(Object.fromEntries(stored.widgets.map((w) => [w.id, `${w.x},${w.y},${w.w},${w.h}`]))).toEqual(
      drawn,
    );
    expect(stored.widgets.some((w) => w.type === "tile" && w.kpis[0] === "orders")).toBe(true);
    expect(stored.widgets.some((w) => w.kpis[0] === "sales_cycle")).toBe(false);
    const list = await getJson<DashboardsResponse>(page, "/api/dashboards");
    expect(list.dashboards.map((d) => d.id)).toContain(copyId);
    await page.request.delete(`/api/dashboards/${copyId}`, { headers: { origin: suite.baseUrl } });
  });

  it("the list: the presets with the role's first, and a new dashboard from a preset opens in the editor", async () => {
    const { page } = suite;
    await signInAs(page, manager);
    await page.goto("/dashboards?view=all");
    const list = page.getByTestId("dashboards-list");
    await list.waitFor();
    const api = await getJson<DashboardsResponse>(page, "/api/dashboards");
    expect(api.presets[0]?.id).toBe("preset:manager");
    const shown = await list
      .locator("section[aria-labelledby=dashboards-presets] [data-dashboard-id]")
      .evaluateAll((cards) => cards.map((c) => c.getAttribute("data-dashboard-id")));
    expect(shown).toEqual(api.presets.map((p) => p.id));
    await page.getByRole("button", { name: "New dashboard from preset" }).click();
    await page.getByRole("menuitem", { name: "Marketing" }).click();
    await page.waitForURL((url) => /\/dashboards\/(?!preset)[^/?]+/.test(url.pathname));
    await page.getByRole("button", { name: "Add a widget" }).waitFor();
    const id = decodeURIComponent(new URL(page.url()).pathname.split("/").pop() ?? "");
    const created = await getJson<DashboardDto>(page, `/api/dashboards/${id}`);
    expect(created.preset).toBe("marketing");
    expect(created.editable).toBe(true);
    await page.request.delete(`/api/dashboards/${id}`, { headers: { origin: suite.baseUrl } });
  });

  it("a screenshot of each of the five presets, each as its role sees it", async () => {
    const { page } = suite;
    const viewers = [
      ["executive", "admin@demo.attain.dev"],
      ["manager", manager],
      ["rep", "rep@demo.attain.dev"],
      ["marketing", "marketing@demo.attain.dev"],
      ["finance", "finance@demo.attain.dev"],
    ] as const;
    for (const [preset, email] of viewers) {
      await page.context().clearCookies();
      await signInAs(page, email);
      const board = new DashboardPageModel(page);
      await board.open(`preset:${preset}`);
      await page.waitForFunction(() =>
        [
          ...document.querySelectorAll("[data-widget-type=trend] canvas, [data-widget-type=bar] canvas"),
        ].every((c) => c.closest("[data-rendered=true]")),
      );
      await page.screenshot(shot(`dashboard-${preset}`));
    }
  });
});
