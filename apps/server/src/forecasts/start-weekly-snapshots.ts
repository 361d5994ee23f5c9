import type { AttainDatabase } from "@attain/db";
import type { Clock } from "../clock";
import { takeWeeklySnapshots } from "./take-weekly-snapshots";

const HOURLY = 60 * 60 * 1000;

/**
 * Checks on start-up and then every hour whether this week's forecast snapshots exist, and takes the missing ones
 * (the job runner starts it). A check still running when the next one is due is not doubled.
 */
export function startWeeklySnapshots(
  database: AttainDatabase,
  options: { clock: Clock; everyMs?: number },
): { stop(): Promise<void> } {
  let running: Promise<unknown> | null = null;
  const check = () => {
    if (running) return;
    running = takeWeeklySnapshots(database, { today: options.clock.today(), now: options.clock.now() })
      .catch((error) => console.error("weekly forecast snapshots:", error))
      .finally(() => {
        running = null;
      });
  };
  check();
  const timer = setInterval(check, options.everyMs ?? HOURLY);
  timer.unref?.();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
