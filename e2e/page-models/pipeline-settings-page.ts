import type { Locator, Page } from "playwright-core";

/** Pipeline settings: the stages table, the qualification checklist and the thresholds. */
export class PipelineSettingsPage {
  readonly form: Locator;
  readonly rows: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByTestId("settings-form");
    this.rows = page.locator("[data-testid=stage-row]");
  }

  async open(): Promise<void> {
    await this.page.goto("/pipeline/settings");
    await this.rows.first().waitFor();
  }

  async stageNames(): Promise<string[]> {
    return this.rows.evaluateAll((nodes) => nodes.map((n) => n.getAttribute("data-name") ?? ""));
  }

  async renameStage(index: number, name: string): Promise<void> {
    await this.rows.nth(index).getByTestId("stage-name").fill(name);
  }

  async save(): Promise<void> {
    await this.page.getByTestId("settings-save").click();
  }

  /** The error shown under a stage's name (the server's `stages.<index>.name`). */
  async nameError(index: number): Promise<string> {
    const error = this.rows.nth(index).getByTestId("stage-name-error");
    await error.waitFor();
    return (await error.textContent())?.trim() ?? "";
  }
}
