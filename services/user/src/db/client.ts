import { fileURLToPath } from 'node:url';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema/index.js';

/** The user service's drizzle database. */
export type UserDb = PostgresJsDatabase<typeof schema>;

export { schema };

/** Folder of the committed drizzle-kit migrations. */
export const userMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
