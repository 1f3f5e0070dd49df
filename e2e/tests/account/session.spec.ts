import { expect, test } from '../../fixtures/test.js';
import { AccountPage, newAccount } from '../../pages/account.page.js';
import { CatalogPage } from '../../pages/catalog.page.js';

// The shopper's whole session story in the composed shell.
test('a shopper registers, sees their name on every route, keeps the session across a reload, and logs out everywhere', async ({ shell, page, stack, context }) => {
  const account = new AccountPage(page, stack.shellUrl);
  const catalog = new CatalogPage(page, stack.shellUrl);
  const shopper = newAccount();

  await shell.goto('/account/register');
  await expect(shell.signInLink).toBeVisible();
  await account.register(shopper);

  // Signed in at once: the header names them here and on every other route.
  await expect(shell.userMenu(shopper.displayName)).toBeVisible();
  await expect(account.heading).toHaveText('Your account');
  await shell.navLink('Catalog').click();
  await catalog.waitForProducts();
  await expect(shell.userMenu(shopper.displayName)).toBeVisible();
  // The catalog sub-app sees the same user as the shell and the user sub-app.
  await expect(page.getByText(`Shopping as ${shopper.displayName}`)).toBeVisible();
  await shell.goto('/no/such/page');
  await expect(shell.userMenu(shopper.displayName)).toBeVisible();

  // A reload keeps the session: the shell refreshes silently from the httpOnly cookie.
  await shell.goto('/account/');
  // Wait for the page-load refresh to land its rotated cookie before reloading (see README: a
  // reload that aborts a refresh in flight loses the rotated cookie).
  await expect(account.heading).toHaveText('Your account');
  await page.reload();
  await expect(shell.userMenu(shopper.displayName)).toBeVisible();
  await expect(account.heading).toHaveText('Your account');
  await expect(account.memberSince).toBeVisible();
  const [refreshCookie] = (await context.cookies(stack.userBffUrl)).filter((c) => c.name === 'shop_refresh');
  expect(refreshCookie?.httpOnly).toBe(true);

  // Logout ends it everywhere: the shell header, the mounted user app (it leaves its guarded
  // page), the catalog, and the server (the old refresh cookie no longer works).
  await shell.signOut(shopper.displayName);
  await expect(shell.signInLink).toBeVisible();
  await expect(page).toHaveURL(/\/catalog\/?$/);
  await catalog.waitForProducts();
  await expect(page.getByText('Shopping as')).toHaveCount(0);
  await context.addCookies([refreshCookie!]); // replay the revoked refresh token
  await page.reload();
  await catalog.waitForProducts();
  await expect(shell.signInLink).toBeVisible();
  await shell.goto('/account/');
  await expect(page).toHaveURL(/\/account\/login\?next=/);
  await expect(account.heading).toHaveText('Sign in');
});

test('the shell and the user app agree on the user after a rename', async ({ shell, page, stack }) => {
  const account = new AccountPage(page, stack.shellUrl);
  const shopper = newAccount();
  await shell.goto('/account/register');
  await account.register(shopper);
  await expect(shell.userMenu(shopper.displayName)).toBeVisible();
  await account.displayName.fill(`${shopper.displayName} Renamed`);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your name was saved.' })).toBeVisible();
  await expect(shell.userMenu(`${shopper.displayName} Renamed`)).toBeVisible();
});
