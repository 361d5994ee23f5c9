import type { Command } from "commander";
import type { AttainConfig } from "../config";

export function registerStartCommand(program: Command, config: AttainConfig) {
  program
    .command("start")
    .description("Run Attain (API and web app); creates the demo company on first start unless --no-demo")
    .option("-p, --port <port>", "port to listen on", String(config.port))
    .option("--host <host>", "interface to listen on", process.env.HOST ?? "127.0.0.1")
    .option("--no-demo", "do not create the demo company")
    .option("--today <date>", "pin the date (YYYY-MM-DD), e.g. for a reproducible demo", config.today)
    .action(async (options: { port: string; host: string; demo: boolean; today?: string }) => {
      // Loaded on demand so that `attain --help` answers at once.
      const { startAttain } = await import("../start-attain");
      const running = await startAttain({
        port: Number(options.port),
        host: options.host,
        dataDir: config.dataDir,
        databaseUrl: config.databaseUrl,
        demo: options.demo && config.demo ? { scale: 1 } : false,
        today: options.today,
      });
      const stop = async () => {
        await running.close();
        process.exit(0);
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
