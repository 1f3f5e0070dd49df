import { expect, test } from '../../fixtures/test.js';
import { AccountPage, newAccount } from '../../pages/account.page.js';
import { AdminUsersPage } from '../../pages/admin-users.page.js';

test.describe('signing in', () => {
  test('a wrong password and an unknown email get the same message, and the user stays signed out', async ({ shell, page, stack }) => {
    const account = new AccountPage(page, stack.shellUrl);
    await shell.goto('/account/login');
    await account.signIn(stack.accounts.shopper.email, 'not-the-password-123');
    await expect(account.formError).toBeVisible();
    const wrongPassword = await account.formError.innerText();
    await account.signIn(`nobody-${Date.now()}@shop.test`, 'not-the-password-123');
    await expect(account.formError).toHaveText(wrongPassword);
    await expect(account.password).toHaveValue('');
    await expect(shell.signInLink).toBeVisible();
  });

  test('a guarded URL while signed out goes to sign-in, then back to that URL', async ({ shell, page, stack }) => {
    const account = new AccountPage(page, stack.shellUrl);
    await shell.goto('/account/admin/users?q=shop');
    await expect(page).toHaveURL(/\/account\/login\?next=/);
    await account.signIn(stack.accounts.admin.email, stack.accounts.admin.password);
    await expect(page).toHaveURL(`${stack.shellUrl}/account/admin/users?q=shop`);
    await expect(new AdminUsersPage(page).heading).toHaveText('Users');
  });

  test('register shows field errors inline, beside their fields', async ({ shell, page, stack }) => {
    const account = new AccountPage(page, stack.shellUrl);
    await shell.goto('/account/register');
    await account.register({ ...newAccount(), password: 'short' });
    await expect(account.password).toHaveAttribute('aria-invalid', 'true');
    await expect(account.password).toHaveAttribute('aria-describedby', /user-register-password-error/);
    await account.register({ ...newAccount(), email: stack.accounts.shopper.email });
    await expect(account.email).toHaveAttribute('aria-invalid', 'true');
  });

  test('the user app runs standalone with its own session', async ({ page, stack }) => {
    const account = new AccountPage(page, stack.userAppUrl);
    await account.goto('/account/');
    await expect(page).toHaveURL(/\/account\/login\?next=/);
    await account.signIn(stack.accounts.shopper.email, stack.accounts.shopper.password);
    await expect(account.heading).toHaveText('Your account');
    await page.reload();
    await expect(account.heading).toHaveText('Your account');
  });
});
