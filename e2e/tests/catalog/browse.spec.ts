import { catalogHosts, expect, test } from '../../fixtures/test.js';

for (const catalogHost of catalogHosts) {
  test.describe(`catalog ${catalogHost}`, () => {
    test.use({ catalogHost });

    test('a shopper sees a grid of products with prices', async ({ catalog }) => {
      await catalog.goto('/catalog/');
      await catalog.waitForProducts();
      await expect(catalog.heading).toHaveText('Catalog');
      await expect(catalog.summary).toBeVisible();
      expect(await catalog.products.count()).toBeGreaterThan(1);
      for (const card of (await catalog.products.all()).slice(0, 5)) {
        await expect(card).toContainText(/\$\d+\.\d{2}/);
      }
    });

    test('a shopper filters by category and the URL reflects it', async ({ catalog, page }) => {
      await catalog.goto('/catalog/');
      await catalog.waitForProducts();
      const allTotal = await catalog.total();
      await catalog.chooseCategory('books');
      await expect(page).toHaveURL(/[?&]category=books\b/);
      await expect.poll(() => catalog.total()).toBeLessThan(allTotal);
      await catalog.waitForProducts();

      await page.reload();
      await catalog.waitForProducts();
      await expect(page).toHaveURL(/[?&]category=books\b/);
      expect(await catalog.total()).toBeLessThan(allTotal);
    });

    test('a shopper searches and the URL reflects the query', async ({ catalog, page }) => {
      await catalog.goto('/catalog/');
      await catalog.waitForProducts();
      await catalog.search('Skillet');
      await expect(page).toHaveURL(/[?&]q=Skillet\b/);
      await expect(catalog.card('Cast Iron Skillet 10"')).toContainText('$34.95');
      await expect.poll(() => catalog.productNames()).toEqual(['Cast Iron Skillet 10"']);
    });

    test('a search for "%" does not break the page', async ({ catalog, page }) => {
      await catalog.goto('/catalog/');
      await catalog.waitForProducts();
      await catalog.search('%');
      await expect(page).toHaveURL(/[?&]q=%25/);
      await expect(catalog.emptyState.or(catalog.products.first())).toBeVisible();
      await expect(catalog.errorState).toHaveCount(0);
    });

    test('a search without results shows the empty state', async ({ catalog }) => {
      await catalog.goto('/catalog/');
      await catalog.waitForProducts();
      await catalog.search('zzqx-no-such-product');
      await expect(catalog.emptyState).toBeVisible();
      await expect(catalog.products).toHaveCount(0);
    });
  });
}
