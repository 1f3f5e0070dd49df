import type { Page } from '@playwright/test';
import { expect, test } from '../../fixtures/test.js';
import { AccountPage } from '../../pages/account.page.js';
import { CatalogPage } from '../../pages/catalog.page.js';

// The stack's user service issues access tokens that live `accessTokenTtlSeconds` (a few
// seconds): shorter than the shell's 30 s refresh margin, so the shell refreshes them on demand
// only — exactly the path a sleeping laptop takes.

/** Counts the refreshSession requests the page sends (from the shell or any sandbox). */
function countRefreshes(page: Page, userBffUrl: string): () => number {
  let count = 0;
  page.on('request', (request) => {
    if (request.url() === userBffUrl && request.method() === 'POST' && (request.postData() ?? '').includes('refreshSession')) count += 1;
  });
  return () => count;
}

/** Waits until an access token issued now has expired (a wait, not an assertion). */
async function outliveAccessToken(ttlSeconds: number): Promise<void> {
  const expired = Date.now() + ttlSeconds * 1000 + 500;
  await expect.poll(() => Date.now(), { timeout: ttlSeconds * 1000 + 5_000, intervals: [250] }).toBeGreaterThan(expired);
}

async function signInWithBothAppsLoaded(page: Page, shellUrl: string, email: string, password: string, displayName: string) {
  const account = new AccountPage(page, shellUrl);
  await page.goto(`${shellUrl}/account/login`);
  await account.signIn(email, password);
  await expect(account.memberSince).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Catalog' }).click();
  await new CatalogPage(page, shellUrl).waitForProducts();
  await expect(page.getByText(`Shopping as ${displayName}`)).toBeVisible();
}

test('an expired token costs one transparent refresh, even with two sub-apps asking at once', async ({ shell, page, stack }) => {
  const { shopper } = stack.accounts;
  const refreshes = countRefreshes(page, stack.userBffUrl);
  await signInWithBothAppsLoaded(page, stack.shellUrl, shopper.email, shopper.password, shopper.displayName);
  const afterSignIn = refreshes();

  // Two sub-apps (catalog and user sandboxes, both loaded) ask the shell for a fresh token at once.
  await outliveAccessToken(stack.accessTokenTtlSeconds);
  const tokens = await page.evaluate(async () =>
    Promise.all(
      ['catalog', 'user'].map((name) => {
        const sandbox = (document.querySelector(`iframe#${name}`) as HTMLIFrameElement).contentWindow as unknown as {
          microApp: { getGlobalData(): { auth: { refresh(): Promise<string | null> } } };
        };
        return sandbox.microApp.getGlobalData().auth.refresh();
      }),
    ),
  );
  expect(tokens[0]).toBeTruthy();
  expect(tokens[1]).toBe(tokens[0]);
  expect(refreshes() - afterSignIn).toBe(1);

  // Expired again: the user app's own call fails UNAUTHENTICATED, the shell refreshes once, the
  // call is retried and the page shows its data; the catalog then uses the new token as is.
  await outliveAccessToken(stack.accessTokenTtlSeconds);
  const beforeCalls = refreshes();
  await shell.openFromMenu(shopper.displayName, 'Account');
  await expect(new AccountPage(page, stack.shellUrl).memberSince).toBeVisible();
  await shell.navLink('Catalog').click();
  await new CatalogPage(page, stack.shellUrl).waitForProducts();
  expect(refreshes() - beforeCalls).toBe(1);
  await expect(shell.userMenu(shopper.displayName)).toBeVisible();
});

test('when the refresh fails, the user lands on sign-in with a message', async ({ shell, page, stack, context }) => {
  const { shopper } = stack.accounts;
  await signInWithBothAppsLoaded(page, stack.shellUrl, shopper.email, shopper.password, shopper.displayName);
  await context.clearCookies(); // the refresh token is gone (another device signed out, it expired…)
  await outliveAccessToken(stack.accessTokenTtlSeconds);
  await shell.openFromMenu(shopper.displayName, 'Account');
  await expect(shell.sessionEnded).toBeVisible();
  await expect(page).toHaveURL(/\/account\/login\?next=/);
  await expect(new AccountPage(page, stack.shellUrl).heading).toHaveText('Sign in');
  await expect(shell.signInLink).toBeVisible();
});
