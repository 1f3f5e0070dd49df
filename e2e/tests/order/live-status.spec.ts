import { startShell, type ShellServer } from '@shop/shell/server';
import { startOrderBff } from '@shop/bff-order';
import type { RunningBff } from '@shop/bff-platform';
import { parseVerificationKeys } from '@shop/node-platform/auth';
import { TEST_AUDIENCE } from '@shop/node-platform/auth/testing';
import { expect, test } from '../../fixtures/test.js';
import { productInStock } from '../../fixtures/catalog-api.js';
import { newShopperWithInCart } from '../../fixtures/new-shopper.js';
import type { StackInfo } from '../../fixtures/stack-info.js';
import { catalogEntry, entryOf, manifestOf, userEntry } from '../../fixtures/manifest.js';
import { checkoutWith, GOOD_CARD, OrderPage } from '../../pages/order.page.js';

// This spec owns an order BFF it stops and restarts on the same port, and a shell whose manifest
// points the order app at it (the catalog and user apps are the stack's).
let shellServer: ShellServer;
let orderBff: RunningBff | undefined;

test.beforeAll(async ({ stack }) => {
  const liveOrderBffUrl = `http://localhost:${stack.spare.liveOrderBff}/graphql`;
  orderBff = await startLiveBff(stack);
  shellServer = await startShell({
    port: stack.spare.liveShell,
    manifest: manifestOf(catalogEntry(stack.catalogAppUrl, stack.bffUrl), userEntry(stack.userAppUrl, stack.userBffUrl), entryOf('order', stack.orderAppUrl, liveOrderBffUrl)),
  });
});

test.afterAll(async () => {
  await orderBff?.stop();
  await shellServer?.stop();
});

async function startLiveBff(stack: StackInfo): Promise<RunningBff> {
  return startOrderBff({
    port: stack.spare.liveOrderBff,
    publicUrl: `http://localhost:${stack.spare.liveOrderBff}`,
    orderServiceAddr: stack.orderServiceAddr,
    imageBaseUrl: new URL(stack.bffUrl).origin,
    corsOrigins: [`http://localhost:${stack.spare.liveShell}`],
    nodeEnv: 'test',
    logLevel: 'warn',
    auth: { verificationKeys: await parseVerificationKeys(stack.authVerificationKeys), audience: TEST_AUDIENCE },
  });
}

test('the order page survives an order BFF restart mid-checkout and shows the true final state', async ({ page, stack }) => {
  const orders = new OrderPage(page, shellServer.url);
  await newShopperWithInCart(page, shellServer.url, await productInStock(stack.bffUrl, 4));
  await orders.goto('/checkout');
  await orders.fillCheckout(checkoutWith(GOOD_CARD));
  await orders.placeOrderButton.click();
  await expect(orders.orderHeading).toBeVisible();

  // The BFF goes away while the order is on its way (it ships 2 s after payment).
  await orderBff!.stop();
  orderBff = undefined;
  await expect(page.getByText('Connection lost: reconnecting…')).toBeVisible();
  await page.waitForTimeout(3_000);
  orderBff = await startLiveBff(stack);
  await expect(orders.status).toHaveAttribute('data-status', 'SHIPPED', { timeout: 20_000 });
  await expect(orders.status).toHaveText('Shipped.');
});
