// The payment rules over the store: charge once per order (the simulated processor decides by
// card), refund once, fault injection before anything is written.
import { DomainError, notFound } from '@shop/services-platform';
import type { ChargeStore } from '../db/charge-store.js';
import type { PaymentMethodStore } from '../db/payment-method-store.js';
import type { ChargeRow, PaymentMethodRow, RefundRow } from '../db/schema/index.js';
import { checkCard } from '../domain/card.js';
import { checkAmount, checkOrderId, type Amount } from '../domain/charge-input.js';
import { resolveChargeSource } from './charge-source.js';

/** Fault injection (PAYMENT_FAILURE_RATE, PAYMENT_LATENCY_MS). */
export interface FaultSettings {
  failureRate: number;
  latencyMs: number;
  /** Source of randomness in [0, 1); Math.random by default. */
  random?: () => number;
}

/** A charge request as it arrives (unvalidated). */
export interface ChargeInput {
  orderId: string;
  amount: Amount | undefined;
  /** Exactly one of cardNumber and paymentMethodId is non-empty. */
  cardNumber: string;
  paymentMethodId?: string;
}

/** Where charges and the vaulted payment methods are kept. */
export interface PaymentStores {
  charges: ChargeStore;
  methods: PaymentMethodStore;
}

/** What a declined charge records as its reason. */
export const DECLINE_REASON = 'card declined';

const unavailable = (message: string) => new DomainError('UNAVAILABLE', message);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Charges and refunds, idempotent by order id. */
export function createPayments({ charges: store, methods }: PaymentStores, faults: FaultSettings) {
  const random = faults.random ?? Math.random;
  return {
    /** Vaults a card (brand, last four, the simulated outcome; never the number) as a new method. */
    async createPaymentMethod(cardNumber: string): Promise<PaymentMethodRow> {
      const card = checkCard(cardNumber);
      return methods.insertMethod({ outcome: card.outcome, cardBrand: card.brand, cardLast4: card.last4 });
    },

    /** The order's charge: created now, or the original one for a retry with the same amount. */
    async charge(input: ChargeInput): Promise<ChargeRow> {
      const orderId = checkOrderId(input.orderId);
      const amount = checkAmount(input.amount);
      const card = await resolveChargeSource({ cardNumber: input.cardNumber, paymentMethodId: input.paymentMethodId ?? '' }, methods);
      if (faults.latencyMs > 0) await sleep(faults.latencyMs);
      if (faults.failureRate > 0 && random() < faults.failureRate) throw unavailable('payment processor unavailable (injected fault)');
      if (card.outcome === 'fail') throw unavailable('payment processor unavailable');
      const declined = card.outcome === 'decline';
      const { row } = await store.insertCharge({
        orderId,
        amountMinor: amount.amountMinor,
        currency: amount.currency,
        status: declined ? 'DECLINED' : 'SUCCEEDED',
        declineReason: declined ? DECLINE_REASON : null,
        cardBrand: card.brand,
        cardLast4: card.last4,
        paymentMethodId: card.paymentMethodId,
      });
      if (row.amountMinor !== amount.amountMinor || row.currency !== amount.currency) {
        throw new DomainError('ALREADY_EXISTS', 'order_id already has a charge with a different amount', 'order_id');
      }
      // A card number is not kept, so a retry by number cannot be compared; a method can.
      if (row.paymentMethodId !== card.paymentMethodId) {
        throw new DomainError('ALREADY_EXISTS', 'order_id already has a charge with another payment method', 'order_id');
      }
      return row;
    },

    /** Refunds the order's succeeded charge in full; a repeat returns the first refund. */
    async refund(rawOrderId: string): Promise<RefundRow> {
      const orderId = checkOrderId(rawOrderId);
      const charge = await store.findCharge(orderId);
      if (!charge) throw notFound('order_id has no charge', 'order_id');
      if (charge.status !== 'SUCCEEDED') {
        throw new DomainError('FAILED_PRECONDITION', 'the charge of order_id was declined: nothing to refund', 'order_id');
      }
      return store.insertRefund(charge);
    },

    /** The order's charge and its refund (if any). */
    async get(rawOrderId: string): Promise<{ charge: ChargeRow; refund: RefundRow | undefined }> {
      const orderId = checkOrderId(rawOrderId);
      const charge = await store.findCharge(orderId);
      if (!charge) throw notFound('order_id has no charge', 'order_id');
      return { charge, refund: await store.findRefund(orderId) };
    },
  };
}

/** The payment rules' API. */
export type Payments = ReturnType<typeof createPayments>;
