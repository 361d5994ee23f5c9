import type { Locator, Page } from "playwright-core";

export type TimelineRow = { kind: string; at: string };

/** One deal: header, timeline, criteria and the edit form. */
export class PipelineDealPage {
  readonly header: Locator;
  readonly timeline: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByTestId("deal-header");
    this.timeline = page.getByTestId("deal-timeline");
    this.form = page.getByTestId("deal-form");
  }

  async open(opportunityId: string): Promise<void> {
    await this.page.goto(`/pipeline/deals/${opportunityId}`);
    await this.header.waitFor();
  }

  async events(): Promise<TimelineRow[]> {
    return this.timeline
      .locator("[data-testid=timeline-event]")
      .evaluateAll((nodes) =>
        nodes.map((n) => ({ kind: n.getAttribute("data-kind") ?? "", at: n.getAttribute("data-at") ?? "" })),
      );
  }

  async stage(): Promise<string> {
    return (await this.page.getByTestId("deal-stage").textContent())?.trim() ?? "";
  }

  /** Chooses a stage in the edit form and saves. */
  async moveTo(stage: string): Promise<void> {
    await this.form.getByRole("combobox", { name: "Stage", exact: true }).click();
    await this.page.getByRole("option", { name: stage, exact: true }).click();
    await this.form.getByTestId("edit-save").click();
  }

  /** The error shown under the stage select. */
  async stageError(): Promise<string> {
    const error = this.form.getByTestId("edit-stage-error");
    await error.waitFor();
    return (await error.textContent())?.trim() ?? "";
  }

  async setAmount(amount: string): Promise<void> {
    await this.form.getByTestId("edit-amount").fill(amount);
  }

  async tick(item: string): Promise<void> {
    await this.form.getByRole("checkbox", { name: item, exact: true }).check();
  }

  async save(): Promise<void> {
    await this.form.getByTestId("edit-save").click();
  }

  async amountError(): Promise<string> {
    const error = this.form.getByTestId("edit-amount-error");
    await error.waitFor();
    return (await error.textContent())?.trim() ?? "";
  }

  /** Waits until the header shows the deal in this stage (after a save). */
  async waitForStage(stage: string): Promise<void> {
    const exact = new RegExp(`^${stage.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
    await this.page.getByTestId("deal-stage").filter({ hasText: exact }).waitFor();
  }
}
