// Wire messages as the order service sends them, for unit tests (override what a test is about).
import { CartLineIssue, OrderStatus, type Cart, type CartLine, type Order } from '@shop/contracts/order/v1';

const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' });

/** A cart line of 2 × $12.50 with an image path. */
export function wireCartLine(overrides: Partial<CartLine> = {}): CartLine {
  return {
    productId: 'p-1',
    quantity: 2,
    productName: 'Teapot',
    productSlug: 'teapot',
    unitPrice: usd(1250),
    lineTotal: usd(2500),
    acceptedUnitPrice: usd(1250),
    stock: 7,
    issues: [],
    imagePath: '/images/products/teapot.svg',
    ...overrides,
  };
}

/** A signed-in shopper's cart (no guest id) holding `lines`. */
export function wireCart(lines: CartLine[] = [wireCartLine()], overrides: Partial<Cart> = {}): Cart {
  return { guestCartId: '', lines, itemCount: 2, subtotal: usd(2500), checkoutReady: true, mergedGuestCart: false, ...overrides };
}

/** A PENDING order, version 1. */
export function wireOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: 'o-1',
    number: 'K7QX-4MZD-29',
    userId: 'u-1',
    status: OrderStatus.ORDER_STATUS_PENDING,
    cancelReason: '',
    outOfStockProductIds: [],
    lines: [{ productId: 'p-1', productName: 'Teapot', productSlug: 'teapot', quantity: 2, unitPrice: usd(1250), lineTotal: usd(2500) }],
    total: usd(2500),
    shippingAddress: { fullName: 'Ada Lovelace', line1: '12 Analytical Row', line2: '', city: 'London', postalCode: 'NW1 2AB', country: 'GB' },
    cardBrand: 'visa',
    cardLast4: '4242',
    version: 1,
    createdAt: '2026-12-04T04:00:00.000Z',
    updatedAt: '2026-12-04T04:00:00.000Z',
    expiresAt: '2026-12-04T04:15:00.000Z',
    ...overrides,
  };
}

export { CartLineIssue, OrderStatus };
