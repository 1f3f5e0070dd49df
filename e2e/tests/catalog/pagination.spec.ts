import { catalogHosts, expect, test } from '../../fixtures/test.js';

for (const catalogHost of catalogHosts) {
  test.describe(`catalog ${catalogHost}`, () => {
    test.use({ catalogHost });

    test('the next page shows other products and back returns to the first', async ({ catalog, page }) => {
      await catalog.goto('/catalog/');
      await catalog.waitForProducts();
      const firstPage = await catalog.productNames();

      await catalog.nextPage.click();
      await expect(page).toHaveURL(/[?&]after=/);
      await expect.poll(() => catalog.productNames()).not.toEqual(firstPage);
      const secondPage = await catalog.productNames();
      expect(secondPage.length).toBeGreaterThan(0);
      expect(secondPage.filter((name) => firstPage.includes(name))).toEqual([]);

      await page.goBack();
      await expect(page).not.toHaveURL(/[?&]after=/);
      await expect.poll(() => catalog.productNames()).toEqual(firstPage);
    });
  });
}
