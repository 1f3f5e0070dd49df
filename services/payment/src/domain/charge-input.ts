// The rules of a charge request other than the card: order id and amount.
import { invalidArgument } from '@shop/services-platform';

/** The largest amount accepted, in minor units (GraphQL Int is 32-bit). */
export const MAX_AMOUNT_MINOR = 2 ** 31 - 1;

/** Validated money: integer minor units and an ISO 4217 currency code. */
export interface Amount {
  amountMinor: number;
  currency: string;
}

/** Returns a well-formed order id (1–64 of A-Z a-z 0-9 _ -) or throws INVALID_ARGUMENT. */
export function checkOrderId(orderId: string): string {
  if (orderId === '') throw invalidArgument('order_id', 'order_id is required');
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(orderId)) {
    throw invalidArgument('order_id', 'order_id must be 1 to 64 letters, digits, "_" or "-"');
  }
  return orderId;
}

/** Returns the amount (1..2^31-1 minor units, currency like "EUR") or throws INVALID_ARGUMENT. */
export function checkAmount(amount: { amountMinor: number; currency: string } | undefined): Amount {
  if (!amount) throw invalidArgument('amount', 'amount is required');
  const { amountMinor, currency } = amount;
  if (!Number.isSafeInteger(amountMinor) || amountMinor < 1 || amountMinor > MAX_AMOUNT_MINOR) {
    throw invalidArgument('amount.amount_minor', `amount.amount_minor must be an integer from 1 to ${MAX_AMOUNT_MINOR}`);
  }
  if (!/^[A-Z]{3}$/.test(currency)) {
    throw invalidArgument('amount.currency', 'amount.currency must be three uppercase letters (ISO 4217)');
  }
  return { amountMinor, currency };
}
