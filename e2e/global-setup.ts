import type { TestProject } from "vitest/node";
import { startAttain } from "../apps/server/src/start-attain";

declare module "vitest" {
  // Module augmentation needs an interface.
  export interface ProvidedContext {
    attainUrl: string;
  }
}

/**
 * Optional: one Attain for every browser test file (creating the demo company is most of a file's time).
 * Wire it with `globalSetup: ["e2e/global-setup.ts"]` in the e2e project; without it each file starts its own.
 */
export default async function setup(project: TestProject) {
  const server = await startAttain({
    port: 0,
    dataDir: "memory://",
    demo: { scale: 0.2 },
    today: "2026-11-22",
    quiet: true,
    signInsPerMinute: 1_000,
  });
  project.provide("attainUrl", server.url);
  return () => server.close();
}
