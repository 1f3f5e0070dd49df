// Vitest global setup for the integration project (root vitest.config.ts): gives every test file
// a PostgreSQL server — the one in DATABASE_URL, else an embedded one in a fresh temp dir.
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { findFreePort } from '@shop/node-platform';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { createTestClusterDir, sweepStaleTestClusters } from './stale-test-clusters.js';
import './provided-context.js';

/** Starts (or adopts) the test PostgreSQL server and returns the teardown that stops it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const external = process.env.DATABASE_URL;
  if (external) {
    project.provide('databaseUrl', external);
    return async () => {};
  }
  await sweepStaleTestClusters();
  const { root, dataDir } = await createTestClusterDir();
  const port = await findFreePort();
  const pg = await startEmbeddedPostgres({ dataDir, port }).catch(async (error: unknown) => {
    await rm(root, { recursive: true, force: true });
    throw error;
  });
  // Workers are started after global setup and inherit this environment.
  process.env.DATABASE_URL = pg.url;
  project.provide('databaseUrl', pg.url);
  return async () => {
    await pg.stop();
    delete process.env.DATABASE_URL;
    await rm(root, { recursive: true, force: true });
  };
}
