import type { Locator, Page } from "playwright-core";

export type PeriodAction = "submit" | "approveManager" | "approveFinance" | "reject" | "publish" | "markPaid";

/** Compensation → Periods & approvals: the status stepper, totals and workflow buttons of one period. */
export class CompPeriodsPage {
  readonly detail: Locator;

  constructor(readonly page: Page) {
    this.detail = page.getByTestId("period-detail");
  }

  async open(periodKey: string): Promise<void> {
    await this.page.goto(`/comp/periods?period=${periodKey}`);
    await this.detail.waitFor();
  }

  async status(): Promise<string> {
    return (await this.detail.getAttribute("data-status")) ?? "";
  }

  action(id: PeriodAction): Locator {
    return this.page.locator(`[data-testid=period-actions] button[data-action=${id}]`);
  }

  /** Presses a workflow button and waits for the period to show its next status. */
  async act(id: PeriodAction, expectedStatus: string): Promise<void> {
    const done = this.page.waitForResponse(
      (r) => /\/api\/comp\/periods\/[^/]+\/[a-z-]+$/.test(r.url()) && r.request().method() === "POST",
    );
    await this.action(id).click();
    const response = await done;
    if (!response.ok()) throw new Error(`${id} failed: ${response.status()} ${await response.text()}`);
    await this.page.locator(`[data-testid=period-detail][data-status=${expectedStatus}]`).waitFor();
  }

  /** What the period pays, per currency, as the page shows it (data attributes carry the exact decimals). */
  async totals(): Promise<{ currency: string; amount: string; text: string }[]> {
    return this.page.getByTestId("period-total-value").evaluateAll((nodes) =>
      nodes.map((n) => ({
        currency: n.getAttribute("data-currency") ?? "",
        amount: n.getAttribute("data-amount") ?? "",
        text: n.textContent?.trim() ?? "",
      })),
    );
  }
}
