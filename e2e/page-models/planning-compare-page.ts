import type { Locator, Page } from "playwright-core";

export type ComparedFigure = { base: string; other: string; baseText: string; otherText: string };

/** Planning → Compare scenarios: figures side by side, node deltas and "Publish this one". */
export class PlanningComparePage {
  readonly figures: Locator;

  constructor(readonly page: Page) {
    this.figures = page.getByTestId("compare-figures");
  }

  async open(base: string, other: string): Promise<void> {
    await this.page.goto(`/planning/compare?base=${base}&other=${other}`);
    await this.page.getByTestId("compare-page").waitFor();
  }

  /** The figures are computed on the server (fairness simulation, capacity, cost of sales): they come later. */
  async waitForFigures(): Promise<void> {
    const error = this.page.getByTestId("api-error");
    await this.figures.or(error).first().waitFor({ timeout: 60_000 });
    if (await error.isVisible()) throw new Error(`Compare failed: ${await error.textContent()}`);
  }

  /** One figure's row: the exact values (data attributes) and the texts shown. */
  async figure(id: string): Promise<ComparedFigure> {
    const row = this.figures.locator(`tr[data-figure="${id}"]`);
    return {
      base: (await row.getAttribute("data-base")) ?? "",
      other: (await row.getAttribute("data-other")) ?? "",
      baseText: (await row.locator("[data-side=base]").textContent())?.trim() ?? "",
      otherText: (await row.locator("[data-side=other]").textContent())?.trim() ?? "",
    };
  }

  /** Publishes the compared scenario and returns the version it became. */
  async publishOther(): Promise<number> {
    await this.page.getByTestId("compare-publish").click();
    const published = this.page.waitForResponse((r) => r.url().endsWith("/publish"));
    await this.page.getByTestId("confirm-publish").click();
    const response = await published;
    if (!response.ok()) throw new Error(`publish → ${response.status()}: ${await response.text()}`);
    const done = this.page.getByTestId("published-version");
    await done.waitFor();
    return Number(await done.getAttribute("data-version"));
  }
}
