import { fileURLToPath } from 'node:url';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema/index.js';

/** The payment service's drizzle database. */
export type PaymentDb = PostgresJsDatabase<typeof schema>;

export { schema };

/** Folder of the committed drizzle-kit migrations. */
export const paymentMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
