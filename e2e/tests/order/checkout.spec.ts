import { expect, test } from '../../fixtures/test.js';
import { productInStock, stockOf } from '../../fixtures/catalog-api.js';
import { newShopperWithInCart } from '../../fixtures/new-shopper.js';
import { AccountPage, newAccount } from '../../pages/account.page.js';
import { CatalogPage } from '../../pages/catalog.page.js';
import { checkoutWith, DECLINED_CARD, GOOD_CARD, OrderPage } from '../../pages/order.page.js';

test.describe('checkout', () => {
  test('a guest fills the cart, it survives a reload and joins the account on sign-up; paying shows PAID then SHIPPED live', async ({ shell, page, stack }) => {
    const product = await productInStock(stack.bffUrl, 1);
    const catalog = new CatalogPage(page, stack.shellUrl);
    const orders = new OrderPage(page, stack.shellUrl);
    await catalog.goto(`/catalog/p/${product.slug}`);
    await page.getByLabel('Quantity').fill('2');
    await catalog.addToCart(product.name).click();
    await expect(catalog.added).toBeVisible();
    await expect(shell.cartLink).toHaveAccessibleName('Cart, 2 items');
    await page.reload();
    await expect(shell.cartLink).toHaveAccessibleName('Cart, 2 items');

    // Sign up from the checkout: the guest cart merges into the new account's cart.
    await orders.goto('/checkout');
    await expect(page).toHaveURL(/\/account\/login\?next=/);
    const account = new AccountPage(page, stack.shellUrl);
    await page.getByRole('link', { name: 'Create an account' }).click();
    const shopper = newAccount();
    await account.register(shopper);
    await expect(shell.userMenu(shopper.displayName)).toBeVisible();
    await expect(page).toHaveURL(`${stack.shellUrl}/checkout`);
    await expect(shell.cartLink).toHaveAccessibleName('Cart, 2 items');
    // The cart now belongs to the account: a reload (a fresh session from the cookie) still has it.
    await page.reload();
    await expect(shell.userMenu(shopper.displayName)).toBeVisible();
    await shell.cartLink.click();
    await expect(orders.cartLines).toHaveCount(1);
    await expect(orders.cartLines.first()).toContainText(product.name);

    await orders.checkoutButton.click();
    await orders.fillCheckout(checkoutWith(GOOD_CARD));
    await orders.placeOrderButton.click();
    await expect(orders.orderHeading).toBeVisible();
    await expect(orders.status).toHaveAttribute('data-status', 'PAID', { timeout: 15_000 });
    await expect(orders.status).toHaveText('Paid: preparing your shipment…');
    await expect(orders.status).toHaveAttribute('data-status', 'SHIPPED', { timeout: 15_000 });
    await expect(shell.cartLink).toHaveAccessibleName('Cart, 0 items');
    expect(await stockOf(stack.bffUrl, product.slug)).toBe(product.stock - 2);
  });

  test('a declined card: the order ends CANCELLED "card declined" with a clear message, and the stock is unchanged', async ({ page, stack }) => {
    const product = await productInStock(stack.bffUrl, 2);
    const orders = new OrderPage(page, stack.shellUrl);
    await newShopperWithInCart(page, stack.shellUrl, product);
    await orders.goto('/checkout');
    await orders.fillCheckout(checkoutWith(DECLINED_CARD));
    await orders.placeOrderButton.click();
    await expect(orders.status).toHaveText('Cancelled: card declined.', { timeout: 15_000 });
    await expect.poll(() => stockOf(stack.bffUrl, product.slug), { timeout: 10_000 }).toBe(product.stock);
  });

  test('a double click on Place order makes one order', async ({ page, stack }) => {
    const product = await productInStock(stack.bffUrl, 3);
    const orders = new OrderPage(page, stack.shellUrl);
    await newShopperWithInCart(page, stack.shellUrl, product);
    await orders.goto('/checkout');
    await orders.fillCheckout(checkoutWith(GOOD_CARD));
    await orders.placeOrderButton.dblclick();
    await expect(orders.orderHeading).toBeVisible();
    await orders.goto('/orders');
    await expect(orders.ordersCount).toHaveText('1 order');
    await expect(page.getByRole('list', { name: 'Orders' }).getByRole('link')).toHaveCount(1);
  });
});
