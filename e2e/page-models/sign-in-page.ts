import type { Locator, Page } from "playwright-core";

export class SignInPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  readonly error: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByRole("textbox", { name: /^(Email|E-mail)/ });
    this.password = page.getByLabel(/^(Password|Mot de passe)/);
    this.submit = page.getByRole("button", { name: /^(Sign in|Se connecter)$/ });
    this.error = page.getByTestId("sign-in-error");
  }

  async open(): Promise<void> {
    await this.page.goto("/");
    await this.email.waitFor();
  }

  async signIn(email: string, password = "attain-demo"): Promise<void> {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }
}
