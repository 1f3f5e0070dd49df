import { defineConfig } from 'drizzle-kit';

// `npx drizzle-kit generate` (run from services/order) writes SQL migrations that the service
// applies at start; generation needs no database.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/db/schema/index.ts',
  out: './src/db/migrations',
  casing: 'snake_case',
});
