// The guest cart id a browser names with the `X-Cart-Id` header (the order and catalog BFFs both
// pass it to the order service): 22 base64url characters, or nothing.
import type { IncomingMessage } from 'node:http';
import { userInputError } from '../graphql/error-codes.js';

const GUEST_CART_ID = /^[A-Za-z0-9_-]{22}$/;

/** The request's guest cart id ('' when the header is absent or empty), or BAD_USER_INPUT naming X-Cart-Id. */
export function guestCartIdOf(req: Pick<IncomingMessage, 'headers'>): string {
  const value = req.headers['x-cart-id'];
  if (value === undefined || value === '') return '';
  if (typeof value !== 'string' || !GUEST_CART_ID.test(value)) throw userInputError('Send X-Cart-Id as the 22-character guest cart id.', 'X-Cart-Id');
  return value;
}
