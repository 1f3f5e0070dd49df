import { resolve } from 'node:path';
import { startStaticServer } from '@shop/apps-platform/server';
import { startShell } from '@shop/shell/server';
import { catalogHosts, expect, test } from '../../fixtures/test.js';
import { catalogEntry, manifestOf } from '../../fixtures/manifest.js';
import { ShellPage } from '../../pages/shell.page.js';
import { collectCspViolations } from '../../fixtures/csp-violations.js';
import { recordResponses } from '../../fixtures/encodings.js';
import type { CatalogPage } from '../../pages/catalog.page.js';

/** The shopper journey: list, filter, search, detail, back. */
async function shopperJourney(catalog: CatalogPage): Promise<void> {
  const { page } = catalog;
  await catalog.goto('/catalog/');
  await catalog.waitForProducts();
  await expect(catalog.products.first().getByRole('img')).toHaveJSProperty('complete', true);

  await catalog.chooseCategory('books');
  await expect(page).toHaveURL(/[?&]category=books\b/);
  await catalog.search('Soups');
  await expect(page).toHaveURL(/[?&]q=Soups\b/);
  await expect.poll(() => catalog.productNames()).toEqual(['A Year of Soups']);

  await catalog.product('A Year of Soups').click();
  await expect(catalog.heading).toHaveText('A Year of Soups');
  await page.goBack();
  await expect.poll(() => catalog.productNames()).toEqual(['A Year of Soups']);
}

for (const catalogHost of catalogHosts) {
  test.describe(`security headers, catalog ${catalogHost}`, () => {
    test.use({ catalogHost });

    test('the shopper journey causes no CSP violation and every text asset arrives compressed', async ({ catalog, page, stack }) => {
      const violations = await collectCspViolations(page);
      const responses = recordResponses(page, [stack.shellUrl, stack.catalogAppUrl]);

      await shopperJourney(catalog);

      expect(violations).toEqual([]);
      const text = responses.filter((r) => /javascript|css|html/.test(r.contentType));
      // Inside the shell: the shell's page and bundle, plus the sub-app's HTML, JS and CSS.
      expect(text.length).toBeGreaterThanOrEqual(catalogHost === 'standalone' ? 3 : 5);
      for (const response of text) expect(response.contentEncoding, response.url).toBe('br');
      expect(responses.filter((r) => r.url.endsWith('.map'))).toEqual([]);
    });
  });
}

test('a sub-app classic inline script is refused by the shell CSP, and the refusal is seen in the sandbox', async ({ page, stack }) => {
  const app = await startStaticServer({ root: resolve(import.meta.dirname, '../../fixtures/inline-script-app'), port: 0, cors: true });
  const entry = { name: 'inline', version: 'e2e', entry: `${app.url}/`, bffUrl: stack.bffUrl, baseroute: '/inline' };
  const shellServer = await startShell({ port: 0, manifest: manifestOf(catalogEntry(stack.catalogAppUrl, stack.bffUrl), entry) });
  try {
    const violations = await collectCspViolations(page);
    const shell = new ShellPage(page, shellServer.url);
    await shell.goto('/inline');
    await expect(page.getByRole('heading', { name: 'Inline script app' })).toBeVisible();

    // The watcher the journey test relies on does see violations inside micro-app's sandbox iframe.
    await expect.poll(() => violations.map((v) => v.text).join('\n')).toContain("script-src 'self' 'unsafe-eval'");
    expect(violations.some((v) => /inline script/i.test(v.text))).toBe(true);
    expect(await shell.sandboxGlobal('inline', 'inlineScriptRan')).toBeUndefined();
  } finally {
    await shellServer.stop();
    await app.stop();
  }
});
