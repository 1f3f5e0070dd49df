// Vitest global setup for the integration project (root vitest.config.ts): gives every test file
// a PostgreSQL server — the one in DATABASE_URL, else an embedded one in a fresh temp dir.
import type { TestProject } from 'vitest/node';
import { startTestPostgres } from './test-postgres.js';
import './provided-context.js';

/** Starts (or adopts) the test PostgreSQL server and returns the teardown that stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startTestPostgres();
  // Workers are started after global setup and inherit this environment.
  if (server.embedded) process.env.DATABASE_URL = server.url;
  project.provide('databaseUrl', server.url);
  return async () => {
    await server.stop();
    if (server.embedded) delete process.env.DATABASE_URL;
  };
}
