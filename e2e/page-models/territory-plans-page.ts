import type { Locator, Page } from "playwright-core";

export type TerritoryPlanRow = { id: string; name: string; status: string; planOfRecord: boolean };

/** Planning → Territories: the list of territory plans. */
export class TerritoryPlansPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId("plan-list");
  }

  async open(): Promise<void> {
    await this.page.goto("/territories");
    await this.list.locator("[data-testid=plan-row]").first().waitFor();
  }

  async rows(): Promise<TerritoryPlanRow[]> {
    return this.list.locator("[data-testid=plan-row]").evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute("data-plan-id") ?? "",
        name: n.getAttribute("data-name") ?? "",
        status: n.getAttribute("data-status") ?? "",
        planOfRecord: n.getAttribute("data-plan-of-record") === "true",
      })),
    );
  }

  /** Opens a plan by its name in the list and waits for its page. */
  async openPlan(name: string): Promise<void> {
    await this.list.getByRole("link", { name, exact: true }).click();
    await this.page.waitForURL(/\/territories\/[0-9a-f-]{36}/);
    await this.page.getByTestId("territory-plan-page").waitFor();
  }
}
