import type { Locator, Page } from "playwright-core";

export type TransferRowData = {
  from: string;
  to: string;
  fromBefore: string;
  fromAfter: string;
  toBefore: string;
  toAfter: string;
};

/** A scenario's Transfers tab: the list, "Move quota…" and Remove. Every save is a PUT of the assumptions. */
export class PlanningTransfersPanel {
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.panel = page.getByTestId("transfers-panel");
  }

  async open(): Promise<void> {
    await this.page.getByTestId("tab-transfers").click();
    await this.panel.waitFor();
  }

  /**
   * Fills "Move quota…" (people and month by their labels as the selects show them, a share in %) and saves;
   * waits for the saved assumptions and the list that shows the transfer.
   */
  async moveShare(
    input: { from: string; to: string; month: string; percent: string; reason: string },
    beforeSave?: () => Promise<void>,
  ): Promise<void> {
    const count = Number((await this.panel.getAttribute("data-count")) ?? "0");
    await this.page.getByTestId("move-quota").click();
    const form = this.page.getByTestId("move-quota-form");
    await this.pick(form.getByTestId("transfer-from-select"), input.from);
    await this.pick(form.getByTestId("transfer-to-select"), input.to);
    await this.pick(form.getByTestId("transfer-month-select"), input.month, false);
    await form.getByTestId("transfer-value").fill(input.percent);
    await form.getByTestId("transfer-reason").fill(input.reason);
    await beforeSave?.();
    const saved = this.waitForSave();
    await form.getByTestId("transfer-save").click();
    await saved;
    await this.page.locator(`[data-testid=transfers-panel][data-count="${count + 1}"]`).waitFor();
  }

  /** Removes the transfer at `index` and waits for the saved assumptions and the shorter list. */
  async remove(index: number): Promise<void> {
    const count = Number((await this.panel.getAttribute("data-count")) ?? "0");
    const saved = this.waitForSave();
    await this.rowAt(index).getByTestId("transfer-remove").click();
    await saved;
    await this.page.locator(`[data-testid=transfers-panel][data-count="${count - 1}"]`).waitFor();
  }

  rowAt(index: number): Locator {
    return this.panel.locator(`[data-testid=transfer-row][data-index="${index}"]`);
  }

  /** A row's people and their annuals without and with the transfer, once its previews have loaded. */
  async row(index: number): Promise<TransferRowData> {
    const row = this.rowAt(index);
    await row.locator('[data-testid=transfer-to]:not([data-after=""]):not([data-before=""])').waitFor();
    const attr = async (testId: string, name: string) =>
      (await row.getByTestId(testId).getAttribute(name)) ?? "";
    return {
      from: (await row.getAttribute("data-from")) ?? "",
      to: (await row.getAttribute("data-to")) ?? "",
      fromBefore: await attr("transfer-from", "data-before"),
      fromAfter: await attr("transfer-from", "data-after"),
      toBefore: await attr("transfer-to", "data-before"),
      toAfter: await attr("transfer-to", "data-after"),
    };
  }

  private async pick(select: Locator, label: string, search = true): Promise<void> {
    await select.click();
    if (search) await select.fill(label.split(" · ")[0] ?? label);
    await this.page.getByRole("option", { name: label, exact: true }).click();
  }

  private async waitForSave(): Promise<void> {
    const response = await this.page.waitForResponse(
      (r) => r.url().endsWith("/assumptions") && r.request().method() === "PUT",
    );
    if (!response.ok()) throw new Error(`PUT assumptions → ${response.status()}: ${await response.text()}`);
  }
}
