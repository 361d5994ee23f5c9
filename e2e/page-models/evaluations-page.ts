import type { Locator, Page } from "playwright-core";

/** The /evaluations page: people × status for the period, the scoring form and the rep's KPIs beside it. */
export class EvaluationsPage {
  readonly table: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByTestId("review-table");
    this.form = page.getByTestId("evaluation-form");
  }

  async open(): Promise<void> {
    await this.page.goto("/evaluations");
    await this.table.waitFor();
  }

  /** The period the table shows (the select's value, e.g. 2026-Q4). */
  async period(): Promise<string> {
    return this.page.getByRole("combobox", { name: /^(Period|Période)$/ }).inputValue();
  }

  /** Selects the latest period in which the person's evaluation is not submitted yet (re-runs use older ones). */
  async choosePeriodToScore(personId: string): Promise<string> {
    const select = this.page.getByRole("combobox", { name: /^(Period|Période)$/ });
    const periods = await select
      .locator("option")
      .evaluateAll((options) => options.map((o) => o.getAttribute("value") ?? ""));
    for (const period of periods) {
      await select.selectOption(period);
      await this.row(personId).waitFor();
      if ((await this.status(personId)) !== "submitted") return period;
    }
    throw new Error("every period is already evaluated");
  }

  row(personId: string): Locator {
    return this.table.locator(`[data-testid=review-row][data-person-id="${personId}"]`);
  }

  async openFor(personId: string): Promise<void> {
    await this.row(personId).getByRole("button").click();
    await this.form.waitFor();
  }

  /** Picks, for each criterion (by its label), the scale point whose label starts with the score. */
  async score(scores: Record<string, number>): Promise<void> {
    for (const [criterion, score] of Object.entries(scores)) {
      const group = this.form.getByRole("radiogroup", { name: criterion });
      await group.getByRole("radio", { name: new RegExp(`^${score}( —|$)`) }).check();
    }
  }

  async comment(criterion: string, text: string): Promise<void> {
    await this.form
      .getByRole("textbox", { name: new RegExp(`^(Comment on|Commentaire sur) ${criterion}$`) })
      .fill(text);
  }

  async submit(): Promise<void> {
    this.page.once("dialog", (dialog) => void dialog.accept());
    await this.form.getByRole("button", { name: /^(Submit|Soumettre)$/ }).click();
    await this.form
      .locator("[data-testid=evaluation-status]", { hasText: /^(Submitted|Soumise)$/ })
      .waitFor();
  }

  async status(personId: string): Promise<string> {
    return (await this.row(personId).getAttribute("data-status")) ?? "";
  }

  async repKpis(): Promise<Record<string, string>> {
    await this.page.locator("[data-testid=rep-kpi]").first().waitFor();
    return this.page
      .getByTestId("rep-kpis")
      .evaluate((el) =>
        Object.fromEntries(
          [...el.querySelectorAll("[data-testid=rep-kpi]")].map((k) => [
            k.getAttribute("data-kpi-key") ?? "",
            k.getAttribute("data-value") ?? "",
          ]),
        ),
      );
  }
}
