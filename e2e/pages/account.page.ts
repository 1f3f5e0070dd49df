import type { Locator, Page } from '@playwright/test';

/** What a new account is registered with. */
export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
}

/** A fresh account per test (the e2e database is shared by the run). */
export function newAccount(prefix = 'shopper'): NewAccount {
  const id = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  return { email: `${prefix}-${id}@shop.test`, displayName: `${prefix} ${id}`, password: `e2e-password-${id}` };
}

/**
 * The user sub-app (sign in, register, account), standalone (`<app origin>/account/…`) or in the
 * shell (`<shell origin>/account/…`): its DOM lives under <micro-app> in the shell's document,
 * so the same role and label locators work in both.
 */
export class AccountPage {
  readonly heading: Locator;
  readonly email: Locator;
  readonly password: Locator;
  readonly displayName: Locator;
  readonly signInButton: Locator;
  readonly createAccountButton: Locator;
  readonly createAccountLink: Locator;
  /** The form-level error (wrong credentials…). */
  readonly formError: Locator;
  readonly memberSince: Locator;

  constructor(
    readonly page: Page,
    readonly baseUrl: string,
  ) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.email = main.getByLabel('Email');
    this.password = main.getByLabel('Password', { exact: true });
    this.displayName = main.getByLabel('Display name');
    this.signInButton = main.getByRole('button', { name: 'Sign in' });
    this.createAccountButton = main.getByRole('button', { name: 'Create account' });
    this.createAccountLink = main.getByRole('link', { name: 'Create an account' });
    this.formError = main.getByRole('alert');
    this.memberSince = main.getByText(/^Member since/);
  }

  /** Opens a path of the app (e.g. `/account/login`, `/account/admin/users`). */
  async goto(path = '/account/'): Promise<void> {
    await this.page.goto(`${this.baseUrl}${path}`);
  }

  /** Fills and submits the sign-in form (on the sign-in page). */
  async signIn(email: string, password: string): Promise<void> {
    await this.heading.filter({ hasText: 'Sign in' }).waitFor();
    await this.email.fill(email);
    await this.password.fill(password);
    await this.signInButton.click();
  }

  /** Fills and submits the register form (on the register page). */
  async register(account: NewAccount): Promise<void> {
    await this.heading.filter({ hasText: 'Create your account' }).waitFor();
    await this.email.fill(account.email);
    await this.displayName.fill(account.displayName);
    await this.password.fill(account.password);
    await this.createAccountButton.click();
  }
}
