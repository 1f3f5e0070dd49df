import { expect, test } from '../../fixtures/test.js';
import { CatalogPage } from '../../pages/catalog.page.js';

test.describe('shell navigation', () => {
  test('the header nav returns from a product page to the catalog list', async ({ shell, page, stack }) => {
    const catalog = new CatalogPage(page, stack.shellUrl);
    await shell.goto('/');
    await expect(page).toHaveURL(new RegExp(`^${stack.shellUrl}/catalog/?$`));
    await catalog.waitForProducts();

    // Navigate inside the sub-app: the shell router does not see this one.
    const [name] = await catalog.productNames();
    await catalog.product(name!).click();
    await expect(catalog.heading).toHaveText(name!);

    await shell.navLink('Catalog').click();
    await expect(page).toHaveURL(new RegExp(`^${stack.shellUrl}/catalog/?$`));
    await catalog.waitForProducts();
    await expect(catalog.heading).toHaveText('Catalog');

    // History stays linear: back returns to the product page.
    await page.goBack();
    await expect(catalog.heading).toHaveText(name!);
  });

  test('the brand link goes home from a product page', async ({ shell, page, stack }) => {
    const catalog = new CatalogPage(page, stack.shellUrl);
    await shell.goto('/catalog/p/cast-iron-skillet-10');
    await expect(catalog.heading).toHaveText('Cast Iron Skillet 10"');
    await shell.brand.click();
    await expect(page).toHaveURL(new RegExp(`^${stack.shellUrl}/catalog/?$`));
    await catalog.waitForProducts();
  });

  test('an unknown shell path shows the shell "Page not found" with the chrome intact', async ({ shell, page }) => {
    await shell.goto('/no/such/place');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(shell.nav).toBeVisible();
    await expect(shell.footer).toBeVisible();
    await expect(page.locator('micro-app')).toHaveCount(0);
    await page.getByRole('link', { name: 'Go to the shop' }).click();
    await expect(page).toHaveURL(/\/catalog\/?$/);
  });

  test('nav links come from the manifest only', async ({ shell }) => {
    await shell.goto('/no/such/place');
    await expect(shell.nav.getByRole('link')).toHaveText(['Catalog', 'Orders']);
  });
});
