// Rows → wire messages.
import { ChargeStatus, type Charge, type Refund } from '@shop/contracts/payment/v1';
import { toRfc3339 } from '@shop/services-platform';
import type { ChargeRow, RefundRow } from '../db/schema/index.js';

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
