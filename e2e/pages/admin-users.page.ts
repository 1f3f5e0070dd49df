import type { Locator, Page } from '@playwright/test';

/** The user app's admin page (`/account/admin/users`): search, list, grant/revoke admin. */
export class AdminUsersPage {
  readonly heading: Locator;
  readonly search: Locator;
  readonly searchButton: Locator;
  readonly table: Locator;
  readonly nextPage: Locator;

  constructor(readonly page: Page) {
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1 });
    this.search = main.getByRole('search').getByLabel('Search users');
    this.searchButton = main.getByRole('search').getByRole('button', { name: 'Search' });
    this.table = main.getByRole('table', { name: /Accounts/ });
    this.nextPage = main.getByRole('link', { name: 'Next page' });
  }

  /** Searches accounts by email or name. */
  async find(text: string): Promise<void> {
    await this.search.fill(text);
    await this.searchButton.click();
  }

  /** The table row of an account (by its email). */
  row(email: string): Locator {
    return this.table.getByRole('row').filter({ hasText: email });
  }

  /** Grants admin to the account shown as `displayName`. */
  async grantAdmin(displayName: string): Promise<void> {
    await this.page.getByRole('button', { name: `Grant admin to ${displayName}` }).click();
  }
}
