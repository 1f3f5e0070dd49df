// Whose cart a call is about: the signed-in user's (by user id) or a guest's (by the opaque id
// the client keeps; the table holds only its SHA-256, so a database leak yields no usable id).
import { createHash, randomBytes } from 'node:crypto';
import { invalidArgument } from '@shop/services-platform';
import { isGuestCartId } from '../domain/index.js';

export type CartOwner = { kind: 'user'; userId: string } | { kind: 'guest'; guestCartId: string; guestHash: string };

/** The caller as far as carts go: a user id when signed in, a guest cart id when sent. */
export interface CartCaller {
  userId?: string;
  guestCartId: string;
}

/** A guest cart id from a request ('' = none), or INVALID_ARGUMENT naming `guest_cart_id`. */
export function checkGuestCartId(id: string): string {
  if (id !== '' && !isGuestCartId(id)) throw invalidArgument('guest_cart_id', 'guest_cart_id must be 22 characters of base64url.');
  return id;
}

/** The stored form of a guest cart id. */
export function guestHash(guestCartId: string): string {
  return createHash('sha256').update(guestCartId).digest('hex');
}

/** A fresh guest cart id: 128 random bits as 22 base64url characters. */
export function newGuestCartId(): string {
  return randomBytes(16).toString('base64url');
}

/** The guest owner named by `guestCartId`. */
export function guestOwner(guestCartId: string): CartOwner {
  return { kind: 'guest', guestCartId, guestHash: guestHash(guestCartId) };
}
