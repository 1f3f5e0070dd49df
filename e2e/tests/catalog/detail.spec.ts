import { catalogHosts, expect, test } from '../../fixtures/test.js';

for (const catalogHost of catalogHosts) {
  test.describe(`catalog ${catalogHost}`, () => {
    test.use({ catalogHost });

    test('a shopper opens a product, refreshes it and goes back', async ({ catalog, page }) => {
      await catalog.goto('/catalog/');
      await catalog.waitForProducts();
      const [name] = await catalog.productNames();
      expect(name).toBeTruthy();

      await catalog.product(name!).click();
      await expect(page).toHaveURL(/\/catalog\/p\/[a-z0-9-]+$/);
      await expect(catalog.heading).toHaveText(name!);
      await expect(catalog.main).toContainText(/\$\d+\.\d{2}/);
      await expect(catalog.main).toContainText(/In stock|Out of stock/);

      const detailUrl = page.url();
      await page.reload();
      await expect(catalog.heading).toHaveText(name!);
      expect(page.url()).toBe(detailUrl);

      await page.goBack();
      await catalog.waitForProducts();
      await expect(page).toHaveURL(/\/catalog\/?$/);
    });

    test('an unknown product slug shows "not found", not the list', async ({ catalog }) => {
      await catalog.goto('/catalog/p/no-such-product-here');
      await expect(catalog.notFound).toBeVisible();
      await expect(catalog.products).toHaveCount(0);
    });
  });
}

test.describe('catalog in the shell', () => {
  test.use({ catalogHost: 'in the shell' });

  test('product links are absolute to the shell origin (open in new tab stays in the shell)', async ({ catalog, shell, stack }) => {
    await catalog.goto('/catalog/');
    await catalog.waitForProducts();
    const href = await catalog.productLinks.first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${stack.shellUrl}/catalog/p/[a-z0-9-]+$`));
    await expect(shell.header).toBeVisible();
  });

  test('a deep link into the shell renders the product inside the shell chrome', async ({ catalog, shell }) => {
    await catalog.goto('/catalog/p/cast-iron-skillet-10');
    await expect(catalog.heading).toHaveText('Cast Iron Skillet 10"');
    await expect(shell.navLink('Catalog')).toHaveAttribute('aria-current', 'page');
    await expect(shell.footer).toBeVisible();
  });
});
