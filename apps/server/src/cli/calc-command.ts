import { basename } from "node:path";
import type { Command } from "commander";
import type { CalcReport } from "../plans/calc-report";
import { formatPlanIssue } from "../plans/format-plan-issue";
import { loadCalcFiles } from "../plans/load-calc-files";
import { runPlanCalculation } from "../plans/run-plan-calculation";
import { printRows } from "./output";

type CalcOptions = {
  plan: string;
  transactions: string;
  people?: string;
  quotas?: string;
  rates?: string;
  scores?: string;
  period: string;
  fiscalYearStart: string;
  fiscalYearNaming: string;
  json?: boolean;
};

export function registerCalcCommand(program: Command) {
  program
    .command("calc")
    .description("Calculate a plan from files, without a database (file formats: docs/plans.md)")
    .requiredOption("--plan <file>", "plan file (YAML or JSON)")
    .requiredOption("--transactions <file>", "transactions.csv")
    .option("--people <file>", "people.csv (names, managers, target incentives, plans)")
    .option("--quotas <file>", "quotas.csv")
    .option("--rates <file>", "rates.csv (exchange rates to the plan currency)")
    .option("--scores <file>", "scores.csv (MBO scores)")
    .requiredOption("--period <key>", "period to report: 2025-Q1, 2025-03 or 2025, as the plan is paid")
    .option("--fiscal-year-start <month>", "month the fiscal year starts, 1–12", "1")
    .option("--fiscal-year-naming <start|end>", "FY n is the year that starts or ends in n", "end")
    .option("--json", "print every line with its trace, unassigned credits and errors as JSON")
    .action(async (options: CalcOptions) => {
      const startMonth = Number(options.fiscalYearStart);
      if (!Number.isInteger(startMonth) || startMonth < 1 || startMonth > 12) {
        throw new Error("--fiscal-year-start must be a month number 1–12");
      }
      const naming = options.fiscalYearNaming;
      if (naming !== "start" && naming !== "end")
        throw new Error("--fiscal-year-naming must be start or end");
      const loaded = await loadCalcFiles(options);
      if (!loaded.ok) {
        const planFile = basename(options.plan);
        if (options.json)
          console.log(JSON.stringify({ planIssues: loaded.planIssues, errors: loaded.errors }, null, 2));
        else {
          for (const issue of loaded.planIssues) console.log(formatPlanIssue(planFile, issue));
          if (loaded.errors.length > 0)
            printRows(loaded.errors, { json: false, columns: ["file", "row", "column", "message"] });
        }
        process.exitCode = 2;
        return;
      }
      const report = runPlanCalculation({
        ...loaded.input,
        periodKey: options.period,
        calendar: { startMonth, naming },
      });
      if (options.json) console.log(JSON.stringify(report, null, 2));
      else printReport(report);
      if (report.errors.length > 0) process.exitCode = 2;
    });
}

function printReport(report: CalcReport): void {
  const { plan, period, currency } = report;
  console.log(
    `${plan.name} (version ${plan.version}), ${period.key} (${period.start} to ${period.end}), ${currency}`,
  );
  printRows(
    report.payees.map((p) => ({
      payee: p.payeeId,
      name: p.name,
      attainment: p.attainment.ratio ?? "",
      ytd: p.attainment.ytdRatio ?? "",
      earned: p.totals.earned,
      "held back": p.totals.heldBack,
      draw: p.totals.drawAdvance,
      recovered: p.totals.drawRecovered,
      payable: p.totals.payable,
    })),
    { json: false },
  );
  if (report.unassigned.length > 0) {
    console.log(`${report.unassigned.length} credits not on this plan:`);
    printRows(report.unassigned, { json: false, columns: ["transactionId", "payeeId", "reason"] });
  }
  if (report.errors.length > 0) {
    console.log(`${report.errors.length} errors:`);
    printRows(report.errors, {
      json: false,
      columns: ["file", "row", "column", "payee", "period", "message"],
    });
  }
}
