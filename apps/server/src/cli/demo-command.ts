import type { Command } from "commander";
import type { AttainConfig } from "../config";
import { systemClock } from "../clock";
import { withConfiguredDatabase } from "./open-configured-database";
import { printObject, printRows } from "./output";

export function registerDemoCommand(program: Command, config: AttainConfig) {
  program
    .command("demo")
    .description(
      "Create a demo company (deterministic from --seed); --scale 10 makes ~10x the volume for benchmarks",
    )
    .option("--scale <n>", "volume multiplier", "1")
    .option("--seed <n>", "random seed", "42")
    .option("--slug <slug>", "workspace slug (default demo, or demo-x<scale>)")
    .option("--today <date>", "the date the demo is built around (YYYY-MM-DD)", config.today)
    .option("--json", "print JSON for scripts")
    .action(
      async (options: { scale: string; seed: string; slug?: string; today?: string; json?: boolean }) => {
        const scale = Number(options.scale);
        const seed = Number.parseInt(options.seed, 10);
        if (!(scale > 0 && scale <= 100)) throw new Error("--scale must be a number between 0 and 100");
        if (!Number.isInteger(seed)) throw new Error("--seed must be an integer");
        const slug = options.slug ?? (scale === 1 ? "demo" : `demo-x${scale}`);
        const { demoCompanyExists, loadDemoCompany } = await import("../demo");
        await withConfiguredDatabase(config, async (database) => {
          if (await demoCompanyExists(database, slug))
            throw new Error(`Workspace "${slug}" exists already; pass --slug`);
          const started = Date.now();
          const result = await loadDemoCompany(database, {
            scale,
            seed,
            slug,
            today: options.today ?? systemClock.today(),
          });
          const json = options.json ?? false;
          printObject(
            {
              workspace: slug,
              workspaceId: result.workspaceId,
              seconds: (Date.now() - started) / 1000,
              ...result.counts,
            },
            { json },
          );
          if (!json)
            printRows(
              result.users.map((u) => ({
                email: u.email,
                role: u.role,
                person: u.personName,
                password: u.password,
              })),
              { json },
            );
        });
      },
    );
}
