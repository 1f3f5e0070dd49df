// The simulated vault's persistence: payment methods are written once and never change.
import { eq } from 'drizzle-orm';
import type { PaymentDb } from './client.js';
import { paymentMethods, type PaymentMethodRow } from './schema/index.js';

/** A method to keep: the processor's outcome plus brand and last four (never the number). */
export type NewPaymentMethod = Omit<typeof paymentMethods.$inferInsert, 'id' | 'createdAt'>;

/** Payment methods by id. */
export interface PaymentMethodStore {
  insertMethod(method: NewPaymentMethod): Promise<PaymentMethodRow>;
  findMethod(id: string): Promise<PaymentMethodRow | undefined>;
}

/** The vault over drizzle. */
export function createPaymentMethodStore(db: PaymentDb): PaymentMethodStore {
  return {
    async insertMethod(method) {
      const [row] = await db.insert(paymentMethods).values(method).returning();
      if (!row) throw new Error('payment method insert returned no row');
      return row;
    },
    findMethod: async (id) => (await db.select().from(paymentMethods).where(eq(paymentMethods.id, id)))[0],
  };
}
