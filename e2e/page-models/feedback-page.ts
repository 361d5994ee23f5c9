import type { Locator, Page } from "playwright-core";

/** The /feedback page: filters, the list, and the new-feedback form. */
export class FeedbackPage {
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.form = page.getByRole("dialog");
  }

  async open(): Promise<void> {
    await this.page.goto("/feedback");
    await this.page.getByRole("heading", { level: 2, name: /^(Feedback|Retours)$/ }).waitFor();
  }

  async logLeadFeedback(entry: {
    subject: string;
    body: string;
    sentiment: "Positive" | "Neutral" | "Negative";
  }) {
    await this.page.getByRole("button", { name: /^(New feedback|Nouveau retour)$/ }).click();
    await this.form.waitFor();
    await this.form.getByLabel(/^(Kind|Type)$/).selectOption("lead_feedback");
    // The first of the rep's own leads (the list is scoped on the server).
    const lead = this.form.getByRole("combobox", { name: /^Lead/ });
    await lead.locator("option:nth-child(2)").waitFor({ state: "attached" });
    await lead.selectOption({ index: 1 });
    await this.form.getByRole("radio", { name: entry.sentiment }).check();
    await this.form.getByLabel(/^(Subject|Objet)/).fill(entry.subject);
    await this.form.getByLabel(/^(Details|Détails)/).fill(entry.body);
    await this.form.getByRole("button", { name: /^(Save|Enregistrer)$/ }).click();
    await this.form.waitFor({ state: "detached" });
  }

  row(subject: string): Locator {
    return this.page.locator("[data-testid=feedback-row]", {
      has: this.page.getByText(subject, { exact: true }),
    });
  }
}

/** The import section of /feedback: a dry run, the rejected rows, then the import. */
export class FeedbackImportPanel {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole("region", { name: /^(Import customer feedback|Importer des avis)/ });
  }

  async choose(fileName: string, csv: string): Promise<void> {
    await this.section
      .locator("input[type=file]")
      .setInputFiles({ name: fileName, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  }

  async check(): Promise<string> {
    await this.section.getByRole("button", { name: /^(Check file|Vérifier le fichier)$/ }).click();
    return this.report();
  }

  async run(): Promise<string> {
    const before = await this.report();
    await this.section.getByRole("button", { name: /^(Import|Importer)$/ }).click();
    await this.section.getByTestId("import-report").filter({ hasNotText: before }).waitFor();
    return this.report();
  }

  async report(): Promise<string> {
    return (await this.section.getByTestId("import-report").innerText()).trim();
  }

  async errors(): Promise<{ row: string; field: string; message: string }[]> {
    return this.section.getByTestId("import-errors").evaluate((table) =>
      [...table.querySelectorAll("tbody tr")].map((tr) => {
        const [row = "", field = "", message = ""] = [...tr.querySelectorAll("td")].map(
          (td) => td.textContent?.trim() ?? "",
        );
        return { row, field, message };
      }),
    );
  }
}
