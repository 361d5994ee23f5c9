import type { Locator, Page } from "playwright-core";

/** One scenario: the quota grid (totals, cells, undo), the allocation wizard and Publish. */
export class PlanningScenarioPage {
  readonly totalQuota: Locator;
  readonly wizard: Locator;

  constructor(readonly page: Page) {
    this.totalQuota = page.getByTestId("grid-total-quota");
    this.wizard = page.getByTestId("allocation-wizard");
  }

  async open(scenarioId: string): Promise<void> {
    await this.page.goto(`/planning/${scenarioId}`);
    await this.page.getByTestId("grid-row").first().waitFor();
  }

  /** The grid's total quota: the exact decimal and the text shown. */
  async total(): Promise<{ amount: string; text: string }> {
    return {
      amount: (await this.totalQuota.getAttribute("data-value")) ?? "",
      text: (await this.totalQuota.textContent())?.trim() ?? "",
    };
  }

  /** Waits until the grid's total quota is no longer `previous`, and returns the new one. */
  async totalChangedFrom(previous: string): Promise<{ amount: string; text: string }> {
    await this.page.locator(`[data-testid=grid-total-quota]:not([data-value="${previous}"])`).waitFor();
    return this.total();
  }

  /** Edits one month of a person through the keyboard (Enter, type, Enter) and waits for the saved grid. */
  async editMonth(nodeId: string, monthIndex: number, amount: string): Promise<void> {
    const cell = this.page.locator(
      `[data-testid=grid-row][data-node-id="${nodeId}"] [data-cell-col="${monthIndex}"]`,
    );
    await cell.focus();
    await cell.press("Enter");
    const saved = this.waitForGridPatch();
    await this.page.getByTestId("cell-editor").fill(amount);
    await this.page.getByTestId("cell-editor").press("Enter");
    await saved;
  }

  /** Ctrl+Z: sends the inverse changes and waits for the grid they give. */
  async undo(): Promise<void> {
    const saved = this.waitForGridPatch();
    await this.page.keyboard.press("Control+z");
    await saved;
  }

  private async waitForGridPatch(): Promise<void> {
    const response = await this.page.waitForResponse(
      (r) => /\/api\/planning\/scenarios\/[^/]+\/grid$/.test(r.url()) && r.request().method() === "PATCH",
    );
    if (!response.ok()) throw new Error(`PATCH grid → ${response.status()}: ${await response.text()}`);
  }

  /**
   * In the allocation wizard, sets the reps' over-assignment (percent), previews and applies; waits for the
   * grid tab to come back. Returns the preview's total quota.
   */
  async applyPersonOverAssignment(percent: string): Promise<string> {
    await this.page.getByTestId("tab-allocation").click();
    await this.wizard.waitFor();
    const next = this.page.getByTestId("wizard-next");
    await next.click(); // drivers
    await next.click(); // over-assignment & rounding
    await this.wizard.getByRole("textbox", { name: "Reps' over-assignment" }).fill(percent);
    await next.click(); // people rules
    const previewed = this.page.waitForResponse((r) => r.url().endsWith("/allocation-preview"));
    await next.click(); // preview
    const preview = await previewed;
    if (!preview.ok()) throw new Error(`allocation-preview → ${preview.status()}: ${await preview.text()}`);
    const total = this.page.getByTestId("preview-total-quota");
    await total.waitFor();
    const previewTotal = (await total.getAttribute("data-value")) ?? "";
    const saved = this.page.waitForResponse(
      (r) => r.url().endsWith("/assumptions") && r.request().method() === "PUT",
    );
    await this.page.getByTestId("wizard-apply").click();
    const response = await saved;
    if (!response.ok()) throw new Error(`PUT assumptions → ${response.status()}: ${await response.text()}`);
    await this.page.getByTestId("grid-row").first().waitFor();
    return previewTotal;
  }
}
