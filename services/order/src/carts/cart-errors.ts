// The typed refusals of cart operations.
import { DomainError, invalidArgument, notFound, validateUuid } from '@shop/services-platform';
import { isLineQuantity, MAX_LINE_QUANTITY } from '../domain/index.js';

/** A product id from a request, or INVALID_ARGUMENT naming `product_id`. */
export function checkProductId(id: string): string {
  return validateUuid(id, 'product_id');
}

/** A line quantity from a request (1..99), or INVALID_ARGUMENT naming `quantity`. */
export function checkQuantity(quantity: number): number {
  if (!isLineQuantity(quantity)) throw invalidArgument('quantity', `quantity must be a whole number from 1 to ${MAX_LINE_QUANTITY}.`);
  return quantity;
}

/** The catalog has no such product. */
export function unknownProduct(): DomainError {
  return notFound('There is no such product.', 'product_id');
}

/** Not enough stock for the quantity asked (FAILED_PRECONDITION, reason out-of-stock). */
export function notEnoughStock(productId: string, stock: number): DomainError {
  const message = stock <= 0 ? 'This product is out of stock.' : `Only ${stock} left in stock.`;
  return new DomainError('FAILED_PRECONDITION', message, 'quantity', { reason: 'out-of-stock', 'out-of-stock-product-ids': productId });
}

/** The line would pass 99 units. */
export function lineLimit(): DomainError {
  return invalidArgument('quantity', `A cart line holds at most ${MAX_LINE_QUANTITY} units.`);
}

/** The product is not in the cart. */
export function notInCart(): DomainError {
  return notFound('That product is not in the cart.', 'product_id');
}
