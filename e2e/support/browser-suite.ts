import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, inject } from "vitest";
import { type RunningAttain, startAttain } from "../../apps/server/src/start-attain";
import { launchChromium } from "./browser";
import { ensureDir, fileSafe, tracesDir } from "./paths";

export type BrowserSuite = {
  /** The Attain under test: shared by all files when e2e/global-setup.ts is wired, else started by this file. */
  readonly baseUrl: string;
  readonly browser: Browser;
  readonly context: BrowserContext;
  readonly page: Page;
};

/**
 * One Attain (in-memory database, small demo company, clock pinned to 2026-11-22) and one Chromium per test file;
 * a fresh browser context per test, traced, with the trace kept only when the test fails.
 */
export function useBrowserSuite(): BrowserSuite {
  let server: RunningAttain | undefined;
  let baseUrl: string | undefined = inject("attainUrl");
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    const own = baseUrl
      ? undefined
      : startAttain({
          port: 0,
          dataDir: "memory://",
          demo: { scale: 0.2 },
          today: "2026-11-22",
          quiet: true,
          signInsPerMinute: 1_000,
        });
    [server, browser] = await Promise.all([own, launchChromium()]);
    baseUrl ??= server?.url;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  beforeEach(async (ctx) => {
    if (!browser || !baseUrl) throw new Error("The browser suite did not start");
    const current = await browser.newContext({
      baseURL: baseUrl,
      viewport: { width: 1366, height: 900 },
      locale: "en-GB",
      timezoneId: "Europe/Paris",
    });
    await current.tracing.start({ screenshots: false, snapshots: true });
    context = current;
    page = await current.newPage();
    page.setDefaultTimeout(15_000);
    ctx.onTestFinished(async ({ task }) => {
      if (task.result?.state === "fail") {
        const path = `${ensureDir(tracesDir)}/${fileSafe(`${task.file?.name ?? "e2e"}-${task.name}`)}.zip`;
        await current.tracing.stop({ path });
        console.error(`Playwright trace kept: ${path} (open with npx playwright-core show-trace)`);
      } else {
        await current.tracing.stop();
      }
      await current.close();
    });
  });

  const need = <T>(value: T | undefined, name: string): T => {
    if (value === undefined) throw new Error(`${name} is not ready`);
    return value;
  };
  return {
    get baseUrl() {
      return need(baseUrl, "baseUrl");
    },
    get browser() {
      return need(browser, "browser");
    },
    get context() {
      return need(context, "context");
    },
    get page() {
      return need(page, "page");
    },
  };
}
