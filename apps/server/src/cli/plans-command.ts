import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import type { Command } from "commander";
import { formatPlanIssue } from "../plans/format-plan-issue";
import { readPlanFile } from "../plans/read-plan-file";
import { STANDARD_MEASURES } from "../plans/standard-measures";

export function registerPlansCommand(program: Command) {
  const plans = program.command("plans").description("Compensation plans as files (docs/plans.md)");
  plans
    .command("validate")
    .description("Check plan files (YAML or JSON): shape, tier bands, references, amounts and formulas")
    .argument("<file...>", "plan files")
    .option("--measures <list>", "extra measure names plans may count, comma-separated (e.g. meetings,calls)")
    .option("--json", "print JSON for scripts")
    .action(async (files: string[], options: { measures?: string; json?: boolean }) => {
      const extra = (options.measures ?? "")
        .split(",")
        .map((m) => m.trim())
        .filter((m) => m !== "");
      const measures = [...STANDARD_MEASURES, ...extra];
      const results = [];
      for (const file of files) {
        const name = basename(file);
        let text: string;
        try {
          text = await readFile(file, "utf8");
        } catch (error) {
          const message = `cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`;
          results.push({ file, valid: false, issues: [{ path: [], message, line: 1, column: 1 }] });
          continue;
        }
        const result = readPlanFile(text, name, { measures });
        if (result.ok) {
          const { key, name: planName, version, components } = result.plan;
          results.push({
            file,
            valid: true,
            plan: { key, name: planName, version, components: components.length },
          });
        } else results.push({ file, valid: false, issues: result.issues });
      }
      if (options.json) console.log(JSON.stringify(results, null, 2));
      else {
        for (const r of results) {
          if (r.plan)
            console.log(
              `${r.file}: valid (${r.plan.name}, version ${r.plan.version}, ${r.plan.components} components)`,
            );
          for (const issue of r.issues ?? []) console.log(formatPlanIssue(r.file, issue));
        }
      }
      if (results.some((r) => !r.valid)) process.exitCode = 2;
    });
}
