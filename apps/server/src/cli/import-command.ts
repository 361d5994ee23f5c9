import { createReadStream } from "node:fs";
import { basename } from "node:path";
import type { Command } from "commander";
import type { AttainConfig } from "../config";
import { systemClock } from "../clock";
import {
  type DateFormat,
  dateFormats,
  importEntities,
  type ImportEntity,
  type PeriodGrain,
  periodGrains,
} from "../import/types";
import { findWorkspaceId, withConfiguredDatabase } from "./open-configured-database";
import { printObject, printRows } from "./output";

export function registerImportCommand(program: Command, config: AttainConfig) {
  program
    .command("import")
    .description(
      `Import a CSV or XLSX file. Entities: ${importEntities.join(", ")}; or \`superstore <dir>\` (Tableau's Superstore sample)`,
    )
    .argument("<entity>", "what the file holds")
    .argument(
      "<file>",
      "CSV or XLSX file (for superstore: the folder of superstore_orders.csv and superstore_people.csv)",
    )
    .option("-w, --workspace <slug>", "workspace slug", "demo")
    .option("--valid-rows", "import the valid rows and report the others (default: all or nothing)")
    .option("--delimiter <char>", "CSV delimiter: , ; or tab (detected by default)")
    .option("--date-format <format>", `${dateFormats.join(", ")} (needed when dates are ambiguous)`)
    .option("--decimal-separator <char>", ". or ,")
    .option("--sheet <name>", "XLSX sheet (default: the first)")
    .option("--currency <code>", "currency of amounts when the file has no currency column")
    .option(
      "--column <field=header>",
      "map a field to the file's column when no synonym matches (repeatable), e.g. --column person=BusinessEntityID",
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option("--period-grain <grain>", `quotas: the period column holds a date; ${periodGrains.join(", ")}`)
    .option("--json", "print JSON for scripts")
    .action(
      async (
        entity: string,
        file: string,
        options: Record<string, string | string[] | boolean | undefined>,
      ) => {
        if (entity === "superstore")
          return importSuperstoreDir(config, file, options.workspace, options.json === true);
        if (!(importEntities as readonly string[]).includes(entity)) {
          throw new Error(`Unknown entity "${entity}". Entities: ${importEntities.join(", ")}`);
        }
        const json = options.json === true;
        const dateFormat = options.dateFormat as string | undefined;
        if (dateFormat !== undefined && !(dateFormats as readonly string[]).includes(dateFormat)) {
          throw new Error(`--date-format must be one of ${dateFormats.join(", ")}`);
        }
        const periodGrain = options.periodGrain as string | undefined;
        if (periodGrain !== undefined && !(periodGrains as readonly string[]).includes(periodGrain)) {
          throw new Error(`--period-grain must be one of ${periodGrains.join(", ")}`);
        }
        const columns = columnMappingOf((options.column as string[] | undefined) ?? []);
        const { runImport } = await import("../import");
        await withConfiguredDatabase(config, async (database) => {
          const workspaceId = await findWorkspaceId(database, String(options.workspace));
          const delimiter = options.delimiter === "tab" ? "\t" : (options.delimiter as "," | ";" | undefined);
          const report = await runImport(database, {
            workspaceId,
            entity: entity as ImportEntity,
            source: createReadStream(file),
            fileName: basename(file),
            options: {
              mode: options.validRows ? "valid_rows" : "all_or_nothing",
              delimiter,
              dateFormat: dateFormat as DateFormat | undefined,
              effectiveDate: config.today ?? systemClock.today(),
              decimalSeparator: options.decimalSeparator as "." | "," | undefined,
              sheet: options.sheet as string | undefined,
              currency: options.currency as string | undefined,
              columns,
              periodGrain: periodGrain as PeriodGrain | undefined,
            },
          });
          if (json) {
            console.log(JSON.stringify(report, null, 2));
          } else {
            const { errors, warnings, ...summary } = report;
            printObject(summary, { json });
            for (const warning of warnings) console.log(`warning: ${warning}`);
            if (errors.length > 0)
              printRows(errors.slice(0, 50), { json, columns: ["row", "column", "message"] });
            if (errors.length > 50)
              console.log(`… and ${errors.length - 50} more errors (use --json for all)`);
          }
          if (report.status === "rejected") process.exitCode = 2;
        });
      },
    );
}

/** `--column person=BusinessEntityID --column amount=SalesQuota` → { person: "BusinessEntityID", amount: "SalesQuota" }. */
function columnMappingOf(pairs: readonly string[]): Record<string, string> | undefined {
  if (pairs.length === 0) return undefined;
  const mapping: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf("=");
    if (at <= 0 || at === pair.length - 1) throw new Error(`--column expects field=header, got "${pair}"`);
    mapping[pair.slice(0, at).trim()] = pair.slice(at + 1).trim();
  }
  return mapping;
}

/** `attain import superstore <dir> -w <slug>`: the Superstore sample's orders and regional managers (docs/import.md). */
async function importSuperstoreDir(
  config: AttainConfig,
  dataDir: string,
  workspace: string | string[] | boolean | undefined,
  json: boolean,
) {
  const { importSuperstore, SuperstoreImportError } = await import("../import/superstore");
  await withConfiguredDatabase(config, async (database) => {
    const slug = String(workspace);
    // The sample is a company of its own: its workspace (USD) is created on the first import when it does not exist.
    const [created] = await database.sql.query<{ id: string }>(
      `insert into workspaces (slug, name, reporting_currency) values ($1, 'Superstore', 'USD')
       on conflict (slug) do nothing returning id`,
      [slug],
    );
    if (created) console.log(`Created workspace "${slug}" (USD).`);
    const workspaceId = created?.id ?? (await findWorkspaceId(database, slug));
    try {
      const report = await importSuperstore(database, { workspaceId, dataDir });
      if (json) console.log(JSON.stringify(report, null, 2));
      else {
        const { accounts, orderLines, ...totals } = report;
        printObject(
          {
            ...totals,
            "accounts inserted / updated / unchanged": `${accounts.inserted} / ${accounts.updated} / ${accounts.unchanged}`,
            "order lines inserted / updated / unchanged": `${orderLines.inserted} / ${orderLines.updated} / ${orderLines.unchanged}`,
          },
          { json },
        );
      }
    } catch (error) {
      if (!(error instanceof SuperstoreImportError)) throw error;
      printRows(error.problems.slice(0, 50), { json, columns: ["file", "row", "column", "message"] });
      process.exitCode = 2;
    }
  });
}
