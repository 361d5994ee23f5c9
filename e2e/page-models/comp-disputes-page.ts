import type { Locator, Page } from "playwright-core";

/** Compensation → Disputes: the list, a thread, and the comp admin's resolution form. */
export class CompDisputesPage {
  readonly thread: Locator;
  readonly resolveForm: Locator;

  constructor(readonly page: Page) {
    this.thread = page.getByTestId("dispute-thread");
    this.resolveForm = page.getByTestId("resolve-form");
  }

  async open(disputeId: string): Promise<void> {
    await this.page.goto(`/comp/disputes?dispute=${disputeId}`);
    await this.thread.waitFor();
  }

  async resolveWithAdjustment(message: string, amount: string, reason: string): Promise<void> {
    await this.resolveForm.getByLabel(/^Answer to the payee/).fill(message);
    await this.resolveForm.getByLabel(/^Adjustment amount/).fill(amount);
    await this.resolveForm.getByLabel(/^Reason/).fill(reason);
    await this.resolveForm.getByRole("button", { name: "Send decision" }).click();
    await this.page.locator("[data-testid=dispute-thread][data-status=resolved]").waitFor();
  }
}
