import { fileURLToPath } from 'node:url';
import * as schema from './schema/index.js';

export { schema };

/** Folder of the committed drizzle-kit migrations. */
export const orderMigrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
