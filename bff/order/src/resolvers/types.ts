// Field resolvers of the wire messages: money formatted, enums by name, empty strings as null.
import { toMoney } from '@shop/bff-platform';
import { CartLineIssue, OrderStatus } from '@shop/contracts/order/v1';
import type { Resolvers } from '../gen/resolvers-types.js';

const ISSUES = {
  [CartLineIssue.CART_LINE_ISSUE_OUT_OF_STOCK]: 'OUT_OF_STOCK',
  [CartLineIssue.CART_LINE_ISSUE_INSUFFICIENT_STOCK]: 'INSUFFICIENT_STOCK',
  [CartLineIssue.CART_LINE_ISSUE_PRICE_CHANGED]: 'PRICE_CHANGED',
} as const;

const STATUSES = {
  [OrderStatus.ORDER_STATUS_PENDING]: 'PENDING',
  [OrderStatus.ORDER_STATUS_STOCK_RESERVED]: 'STOCK_RESERVED',
  [OrderStatus.ORDER_STATUS_PAID]: 'PAID',
  [OrderStatus.ORDER_STATUS_SHIPPED]: 'SHIPPED',
  [OrderStatus.ORDER_STATUS_CANCELLED]: 'CANCELLED',
  [OrderStatus.ORDER_STATUS_REFUNDED]: 'REFUNDED',
} as const;

const orNull = (value: string) => (value === '' ? null : value);

/** Where the catalog BFF serves a product's image when the product names none. */
const fallbackImage = (slug: string) => `/images/products/${encodeURIComponent(slug)}.svg`;

export const typeResolvers: Pick<Resolvers, 'Cart' | 'CartLine' | 'Order' | 'OrderLine'> = {
  Cart: {
    guestCartId: (cart) => orNull(cart.guestCartId),
    subtotal: (cart) => toMoney(cart.subtotal),
  },
  CartLine: {
    unitPrice: (line) => toMoney(line.unitPrice),
    lineTotal: (line) => toMoney(line.lineTotal),
    acceptedUnitPrice: (line) => toMoney(line.acceptedUnitPrice),
    imageUrl: (line, _args, ctx) => ctx.imageBaseUrl + (line.imagePath || fallbackImage(line.productSlug)),
    issues: (line) => line.issues.flatMap((issue) => (issue in ISSUES ? [ISSUES[issue as keyof typeof ISSUES]] : [])),
  },
  Order: {
    status: (order) => {
      const status = STATUSES[order.status as keyof typeof STATUSES];
      if (!status) throw new Error(`unknown order status ${order.status}`);
      return status;
    },
    cancelReason: (order) => orNull(order.cancelReason),
    total: (order) => toMoney(order.total),
    shippingAddress: (order) => {
      const address = order.shippingAddress ?? { fullName: '', line1: '', line2: '', city: '', postalCode: '', country: '' };
      return { ...address, line2: orNull(address.line2) };
    },
    expiresAt: (order) => orNull(order.expiresAt),
  },
  OrderLine: {
    unitPrice: (line) => toMoney(line.unitPrice),
    lineTotal: (line) => toMoney(line.lineTotal),
  },
};
