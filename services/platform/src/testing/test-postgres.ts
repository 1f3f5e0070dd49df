import { rm } from 'node:fs/promises';
import { findFreePort } from '@shop/node-platform';
import { startEmbeddedPostgres } from '../db/embedded-postgres.js';
import { createTestClusterDir, sweepStaleTestClusters } from './stale-test-clusters.js';

/** A PostgreSQL server for a test or benchmark run. */
export interface TestPostgres {
  /** Server URL without a database. */
  url: string;
  /** True when we started it (embedded), false when DATABASE_URL named it. */
  embedded: boolean;
  /** Stops and deletes what we started; leaves an external server alone. */
  stop(): Promise<void>;
}

/**
 * The server in DATABASE_URL, else an embedded PostgreSQL in a fresh temp dir on a free port
 * (first sweeping clusters that killed runs left behind). Used by the vitest integration setup,
 * the Playwright setup and the benchmark.
 */
export async function startTestPostgres(env: NodeJS.ProcessEnv = process.env): Promise<TestPostgres> {
  if (env.DATABASE_URL) return { url: env.DATABASE_URL, embedded: false, stop: async () => {} };
  await sweepStaleTestClusters();
  const { root, dataDir } = await createTestClusterDir();
  const pg = await startEmbeddedPostgres({ dataDir, port: await findFreePort() }).catch(async (error: unknown) => {
    await rm(root, { recursive: true, force: true });
    throw error;
  });
  return {
    url: pg.url,
    embedded: true,
    stop: async () => {
      await pg.stop();
      await rm(root, { recursive: true, force: true });
    },
  };
}
