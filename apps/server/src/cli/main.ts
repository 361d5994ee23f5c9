import { Command } from "commander";
import { readConfig } from "../config";
import { registerCalcCommand } from "./calc-command";
import { registerDemoCommand } from "./demo-command";
import { registerImportCommand } from "./import-command";
import { registerPlansCommand } from "./plans-command";
import { registerStartCommand } from "./start-command";
import { registerUsersCommand } from "./users-command";

const program = new Command()
  .name("attain")
  .description(
    "Attain — sales performance management.\nConfiguration: DATABASE_URL (PostgreSQL server; default embedded PGlite), ATTAIN_DATA_DIR (default ./.attain), PORT (default 3000).",
  )
  .version("0.1.0")
  .showHelpAfterError();

const config = readConfig();
registerStartCommand(program, config);
registerDemoCommand(program, config);
registerImportCommand(program, config);
registerUsersCommand(program, config);
registerPlansCommand(program);
registerCalcCommand(program);

program.parseAsync(process.argv).catch((error: unknown) => {
  console.error(`attain: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
