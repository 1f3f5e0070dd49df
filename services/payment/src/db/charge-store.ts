// Charges and refunds, each keyed by order id. Every write is one INSERT … ON CONFLICT DO NOTHING:
// the first caller's row wins, concurrent and later retries read it back (never read-then-write).
import { eq } from 'drizzle-orm';
import type { PaymentDb } from './client.js';
import { charges, refunds, type ChargeRow, type RefundRow } from './schema/index.js';

/** A charge to record (the outcome is already decided: SUCCEEDED or DECLINED). */
export type NewCharge = Omit<typeof charges.$inferInsert, 'id' | 'createdAt'>;

/** The payment service's persistence. */
export interface ChargeStore {
  /** Inserts the order's charge unless one exists; returns the stored one (`created` if ours). */
  insertCharge(charge: NewCharge): Promise<{ row: ChargeRow; created: boolean }>;
  findCharge(orderId: string): Promise<ChargeRow | undefined>;
  /** Inserts the charge's refund unless one exists; returns the stored one. */
  insertRefund(charge: ChargeRow): Promise<RefundRow>;
  findRefund(orderId: string): Promise<RefundRow | undefined>;
}

/** The store over drizzle. */
export function createChargeStore(db: PaymentDb): ChargeStore {
  const findCharge = async (orderId: string) => (await db.select().from(charges).where(eq(charges.orderId, orderId)))[0];
  const findRefund = async (orderId: string) => (await db.select().from(refunds).where(eq(refunds.orderId, orderId)))[0];
  return {
    findCharge,
    findRefund,
    async insertCharge(charge) {
      const [inserted] = await db.insert(charges).values(charge).onConflictDoNothing({ target: charges.orderId }).returning();
      if (inserted) return { row: inserted, created: true };
      // ON CONFLICT waited for the winner's commit; this new statement sees its row.
      const winner = await findCharge(charge.orderId);
      if (!winner) throw new Error(`charge for order ${charge.orderId} conflicted but is not readable`);
      return { row: winner, created: false };
    },
    async insertRefund(charge) {
      const [inserted] = await db
        .insert(refunds)
        .values({ orderId: charge.orderId, chargeId: charge.id, amountMinor: charge.amountMinor, currency: charge.currency })
        .onConflictDoNothing({ target: refunds.orderId })
        .returning();
      if (inserted) return inserted;
      const winner = await findRefund(charge.orderId);
      if (!winner) throw new Error(`refund for order ${charge.orderId} conflicted but is not readable`);
      return winner;
    },
  };
}
