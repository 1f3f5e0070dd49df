// A PlaceOrder request checked before anything is read or written: every bad field named.
import { createHash } from 'node:crypto';
import type { PlaceOrderRequest } from '@shop/contracts/order/v1';
import { DomainError, invalidArgument } from '@shop/services-platform';
import { addressProblems, checkIdempotencyKey, isLineQuantity, type ShippingAddress } from '../domain/index.js';
import { checkGuestCartId } from '../carts/cart-owner.js';
import { checkProductId } from '../carts/cart-errors.js';

/** A valid checkout: key, confirmed lines (each product once), address, card digits. */
export interface Checkout {
  idempotencyKey: string;
  lines: Array<{ productId: string; quantity: number }>;
  address: ShippingAddress;
  cardNumber: string;
  cardLast4: string;
  guestCartId: string;
  /** What makes two checkouts the same (lines, address, card's last four): replays must match it. */
  fingerprint: string;
}

const MAX_LINES = 100;

/** The checked checkout, or INVALID_ARGUMENT naming the first bad field (all address problems listed). */
export function checkCheckout(request: PlaceOrderRequest): Checkout {
  const keyProblem = checkIdempotencyKey(request.idempotencyKey);
  if (keyProblem) throw invalidArgument(keyProblem.field, keyProblem.message);
  if (request.lines.length === 0) throw new DomainError('FAILED_PRECONDITION', 'The cart is empty.', 'lines', { reason: 'empty-cart' });
  if (request.lines.length > MAX_LINES) throw invalidArgument('lines', `An order holds at most ${MAX_LINES} lines.`);
  const seen = new Set<string>();
  const lines = request.lines.map((line, index) => {
    const productId = checkProductId(line.productId).toLowerCase();
    if (seen.has(productId)) throw invalidArgument(`lines[${index}].product_id`, 'Each product may appear once.');
    if (!isLineQuantity(line.quantity)) throw invalidArgument(`lines[${index}].quantity`, 'quantity must be a whole number from 1 to 99.');
    seen.add(productId);
    return { productId, quantity: line.quantity };
  });
  const address = toAddress(request.shippingAddress);
  const problems = addressProblems(address);
  if (problems.length > 0) throw new DomainError('INVALID_ARGUMENT', problems.map((problem) => problem.message).join(' '), problems[0]!.field);
  const digits = request.cardNumber.replace(/ /g, '');
  if (!/^\d{12,19}$/.test(digits)) throw invalidArgument('card_number', 'Enter a card number of 12 to 19 digits.');
  const sorted = [...lines].sort((a, b) => a.productId.localeCompare(b.productId));
  const fingerprint = createHash('sha256').update(JSON.stringify([sorted, address, digits.slice(-4)])).digest('hex');
  return { idempotencyKey: request.idempotencyKey, lines, address, cardNumber: digits, cardLast4: digits.slice(-4), guestCartId: checkGuestCartId(request.guestCartId), fingerprint };
}

function toAddress(address: PlaceOrderRequest['shippingAddress']): ShippingAddress {
  const trim = (value: string | undefined) => (value ?? '').trim();
  return {
    fullName: trim(address?.fullName),
    line1: trim(address?.line1),
    line2: trim(address?.line2),
    city: trim(address?.city),
    postalCode: trim(address?.postalCode).toUpperCase(),
    country: trim(address?.country).toUpperCase(),
  };
}
