import type { Page } from "playwright-core";

export type ControlTotalShown = { currency: string; amount: string; text: string };

/** Compensation → Exports: payroll (per layout) and accrual CSV downloads with their control totals. */
export class CompExportsPage {
  constructor(readonly page: Page) {}

  async open(periodKey: string): Promise<void> {
    await this.page.goto(`/comp/exports?period=${periodKey}`);
    await this.page.getByTestId("export-payroll").waitFor();
  }

  /** Downloads the payroll CSV; returns the file's text and the control totals the page shows. */
  async downloadPayroll(): Promise<{ csv: string; controls: ControlTotalShown[] }> {
    const download = this.page.waitForEvent("download");
    await this.page.getByTestId("download-payroll").click();
    const file = await download;
    const path = await file.path();
    const { readFile } = await import("node:fs/promises");
    const csv = await readFile(path, "utf8");
    await this.page.getByTestId("payroll-controls").waitFor();
    const controls = await this.page.getByTestId("payroll-control-total").evaluateAll((nodes) =>
      nodes.map((n) => ({
        currency: n.getAttribute("data-currency") ?? "",
        amount: n.getAttribute("data-amount") ?? "",
        text: n.textContent?.trim() ?? "",
      })),
    );
    return { csv, controls };
  }
}
