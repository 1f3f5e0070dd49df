// PlaceOrder: the signed-in shopper's confirmed cart becomes a PENDING order and the saga starts,
// in one transaction. Idempotent per (user, key): concurrent and later replays return the first
// order; the same key for a different checkout is ALREADY_EXISTS.
import { status } from '@grpc/grpc-js';
import type { Product } from '@shop/contracts/catalog/v1';
import { DomainError, invalidArgument } from '@shop/services-platform';
import type { Sql } from 'postgres';
import type { Carts } from '../carts/carts.js';
import { findCartId, readLines, type CartLineRecord } from '../carts/cart-store.js';
import type { CatalogGateway } from '../downstream/catalog.js';
import type { PaymentGateway } from '../downstream/payment.js';
import { grpcCode } from '../downstream/call.js';
import { onPlaced } from '../saga/saga-jobs.js';
import type { Checkout } from './checkout-request.js';
import { insertOrder } from './insert-order.js';
import { readOrderByKey, type OrderRecord } from './order-record.js';

export interface PlaceOrderDeps {
  sql: Sql;
  carts: Carts;
  catalog: CatalogGateway;
  payment: PaymentGateway;
  paymentTimeoutSeconds: number;
}

const precondition = (reason: string, message: string, details: Record<string, string> = {}) =>
  new DomainError('FAILED_PRECONDITION', message, undefined, { reason, ...details });

/** A replay: the first order when it was the same checkout, ALREADY_EXISTS otherwise. */
function replay(order: OrderRecord, checkout: Checkout): { order: OrderRecord; created: false } {
  if (order.fingerprint !== checkout.fingerprint) {
    throw new DomainError('ALREADY_EXISTS', 'This idempotency key was used for a different checkout; start a new checkout.', 'idempotency_key');
  }
  return { order, created: false };
}

/** The confirmed lines must be the cart's, exactly. */
function requireSameLines(cart: readonly CartLineRecord[], confirmed: Checkout['lines']): void {
  if (cart.length === 0) throw precondition('empty-cart', 'The cart is empty.');
  const wanted = new Map(confirmed.map((line) => [line.productId, line.quantity]));
  const same = cart.length === wanted.size && cart.every((line) => wanted.get(line.productId) === line.quantity);
  if (!same) throw precondition('cart-changed', 'The cart changed since you reviewed it; review it again.');
}

/**
 * Every line must still exist at the price the shopper agreed to. Stock is NOT checked here: any
 * such check races the other checkouts; the saga's reservation is the one authority, and an order
 * it cannot fill is CANCELLED "out of stock" with the product ids, in well under a second.
 */
function requireReady(cart: readonly CartLineRecord[], products: ReadonlyMap<string, Product>): void {
  const flagged = cart.filter((line) => {
    const product = products.get(line.productId);
    return !product || product.price?.amountMinor !== line.acceptedUnitAmountMinor || product.price.currency !== line.acceptedCurrency;
  });
  if (flagged.length > 0) {
    throw precondition('cart-not-ready', 'Some items are gone or changed price; review the cart.', { 'product-ids': flagged.map((line) => line.productId).join(',') });
  }
}

async function vaultCard(payment: PaymentGateway, cardNumber: string) {
  try {
    return await payment.createPaymentMethod(cardNumber);
  } catch (error) {
    if (grpcCode(error) === status.INVALID_ARGUMENT) throw invalidArgument('card_number', 'Enter a valid card number.');
    throw new DomainError('UNAVAILABLE', 'Payments are unavailable right now; try again in a moment.');
  }
}

/** Places `userId`'s order for `checkout`; see the file comment. */
export async function placeOrder(deps: PlaceOrderDeps, userId: string, checkout: Checkout): Promise<{ order: OrderRecord; created: boolean }> {
  if (checkout.guestCartId) await deps.carts.resolve({ userId, guestCartId: checkout.guestCartId });
  const existing = await readOrderByKey(deps.sql, userId, checkout.idempotencyKey);
  if (existing) return replay(existing, checkout);
  const owner = { kind: 'user', userId } as const;
  const cart = await deps.carts.lines(owner);
  requireSameLines(cart, checkout.lines);
  const products = await deps.catalog.products(cart.map((line) => line.productId));
  requireReady(cart, products);
  const currencies = new Set(cart.map((line) => products.get(line.productId)?.price?.currency));
  if (currencies.size !== 1) throw precondition('cart-not-ready', 'An order is paid in one currency.');
  const method = await vaultCard(deps.payment, checkout.cardNumber);
  return deps.sql.begin(async (tx) => {
    // The cart's row lock orders concurrent checkouts of one shopper: a same-key replay then sees
    // the first order, any other checkout sees the emptied cart.
    const cartId = await findCartId(tx, owner, { lock: true });
    const raced = await readOrderByKey(tx, userId, checkout.idempotencyKey);
    if (raced) return replay(raced, checkout);
    const locked = cartId ? await readLines(tx, cartId) : [];
    requireSameLines(locked, checkout.lines);
    const order = await insertOrder(tx, {
      userId,
      idempotencyKey: checkout.idempotencyKey,
      fingerprint: checkout.fingerprint,
      currency: [...currencies][0]!,
      lines: locked.map((line) => {
        const product = products.get(line.productId)!;
        return { productId: line.productId, productName: product.name, productSlug: product.slug, quantity: line.quantity, unitAmountMinor: product.price!.amountMinor };
      }),
      address: checkout.address,
      card: { brand: method.cardBrand, last4: method.cardLast4, paymentMethodId: method.id },
      paymentTimeoutSeconds: deps.paymentTimeoutSeconds,
    });
    await tx`delete from cart_lines where cart_id = ${cartId!} and product_id = any(${checkout.lines.map((line) => line.productId)}::uuid[])`;
    await onPlaced(tx, order);
    return { order, created: true };
  });
}
