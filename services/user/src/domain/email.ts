// Email addresses as account keys: one normal form, so "Ann@Shop.TEST " and "ann@shop.test"
// are the same account. We don't lowercase by provider rules (dots, +tags): those are the
// mailbox owner's business, and folding them would merge distinct accounts.
import { invalidArgument } from '@shop/services-platform';

/** RFC 5321's limit for a forward path. */
export const MAX_EMAIL_LENGTH = 254;

// Deliberately plain: one @, no spaces or control characters, a dot in the domain.
const SHAPE = /^[^\s@\p{Cc}]{1,64}@[^\s@\p{Cc}]+\.[^\s@\p{Cc}]{2,}$/u;

/** The normal form of an email (trimmed, NFC, lowercase) or an INVALID_ARGUMENT on `field`. */
export function normaliseEmail(raw: string, field = 'email'): string {
  const email = raw.trim().normalize('NFC').toLowerCase();
  if (email === '') throw invalidArgument(field, 'Enter your email address.');
  if (email.length > MAX_EMAIL_LENGTH) throw invalidArgument(field, `Email must be at most ${MAX_EMAIL_LENGTH} characters.`);
  if (!SHAPE.test(email)) throw invalidArgument(field, 'Enter a valid email address, like name@example.com.');
  return email;
}
