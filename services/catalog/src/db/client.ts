import { fileURLToPath } from 'node:url';
import type { PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import * as schema from './schema/index.js';

/** The catalog's drizzle database. */
export type CatalogDb = PostgresJsDatabase<typeof schema>;

export { schema };

/** Folder of the committed drizzle-kit migrations. */
export const catalogMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
