import type { Locator, Page } from "playwright-core";

export type ResultGridRow = { personId: string; name: string; payable: string };

/** Compensation → Runs: start a calculation, follow its progress, read the results grid. */
export class CompRunsPage {
  readonly startButton: Locator;
  readonly status: Locator;
  readonly grid: Locator;
  readonly statement: Locator;

  constructor(readonly page: Page) {
    this.startButton = page.getByTestId("start-run");
    this.status = page.getByTestId("run-status");
    this.grid = page.getByTestId("results-grid");
    this.statement = page.getByTestId("statement-drawer").getByTestId("statement");
  }

  async open(periodKey: string): Promise<void> {
    await this.page.goto(`/comp/runs?period=${periodKey}`);
    await this.page.getByRole("heading", { level: 1 }).waitFor();
  }

  /** Starts a run and waits (polling in the page) until the progress bar reports it done. */
  async startAndWait(timeout = 90_000): Promise<string> {
    const started = this.page.waitForResponse(
      (r) => r.url().endsWith("/api/comp/runs") && r.request().method() === "POST",
    );
    await this.startButton.click();
    const body = (await (await started).json()) as { runId: string };
    await this.page
      .locator(
        `[data-testid=run-panel][data-run-id="${body.runId}"] [data-testid=run-progress][data-status=succeeded]`,
      )
      .waitFor({ timeout });
    await this.grid.waitFor();
    return body.runId;
  }

  async rows(): Promise<ResultGridRow[]> {
    return this.grid.evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((row) => ({
        personId: row.getAttribute("data-person-id") ?? "",
        name: row.querySelector("[data-testid=result-payee]")?.textContent?.trim() ?? "",
        payable: row.getAttribute("data-payable") ?? "",
      })),
    );
  }

  async openStatement(personId: string): Promise<void> {
    await this.grid.locator(`tr[data-person-id="${personId}"] [data-testid=result-payee]`).click();
    await this.statement.waitFor();
  }
}
