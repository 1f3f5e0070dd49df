// Vitest global setup for the integration project (root vitest.config.ts): gives every test file
// a PostgreSQL server — the one in DATABASE_URL, else an embedded one in a fresh temp dir.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '../db/free-port.js';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import './provided-context.js';


/** Starts (or adopts) the test PostgreSQL server and returns the teardown that stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('databaseUrl', external);
    return async () => {};
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'shop-test-pg-'));
  const port = await findFreePort();
  const pg = await startEmbeddedPostgres({ dataDir, port });
  // Workers are forked after global setup and inherit this environment.
  process.env.DATABASE_URL = pg.url;
  project.provide('databaseUrl', pg.url);
  return async () => {
    await pg.stop();
    delete process.env.DATABASE_URL;
    await rm(dataDir, { recursive: true, force: true });
  };
}
