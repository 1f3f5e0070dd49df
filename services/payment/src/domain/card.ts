// Card numbers: shape and Luhn check, the simulated processor's test cards, and the only parts we
// keep (brand and last four digits). The full number never leaves this module's callers' stack.
import { invalidArgument } from '@shop/services-platform';

/** What the simulated processor does with a card. */
export type CardOutcome = 'succeed' | 'decline' | 'fail';

/** A validated card: what may be stored, and what the processor will do. */
export interface CheckedCard {
  brand: string;
  last4: string;
  outcome: CardOutcome;
}

/** The test cards (digits only) and their outcomes; any other valid number succeeds. */
export const TEST_CARDS: Readonly<Record<string, CardOutcome>> = {
  '4242424242424242': 'succeed',
  '4000000000000002': 'decline',
  '4000000000000119': 'fail',
};

const MAX_INPUT_LENGTH = 40;

/** True when `digits` passes the Luhn checksum. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** The card network from the number's prefix ("unknown" when none matches). */
export function cardBrand(digits: string): string {
  const two = Number(digits.slice(0, 2));
  const four = Number(digits.slice(0, 4));
  if (digits.startsWith('4')) return 'visa';
  if ((two >= 51 && two <= 55) || (four >= 2221 && four <= 2720)) return 'mastercard';
  if (two === 34 || two === 37) return 'amex';
  if (digits.startsWith('6011') || two === 65) return 'discover';
  return 'unknown';
}

/**
 * Validates a card number (digits, spaces allowed, 12–19 digits, Luhn-valid) or throws
 * INVALID_ARGUMENT naming `card_number` (the message never repeats the number).
 */
export function checkCard(input: string): CheckedCard {
  if (input.length > MAX_INPUT_LENGTH) throw invalidArgument('card_number', 'card_number is too long');
  const digits = input.replace(/ /g, '');
  if (!/^\d{12,19}$/.test(digits)) {
    throw invalidArgument('card_number', 'card_number must be 12 to 19 digits (spaces allowed)');
  }
  if (!luhnValid(digits)) throw invalidArgument('card_number', 'card_number is not a valid card number');
  return { brand: cardBrand(digits), last4: digits.slice(-4), outcome: TEST_CARDS[digits] ?? 'succeed' };
}
