// What a charge is paid with: a card number or a vaulted payment method — exactly one of them.
// Either way the processor needs the same three things (outcome, brand, last four).
import { invalidArgument, notFound, validateUuid } from '@shop/services-platform';
import type { PaymentMethodStore } from '../db/payment-method-store.js';
import { checkCard, type CardOutcome } from '../domain/card.js';

/** The resolved card behind a charge request. */
export interface ChargeSource {
  outcome: CardOutcome;
  brand: string;
  last4: string;
  /** Set when paid by payment_method_id. */
  paymentMethodId: string | null;
}

const outcomes: readonly string[] = ['succeed', 'decline', 'fail'] satisfies CardOutcome[];

/**
 * Validates "exactly one of card_number and payment_method_id" and resolves it: INVALID_ARGUMENT
 * for both/neither or a malformed value, NOT_FOUND (field payment_method_id) for an unknown method.
 */
export async function resolveChargeSource(
  input: { cardNumber: string; paymentMethodId: string },
  methods: PaymentMethodStore,
): Promise<ChargeSource> {
  const byCard = input.cardNumber !== '';
  const byMethod = input.paymentMethodId !== '';
  if (byCard === byMethod) {
    throw invalidArgument('card_number', 'give exactly one of card_number and payment_method_id');
  }
  if (byCard) return { ...checkCard(input.cardNumber), paymentMethodId: null };
  const id = validateUuid(input.paymentMethodId, 'payment_method_id');
  const method = await methods.findMethod(id);
  if (!method) throw notFound('payment_method_id does not exist', 'payment_method_id');
  if (!outcomes.includes(method.outcome)) throw new Error(`payment method ${id} has an unknown outcome`);
  return { outcome: method.outcome as CardOutcome, brand: method.cardBrand, last4: method.cardLast4, paymentMethodId: method.id };
}
