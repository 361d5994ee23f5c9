import type { Locator, Page } from "playwright-core";

export type GridCellState = { value: string; call: string; rollup: string; source: string };
export type TrendTableRow = { takenOn: string; kind: string; commitForecast: string; closed: string };

/** The /forecast page: period and motion, the grid of calls, the own-call form, the override modal, the trend. */
export class ForecastPage {
  readonly report: Locator;
  readonly grid: Locator;
  readonly ownCall: Locator;
  readonly overrideModal: Locator;
  readonly trend: Locator;
  readonly historyDrawer: Locator;

  constructor(readonly page: Page) {
    this.report = page.getByTestId("forecast-report");
    this.grid = page.getByTestId("forecast-grid");
    this.ownCall = page.getByTestId("own-call");
    this.overrideModal = page.getByRole("dialog", {
      name: /^(Override the call of|Corriger la prévision de)/,
    });
    this.trend = page.getByTestId("trend-panel");
    this.historyDrawer = page.getByRole("dialog", { name: /^(History of|Historique de)/ });
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/forecast${query}`);
    await this.waitLoaded();
  }

  async waitLoaded(): Promise<void> {
    await this.page.locator("[data-testid=forecast-grid]:not([aria-busy=true])").waitFor();
  }

  row(personId: string): Locator {
    return this.grid.locator(`tr[data-person-id="${personId}"]`);
  }

  nodeRow(): Locator {
    return this.grid.locator("tr[data-node=true]");
  }

  async cell(row: Locator, column: string): Promise<GridCellState> {
    const cell = row.locator(`[data-testid="cell-${column}"]`);
    return {
      value: (await cell.getAttribute("data-value")) ?? "",
      call: (await cell.getAttribute("data-call")) ?? "",
      rollup: (await cell.getAttribute("data-rollup")) ?? "",
      source: (await cell.getAttribute("data-source")) ?? "",
    };
  }

  async overrideLabel(row: Locator, column: string): Promise<string> {
    return (
      (await row.locator(`[data-testid="cell-${column}"] [data-testid=override-label]`).textContent()) ?? ""
    );
  }

  /** Types the caller's own call and submits it, waiting for the server's answer and the refreshed grid. */
  async submitOwnCall(
    calls: Partial<Record<"commit" | "best_case" | "pipeline" | "omitted", string>>,
  ): Promise<void> {
    for (const [category, amount] of Object.entries(calls)) {
      await this.page.getByTestId(`own-call-${category}`).fill(amount);
    }
    const saved = this.page.waitForResponse(
      (r) => r.url().includes("/submissions") && r.request().method() === "POST",
    );
    const refetched = this.gridRefetched();
    await this.page.getByTestId("own-call-submit").click();
    const response = await saved;
    if (response.status() !== 201)
      throw new Error(`Submission refused: ${response.status()} ${await response.text()}`);
    await this.page.getByTestId("own-call-saved").waitFor();
    await refetched;
    await this.waitLoaded();
  }

  async override(
    personId: string,
    calls: Partial<Record<"commit" | "best_case" | "pipeline" | "omitted", string>>,
    note: string,
  ): Promise<void> {
    await this.row(personId).getByTestId("override-button").click();
    await this.overrideModal.waitFor();
    for (const [category, amount] of Object.entries(calls)) {
      await this.page.getByTestId(`override-${category}`).fill(amount);
    }
    await this.page.getByTestId("override-note").fill(note);
    const saved = this.page.waitForResponse(
      (r) => r.url().includes("/submissions") && r.request().method() === "POST",
    );
    const refetched = this.gridRefetched();
    await this.page.getByTestId("override-submit").click();
    const response = await saved;
    if (response.status() !== 201)
      throw new Error(`Override refused: ${response.status()} ${await response.text()}`);
    await this.overrideModal.waitFor({ state: "hidden" });
    await refetched;
    await this.waitLoaded();
  }

  /** Resolves when the grid is fetched again (start waiting before the action that triggers it). */
  private gridRefetched() {
    return this.page.waitForResponse((r) => r.url().includes("/grid") && r.request().method() === "GET");
  }

  async openHistory(personId: string): Promise<{ kind: string; amount: string; category: string }[]> {
    await this.row(personId).getByTestId("history-button").click();
    const table = this.historyDrawer.getByTestId("history-table");
    await table.waitFor();
    return table.evaluate((el) =>
      [...el.querySelectorAll("tbody tr")].map((row) => ({
        kind: row.getAttribute("data-kind") ?? "",
        amount: row.getAttribute("data-amount") ?? "",
        category: row.getAttribute("data-category") ?? "",
      })),
    );
  }

  async takeSnapshot(): Promise<void> {
    const taken = this.page.waitForResponse(
      (r) => r.url().includes("/snapshots") && r.request().method() === "POST",
    );
    await this.trend.getByTestId("take-snapshot").click();
    const response = await taken;
    if (response.status() !== 201)
      throw new Error(`Snapshot refused: ${response.status()} ${await response.text()}`);
    await this.trend.getByTestId("snapshot-taken").waitFor();
  }

  async showTrendAsTable(): Promise<void> {
    await this.trend.getByRole("switch", { name: /^(Show as table|Afficher en tableau)$/ }).check();
  }

  /** The trend's points as the accessible table lists them. */
  async trendRows(): Promise<TrendTableRow[]> {
    return this.trend.getByTestId("trend-table").evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((row) => ({
        takenOn: row.getAttribute("data-taken-on") ?? "",
        kind: row.getAttribute("data-kind") ?? "",
        commitForecast: row.getAttribute("data-commit-forecast") ?? "",
        closed: row.getAttribute("data-closed") ?? "",
      })),
    );
  }
}
