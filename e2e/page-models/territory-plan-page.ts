import type { Locator, Page } from "playwright-core";

export type MetricCell = { metric: string; before: string; after: string };

/** One territory plan: header figures, the map, the hierarchy, and the rebalance dialog and its before/after. */
export class TerritoryPlanPage {
  readonly figures: Locator;
  readonly map: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.figures = page.getByTestId("plan-figures");
    this.map = page.getByTestId("territory-map").getByTestId("map-svg");
    this.result = page.getByTestId("rebalance-result");
  }

  planId(): string {
    const match = /\/territories\/([0-9a-f-]{36})/.exec(this.page.url());
    return match?.[1] ?? "";
  }

  /** Waits for the map to draw its accounts and answers how many circles it drew. */
  async mapAccounts(): Promise<number> {
    await this.map.locator("circle").first().waitFor();
    return Number(await this.map.getAttribute("data-accounts"));
  }

  /** Hovers the first account circle and answers the tooltip's text. */
  async hoverFirstAccount(): Promise<string> {
    const circle = this.map.locator("circle").last();
    await circle.hover({ force: true });
    const tooltip = this.page.getByTestId("map-tooltip");
    await tooltip.waitFor();
    return (await tooltip.textContent()) ?? "";
  }

  async revision(): Promise<number> {
    return Number(await this.figures.getAttribute("data-revision"));
  }

  /** Opens the dialog, sets the method and time limit, runs, and answers the run's id once it has finished. */
  async rebalance(options: {
    method: "Automatic" | "MILP (HiGHS)" | "Heuristic only";
    timeLimit: number;
  }): Promise<string> {
    await this.page.getByTestId("open-rebalance").click();
    const dialog = this.page.getByTestId("rebalance-modal");
    await dialog.getByRole("combobox", { name: "Method" }).click();
    await this.page.getByRole("option", { name: options.method, exact: true }).click();
    await dialog.getByRole("textbox", { name: "Time limit" }).fill(String(options.timeLimit));
    const started = this.page.waitForResponse(
      (r) => /\/optimisations$/.test(r.url()) && r.request().method() === "POST",
    );
    await dialog.getByTestId("start-rebalance").click();
    const response = await started;
    if (response.status() !== 202)
      throw new Error(`POST optimisations → ${response.status()}: ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };
    await this.page
      .locator('[data-testid=rebalance-result][data-status="done"]')
      .waitFor({ timeout: 120_000 });
    return id;
  }

  async metrics(): Promise<MetricCell[]> {
    return this.result.locator("[data-testid=metric-row]").evaluateAll((rows) =>
      rows.map((r) => ({
        metric: r.getAttribute("data-metric") ?? "",
        before: r.getAttribute("data-before") ?? "",
        after: r.getAttribute("data-after") ?? "",
      })),
    );
  }

  async movedAccountIds(): Promise<string[]> {
    return this.result
      .locator("[data-testid=move-row]")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-account-id") ?? ""));
  }

  /** Circles highlighted as moved on the "after" map. */
  async movedOnMap(): Promise<number> {
    const after = this.page.getByTestId("map-after").getByTestId("map-svg");
    await after.waitFor();
    return Number(await after.getAttribute("data-moved"));
  }

  /** Apply, and wait until the run says it was applied and the header shows the new revision. */
  async apply(previousRevision: number): Promise<void> {
    await this.result.getByTestId("apply-rebalance").click();
    await this.page.getByTestId("rebalance-applied").waitFor();
    await this.page
      .locator(`[data-testid=plan-figures]:not([data-revision="${previousRevision}"])`)
      .waitFor();
  }

  /** The hierarchy tab's rows: territory key → accounts and potential (exact decimal). */
  async hierarchy(): Promise<Map<string, { accounts: number; potential: string }>> {
    await this.page.getByTestId("tab-hierarchy").click();
    await this.page.getByTestId("territory-row").first().waitFor();
    const rows = await this.page.getByTestId("territory-row").evaluateAll((nodes) =>
      nodes.map((n) => ({
        key: n.getAttribute("data-key") ?? "",
        accounts: Number(n.getAttribute("data-accounts")),
        potential: n.getAttribute("data-potential") ?? "",
      })),
    );
    return new Map(rows.map((r) => [r.key, { accounts: r.accounts, potential: r.potential }]));
  }
}
