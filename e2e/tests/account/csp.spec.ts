import { expect, test } from '../../fixtures/test.js';
import { collectCspViolations } from '../../fixtures/csp-violations.js';
import { AccountPage, newAccount } from '../../pages/account.page.js';

// The account journey (register, account page, sign out, sign in) needs nothing beyond the
// shell's manifest-built CSP: the user BFF's origin is in connect-src because it is in the manifest.
for (const host of ['in the shell', 'standalone'] as const) {
  test(`the account journey causes no CSP violation (${host})`, async ({ page, stack, shell }) => {
    const violations = await collectCspViolations(page);
    const account = new AccountPage(page, host === 'standalone' ? stack.userAppUrl : stack.shellUrl);
    const shopper = newAccount('csp');
    await account.goto('/account/register');
    await account.register(shopper);
    await expect(account.heading).toHaveText('Your account');
    await expect(account.memberSince).toBeVisible();
    await page.getByRole('main').getByRole('button', { name: 'Sign out' }).click();
    await account.goto('/account/login');
    await account.signIn(shopper.email, shopper.password);
    await expect(account.heading).toHaveText('Your account');
    if (host === 'in the shell') await expect(shell.userMenu(shopper.displayName)).toBeVisible();
    expect(violations).toEqual([]);
  });
}
