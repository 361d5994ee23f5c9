import type { APIRequestContext, Page } from "playwright-core";
import type { BookingLinesPage, Me, RevenueVsTarget } from "../../apps/web/src/api/types";

/** Calls the API with the page's own session cookie, exactly as the web app does. */
export async function getJson<T>(page: Page | APIRequestContext, path: string): Promise<T> {
  const request = "request" in page ? page.request : page;
  const response = await request.get(path);
  if (!response.ok()) throw new Error(`GET ${path} → ${response.status()}: ${await response.text()}`);
  return (await response.json()) as T;
}

export const getReport = (page: Page, query = "") =>
  getJson<RevenueVsTarget>(page, `/api/revenue-vs-target${query}`);
export const getMe = (page: Page | APIRequestContext) => getJson<Me>(page, "/api/me");
export type { BookingLinesPage, Me, RevenueVsTarget };
