// Order numbers people can read out: 10 random characters of Crockford's base32 (no I, L, O, U),
// grouped as XXXX-XXXX-XX — about 50 bits, so numbers are neither sequential nor guessable.
import { randomBytes } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const NUMBER = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{2}$/;

/** A fresh random order number (uniqueness is the database's job: retry on conflict). */
export function newOrderNumber(random: (size: number) => Uint8Array = randomBytes): string {
  const bytes = random(10);
  const chars = [...bytes].map((byte) => ALPHABET[byte & 31]);
  return `${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8).join('')}`;
}

/** True for the shape of an order number. */
export function isOrderNumber(value: string): boolean {
  return NUMBER.test(value);
}
