import type { CartViewFragment, OrderViewFragment } from '../gen/graphql';

type Line = CartViewFragment['lines'][number];

/** A cart line as the BFF sends it. */
export function cartLine(n: number, overrides: Partial<Line> = {}): Line {
  return {
    productId: `p${n}`,
    productName: `Product ${n}`,
    productSlug: `product-${n}`,
    imageUrl: `http://localhost:4002/images/products/product-${n}.svg`,
    quantity: 1,
    stock: 10,
    issues: [],
    unitPrice: { formatted: '$10.00' },
    acceptedUnitPrice: { formatted: '$10.00' },
    lineTotal: { formatted: '$10.00' },
    ...overrides,
  };
}

/** A cart with `lines`. */
export function cart(lines: Line[], overrides: Partial<CartViewFragment> = {}): CartViewFragment {
  return {
    guestCartId: null,
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    checkoutReady: lines.length > 0 && lines.every((line) => line.issues.length === 0),
    mergedGuestCart: false,
    subtotal: { amountMinor: 1000, currency: 'USD', formatted: '$10.00' },
    lines,
    ...overrides,
  };
}

/** An order as the BFF sends it. */
export function order(version: number, status: string, overrides: Partial<OrderViewFragment> = {}): OrderViewFragment {
  return {
    id: 'o-1',
    number: 'K7QX-4MZD-29',
    status: status as OrderViewFragment['status'],
    cancelReason: null,
    outOfStockProductIds: [],
    version,
    createdAt: '2026-12-04T03:00:00.000Z',
    updatedAt: '2026-12-04T03:00:00.000Z',
    expiresAt: null,
    cardBrand: 'visa',
    cardLast4: '4242',
    total: { formatted: '$10.00' },
    lines: [{ productId: 'p1', productName: 'Product 1', productSlug: 'product-1', quantity: 1, unitPrice: { formatted: '$10.00' }, lineTotal: { formatted: '$10.00' } }],
    shippingAddress: { fullName: 'Ada Lovelace', line1: '1 Row', line2: null, city: 'London', postalCode: 'NW1', country: 'GB' },
    ...overrides,
  };
}
