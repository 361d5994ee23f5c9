import type { Locator, Page } from "playwright-core";

export type AccuracyRow = {
  personId: string;
  source: string;
  category: string;
  name: string;
  mape: string;
  bias: string;
};

/** The /forecast/accuracy page: closed periods, the sortable MAPE / bias table and the error chart. */
export class ForecastAccuracyPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("accuracy-table");
  }

  async open(query = ""): Promise<void> {
    await this.page.goto(`/forecast/accuracy${query}`);
    await this.page.locator("[data-testid=accuracy-report], [data-testid=accuracy-empty]").first().waitFor();
  }

  async rows(): Promise<AccuracyRow[]> {
    return this.table.evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((row) => ({
        personId: row.getAttribute("data-person-id") ?? "",
        source: row.getAttribute("data-source") ?? "",
        category: row.getAttribute("data-category") ?? "",
        name: row.querySelector("th")?.textContent?.trim() ?? "",
        mape: row.querySelector("[data-testid=mape]")?.textContent?.trim() ?? "",
        bias: row.querySelector("[data-testid=bias]")?.textContent?.trim() ?? "",
      })),
    );
  }

  private header(column: string): Locator {
    return this.table.locator("thead th", {
      has: this.page.getByRole("button", { name: `Sort by ${column}` }),
    });
  }

  async find(name: string): Promise<void> {
    await this.page.getByTestId("accuracy-find").fill(name);
  }

  async sortBy(column: string): Promise<void> {
    await this.page.getByRole("button", { name: `Sort by ${column}` }).click();
  }

  async sortState(column: string): Promise<string | null> {
    return this.header(column).getAttribute("aria-sort");
  }
}
