import { expect, test } from '../../fixtures/test.js';
import { CatalogPage } from '../../pages/catalog.page.js';

test('the shell shows a loading status until the sub-app has mounted', async ({ shell, page, stack }) => {
  const catalog = new CatalogPage(page, stack.shellUrl);
  // Hold the catalog's entry HTML until the loading state has been seen (a gate, not a delay).
  let release = (): void => undefined;
  const gate = new Promise<void>((resolveGate) => (release = resolveGate));
  let held = 0;
  await page.route(`${stack.catalogAppUrl}/catalog/`, async (route) => {
    held += 1;
    await gate;
    await route.continue();
  });

  await shell.goto('/catalog/');
  const loading = page.getByRole('status').filter({ hasText: 'Loading Catalog' });
  await expect(loading).toBeVisible();
  await expect(catalog.products).toHaveCount(0);
  await expect.poll(() => held).toBe(1);

  release();
  await catalog.waitForProducts();
  await expect(loading).toHaveCount(0);
});
