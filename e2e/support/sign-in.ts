import type { Page } from "playwright-core";
import { RevenuePage } from "../page-models/revenue-page";
import { SignInPage } from "../page-models/sign-in-page";

/** Signs in through the form and waits for the dashboard. */
export async function signInAs(page: Page, email: string): Promise<RevenuePage> {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(email);
  const revenue = new RevenuePage(page);
  await revenue.waitLoaded();
  return revenue;
}
