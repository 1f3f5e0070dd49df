import { expect, test } from '../../fixtures/test.js';
import { AccountPage, newAccount } from '../../pages/account.page.js';
import { AdminUsersPage } from '../../pages/admin-users.page.js';
import { ShellPage } from '../../pages/shell.page.js';
import { UserBffApi } from '../../pages/user-bff.api.js';

const USERS = 'query { users(first: 5) { totalCount } }';

test('an admin finds a new shopper and grants them admin; the shopper then sees Admin', async ({ shell, page, stack, browser }) => {
  // The shopper registers in their own browser.
  const shopper = newAccount('promoted');
  const theirContext = await browser.newContext();
  const theirPage = await theirContext.newPage();
  const theirShell = new ShellPage(theirPage, stack.shellUrl);
  await theirShell.goto('/account/register');
  await new AccountPage(theirPage, stack.shellUrl).register(shopper);
  await expect(theirShell.userMenu(shopper.displayName)).toBeVisible();

  // The admin signs in and uses Admin from the header.
  await shell.goto('/account/login');
  await new AccountPage(page, stack.shellUrl).signIn(stack.accounts.admin.email, stack.accounts.admin.password);
  await shell.openFromMenu(stack.accounts.admin.displayName, 'Admin');
  const admin = new AdminUsersPage(page);
  await expect(admin.heading).toHaveText('Users');
  await admin.find(shopper.email);
  await expect(admin.row(shopper.email)).toContainText('Shopper');
  await admin.grantAdmin(shopper.displayName);
  await expect(admin.row(shopper.email)).toContainText('Admin');
  await expect(admin.row(shopper.email).getByRole('button')).toHaveText('Revoke admin');

  // The new role reaches the shopper with their next session.
  await theirShell.signOut(shopper.displayName);
  await theirShell.goto('/account/login');
  await new AccountPage(theirPage, stack.shellUrl).signIn(shopper.email, shopper.password);
  await theirShell.userMenu(shopper.displayName).click();
  await expect(theirShell.menuLink('Admin')).toBeVisible();
  await theirContext.close();
});

test('a shopper is refused the admin page in the UI (403 page) and at the API (FORBIDDEN)', async ({ shell, page, stack, request }) => {
  const { shopper } = stack.accounts;
  await shell.goto('/account/login');
  await new AccountPage(page, stack.shellUrl).signIn(shopper.email, shopper.password);
  await shell.userMenu(shopper.displayName).click();
  await expect(shell.menuLink('Account')).toBeVisible();
  await expect(shell.menuLink('Admin')).toHaveCount(0);

  // Typing the URL: the shell's 403 page, with the chrome intact and no sub-app mounted.
  await shell.goto('/account/admin/users');
  await expect(shell.forbidden).toBeVisible();
  await expect(shell.userMenu(shopper.displayName)).toBeVisible();
  await expect(page.locator('micro-app')).toHaveCount(0);

  // The UI guard is a convenience; the BFF is the gate, and tells 401 from 403.
  const api = new UserBffApi(request, stack.userBffUrl, stack.shellUrl);
  const token = await api.accessToken(shopper.email, shopper.password);
  const forbidden = await api.call(USERS, {}, token);
  expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  expect(forbidden.data?.users ?? null).toBeNull();
  const anonymous = await api.call(USERS);
  expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const setRole = await api.call('mutation { setRole(userId: "1", role: ADMIN) { id } }', {}, token);
  expect(setRole.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});
