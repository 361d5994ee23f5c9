/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// The page functions below run in the browser, where `document` exists.
import type { Locator, Page } from "playwright-core";

export type TileState = { kpi: string; value: string; text: string; status: string; unit: string };

/** A dashboard (`/dashboards/$id`): tiles, widgets on the grid, drill-down drawer, editing, live indicator. */
export class DashboardPageModel {
  readonly root: Locator;
  readonly drawer: Locator;
  readonly live: Locator;

  constructor(readonly page: Page) {
    this.root = page.getByTestId("dashboard-page");
    this.drawer = page.getByTestId("drill-drawer");
    this.live = page.getByTestId("live-indicator");
  }

  async open(id: string, query = ""): Promise<void> {
    await this.page.goto(`/dashboards/${id}${query}`);
    await this.waitLoaded();
  }

  /** The page is drawn and every tile has its figure. */
  async waitLoaded(): Promise<void> {
    await this.root.waitFor();
    await this.page.waitForFunction(() => {
      const tiles = document.querySelectorAll("[data-widget-type=tile]").length;
      return tiles > 0 && document.querySelectorAll("[data-testid=kpi-tile]").length === tiles;
    });
  }

  tile(kpi: string): Locator {
    return this.root.locator(`[data-testid=kpi-tile][data-kpi="${kpi}"]`);
  }

  async tiles(): Promise<TileState[]> {
    return this.root.locator("[data-testid=kpi-tile]").evaluateAll((tiles) =>
      tiles.map((tile) => ({
        kpi: tile.getAttribute("data-kpi") ?? "",
        value: tile.getAttribute("data-value") ?? "",
        unit: tile.getAttribute("data-unit") ?? "",
        text: tile.querySelector("[data-testid=tile-value]")?.textContent?.trim() ?? "",
        status: tile.querySelector("[data-testid=tile-status]")?.textContent?.trim() ?? "",
      })),
    );
  }

  async tileValue(kpi: string): Promise<string> {
    return (await this.tile(kpi).getAttribute("data-value")) ?? "";
  }

  /** Clicks a tile's number and waits for the drawer's total; returns it (exact decimal). */
  async drillTile(kpi: string): Promise<string> {
    await this.tile(kpi).getByTestId("tile-value").click();
    const total = this.drawer.getByTestId("drill-total");
    await total.waitFor();
    return (await total.getAttribute("data-value")) ?? "";
  }

  async title(): Promise<string> {
    return (await this.page.getByTestId("dashboard-title").textContent()) ?? "";
  }

  /** Each widget's `x,y,w,h` by id, as drawn. */
  async layout(): Promise<Record<string, string>> {
    const entries = await this.root
      .locator("[data-widget-id]")
      .evaluateAll((widgets) =>
        widgets.map((w) => [w.getAttribute("data-widget-id") ?? "", w.getAttribute("data-layout") ?? ""]),
      );
    return Object.fromEntries(entries);
  }

  widget(title: string): Locator {
    return this.root.getByRole("region", { name: title, exact: true });
  }

  async choose(label: string | RegExp, option: string | RegExp, search?: string): Promise<void> {
    const box = this.page.getByRole("dialog").getByRole("combobox", { name: label });
    await box.click();
    if (search) await box.fill(search);
    await this.page.getByRole("option", { name: option }).first().click();
  }

  async addWidget(type: string | RegExp, kpi: string): Promise<void> {
    await this.page.getByRole("button", { name: /^(Add a widget|Ajouter un widget)$/ }).click();
    await this.choose(/^(Widget type|Type de widget)$/, type);
    await this.choose(/^(KPI|Indicateur)$/, new RegExp(`^${kpi}$`), kpi);
    await this.page
      .getByRole("dialog")
      .getByRole("button", { name: /^(Add|Ajouter)$/ })
      .click();
    await this.page.getByRole("dialog").waitFor({ state: "detached" });
  }

  async save(): Promise<void> {
    const saved = this.page.waitForResponse(
      (r) => r.url().includes("/api/dashboards/") && r.request().method() === "PUT",
    );
    await this.page.getByRole("button", { name: /^(Save|Enregistrer)$/ }).click();
    const response = await saved;
    if (!response.ok()) throw new Error(`PUT dashboard → ${response.status()}: ${await response.text()}`);
    await this.page.getByRole("button", { name: /^(Edit|Modifier)$/ }).waitFor();
  }
}
