import type { TFunction } from "i18next";
import { ApiProblem } from "../api/api-fetch";

/** The message to show for a failed sign-in: known statuses in the UI language, otherwise the API's own words. */
export function signInErrorMessage(error: unknown, t: TFunction): string {
  if (!(error instanceof ApiProblem)) return t("revenue.error.network");
  if (error.status === 401) return t("signIn.badCredentials");
  if (error.status === 429) return t("signIn.rateLimited");
  if (error.status === 0) return t("revenue.error.network");
  return error.detail ?? error.title;
}

export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiProblem ? error.errors.find((e) => e.path === field)?.message : undefined;
}
