// A cart as the wire shows it: lines priced and checked against the catalog now.
import { CartLineIssue, type Cart, type CartLine } from '@shop/contracts/order/v1';
import type { Product } from '@shop/contracts/catalog/v1';
import { lineIssues, type CartLineIssue as DomainIssue } from '../domain/index.js';
import type { CartLineRecord } from './cart-store.js';

const wireIssue: Record<DomainIssue, CartLineIssue> = {
  OUT_OF_STOCK: CartLineIssue.CART_LINE_ISSUE_OUT_OF_STOCK,
  INSUFFICIENT_STOCK: CartLineIssue.CART_LINE_ISSUE_INSUFFICIENT_STOCK,
  PRICE_CHANGED: CartLineIssue.CART_LINE_ISSUE_PRICE_CHANGED,
};

/** Currency of an empty cart's subtotal. */
export const DEFAULT_CURRENCY = 'USD';

/** One line against the product now (a vanished product keeps its agreed price, flagged out of stock). */
export function toCartLine(line: CartLineRecord, product: Product | undefined): CartLine {
  const accepted = { amountMinor: line.acceptedUnitAmountMinor, currency: line.acceptedCurrency };
  const unitPrice = product?.price ?? accepted;
  const issues = lineIssues(line, product && { stock: product.stock, unitAmountMinor: product.price?.amountMinor ?? 0 });
  return {
    productId: line.productId,
    quantity: line.quantity,
    productName: product?.name ?? '',
    productSlug: product?.slug ?? '',
    imagePath: product?.imagePath ?? '',
    unitPrice,
    lineTotal: { amountMinor: unitPrice.amountMinor * line.quantity, currency: unitPrice.currency },
    acceptedUnitPrice: accepted,
    stock: product?.stock ?? 0,
    issues: issues.map((issue) => wireIssue[issue]),
  };
}

/** The cart message for `lines` (newest first) against `products`. */
export function toCart(lines: readonly CartLineRecord[], products: ReadonlyMap<string, Product>, extra: { guestCartId: string; mergedGuestCart: boolean }): Cart {
  const wireLines = lines.map((line) => toCartLine(line, products.get(line.productId)));
  const currency = wireLines[0]?.unitPrice?.currency ?? DEFAULT_CURRENCY;
  return {
    guestCartId: extra.guestCartId,
    lines: wireLines,
    itemCount: wireLines.reduce((sum, line) => sum + line.quantity, 0),
    subtotal: { amountMinor: wireLines.reduce((sum, line) => sum + (line.lineTotal?.amountMinor ?? 0), 0), currency },
    checkoutReady: wireLines.length > 0 && wireLines.every((line) => line.issues.length === 0),
    mergedGuestCart: extra.mergedGuestCart,
  };
}
