import type { Locator, Page } from "playwright-core";

/** The drill-down panel listing the order lines behind a figure. */
export class LinesDrawer {
  readonly dialog: Locator;
  readonly summary: Locator;
  readonly rows: Locator;
  readonly loadMore: Locator;

  constructor(readonly page: Page) {
    this.dialog = page.getByRole("dialog");
    this.summary = this.dialog.getByTestId("lines-summary");
    this.rows = this.dialog.locator("[data-testid=lines-table] tbody tr");
    this.loadMore = this.dialog.getByRole("button", { name: /^(Load more lines|Charger plus de lignes)$/ });
  }

  async waitOpen(): Promise<void> {
    await this.summary.waitFor();
  }

  async title(): Promise<string> {
    return (await this.dialog.locator("h2").first().textContent()) ?? "";
  }

  /** Clicks "load more" until every page is listed, then returns each line's amount in the reporting currency. */
  async loadAllAmounts(): Promise<string[]> {
    for (;;) {
      const shown = await this.rows.count();
      if (!(await this.loadMore.isVisible())) break;
      await this.loadMore.click();
      await this.rows.nth(shown).waitFor();
    }
    return this.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute("data-amount") ?? ""));
  }

  async waitClosed(): Promise<void> {
    await this.dialog.waitFor({ state: "detached" });
  }
}
