// Rows → wire messages.
import { ChargeStatus, type Charge, type PaymentMethod, type Refund } from '@shop/contracts/payment/v1';
import { toRfc3339 } from '@shop/services-platform';
import type { ChargeRow, PaymentMethodRow, RefundRow } from '../db/schema/index.js';

/** A stored charge as the wire's Charge. */
export function toWireCharge(row: ChargeRow): Charge {
  return {
    id: row.id,
    orderId: row.orderId,
    status: row.status === 'SUCCEEDED' ? ChargeStatus.CHARGE_STATUS_SUCCEEDED : ChargeStatus.CHARGE_STATUS_DECLINED,
    amount: { amountMinor: row.amountMinor, currency: row.currency },
    cardBrand: row.cardBrand,
    cardLast4: row.cardLast4,
    declineReason: row.declineReason ?? '',
    createdAt: toRfc3339(row.createdAt),
  };
}

/** A stored refund as the wire's Refund. */
export function toWireRefund(row: RefundRow): Refund {
  return {
    id: row.id,
    orderId: row.orderId,
    chargeId: row.chargeId,
    amount: { amountMinor: row.amountMinor, currency: row.currency },
    createdAt: toRfc3339(row.createdAt),
  };
}

/** A vaulted payment method as the wire's PaymentMethod (the outcome stays inside the service). */
export function toWirePaymentMethod(row: PaymentMethodRow): PaymentMethod {
  return { id: row.id, cardBrand: row.cardBrand, cardLast4: row.cardLast4, createdAt: toRfc3339(row.createdAt) };
}
