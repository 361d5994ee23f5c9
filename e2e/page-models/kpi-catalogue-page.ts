import type { Locator, Page } from "playwright-core";

/** The /kpis page: the catalogue by category, each KPI's current value, and the custom KPI form. */
export class KpiCataloguePage {
  readonly catalogue: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.catalogue = page.getByTestId("kpi-catalogue");
    this.form = page.getByRole("dialog");
  }

  async open(): Promise<void> {
    await this.page.goto("/kpis");
    await this.catalogue.waitFor();
  }

  row(key: string): Locator {
    return this.page.locator(`[data-testid=kpi-row][data-kpi-key="${key}"]`);
  }

  rowNamed(name: string): Locator {
    return this.page.locator("[data-testid=kpi-row]", { has: this.page.getByText(name, { exact: true }) });
  }

  /** The value cell's raw decimal (data-value) and its text, once the values have loaded. */
  async value(row: Locator): Promise<{ raw: string; text: string }> {
    const cell = row.getByTestId("kpi-value");
    await cell.filter({ hasNotText: "…" }).waitFor();
    return { raw: (await cell.getAttribute("data-value")) ?? "", text: (await cell.innerText()).trim() };
  }

  async startNewKpi(fields: { name: string; unit: string; owner?: string }): Promise<void> {
    await this.page.getByRole("button", { name: /^(New KPI|Nouveau KPI)$/ }).click();
    await this.form.waitFor();
    await this.form.getByLabel(/^(Name|Nom)/).fill(fields.name);
    await this.form.getByLabel(/^(Unit|Unité)$/).selectOption(fields.unit);
    if (fields.owner) await this.form.getByLabel(/^(Owner|Responsable)/).fill(fields.owner);
  }

  formulaField(): Locator {
    return this.form.getByRole("textbox", { name: /^(Formula|Formule)/ });
  }

  async typeFormula(formula: string): Promise<void> {
    await this.formulaField().fill(formula);
  }

  /** The message under the formula field (Mantine links it through aria-describedby). */
  async formulaError(): Promise<string> {
    const field = this.formulaField();
    await this.page.waitForFunction(
      (el) => el?.getAttribute("aria-invalid") === "true",
      await field.elementHandle(),
    );
    const ids = ((await field.getAttribute("aria-describedby")) ?? "")
      .split(/\s+/)
      .filter((id) => id.endsWith("-error"));
    const id = ids[0];
    if (!id) throw new Error("the formula field names no error");
    return (await this.page.locator(`[id="${id}"]`).innerText()).trim();
  }

  async waitFormulaOk(): Promise<void> {
    await this.form.getByTestId("formula-ok").waitFor();
  }

  async save(): Promise<void> {
    await this.form.getByRole("button", { name: /^(Save|Enregistrer)$/ }).click();
  }
}
