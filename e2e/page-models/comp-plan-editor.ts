import type { Locator, Page } from "playwright-core";

/** Compensation → Plans and the plan designer: versions, tier charts, formulas, validation and Publish. */
export class CompPlanEditor {
  readonly editor: Locator;
  readonly publish: Locator;
  readonly publishBlockers: Locator;
  readonly validationStatus: Locator;

  constructor(readonly page: Page) {
    this.editor = page.getByTestId("plan-editor");
    this.publish = this.editor.getByRole("button", { name: /^(Publish|Publier)$/ });
    this.publishBlockers = page.getByTestId("publish-blockers");
    this.validationStatus = page.getByTestId("validation-status");
  }

  /** From the plans list, copies a plan's latest version into a new draft and waits for its designer. */
  async newDraft(planKey: string): Promise<number> {
    await this.page.goto("/comp/plans");
    const card = this.page.locator(`[data-testid=plan][data-plan-key="${planKey}"]`);
    await card.getByRole("button", { name: "New draft version" }).click();
    await this.page.waitForURL(new RegExp(`/comp/plans/${planKey}/\\d+$`));
    await this.editor.waitFor();
    await this.page.getByText("The plan is valid.").waitFor();
    return Number(this.page.url().split("/").at(-1));
  }

  /** A tier table's chart once ECharts has drawn it, with the points it was given ([attainment, rate] pairs). */
  async tierChart(tableName: string): Promise<{ chart: Locator; points: [number, number][] }> {
    const chart = this.page.locator(
      `[data-testid=tier-table][data-name="${tableName}"] [data-testid=tier-chart][data-rendered=true]`,
    );
    await chart.locator("canvas").waitFor();
    const points = JSON.parse((await chart.getAttribute("data-points")) ?? "[]") as [number, number][];
    return { chart, points };
  }

  /** Adds a plan variable and types its formula; returns the variable's card. */
  async addVariable(formula: string): Promise<Locator> {
    await this.editor.getByRole("button", { name: "Add variable" }).click();
    const variable = this.editor.getByTestId("plan-variable").last();
    await variable.getByRole("textbox", { name: "Formula" }).fill(formula);
    return variable;
  }
}
