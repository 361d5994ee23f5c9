import type { Locator, Page } from "playwright-core";

export type ScenarioRowData = {
  id: string;
  name: string;
  status: string;
  planOfRecord: boolean;
  version: number | null;
  totalQuota: string;
};

/** Planning → Quota planning: the scenario list and the "New scenario" dialog. */
export class PlanningScenariosPage {
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.list = page.getByTestId("scenario-list");
  }

  async open(): Promise<void> {
    await this.page.goto("/planning");
    await this.list.locator("[data-testid=scenario-row]").first().waitFor();
  }

  /** Every row as the list shows it (data attributes carry the exact values). */
  async rows(): Promise<ScenarioRowData[]> {
    return this.list.locator("[data-testid=scenario-row]").evaluateAll((nodes) =>
      nodes.map((n) => ({
        id: n.getAttribute("data-scenario-id") ?? "",
        name: n.getAttribute("data-name") ?? "",
        status: n.getAttribute("data-status") ?? "",
        planOfRecord: n.getAttribute("data-plan-of-record") === "true",
        version: n.getAttribute("data-version") ? Number(n.getAttribute("data-version")) : null,
        totalQuota: n.getAttribute("data-total-quota") ?? "",
      })),
    );
  }

  /** Creates a scenario copied from the plan of record and waits for its page; returns its id. */
  async createCopyOfPlanOfRecord(name: string): Promise<string> {
    await this.page.getByTestId("new-scenario").click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Name" }).fill(name);
    await dialog.getByRole("radio", { name: /^A copy of the plan of record/ }).check();
    await dialog.getByRole("button", { name: "Create" }).click();
    await this.page.waitForURL(/\/planning\/[0-9a-f-]{36}$/);
    await this.page.getByTestId("grid-row").first().waitFor();
    return this.page.url().split("/").at(-1) ?? "";
  }
}
