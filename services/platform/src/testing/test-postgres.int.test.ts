// `npm test` without DATABASE_URL from a private place: the embedded test cluster must still
// start when TMPDIR is a folder the postgres user cannot enter (root runs it as that user).
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import postgres from 'postgres';
import { afterEach, describe, expect, it } from 'vitest';
import { postgresUserIds } from '../db/postgres-user.js';
import { startTestPostgres } from './test-postgres.js';
import { testClusterBase } from './stale-test-clusters.js';

const savedTmpdir = process.env.TMPDIR;
const made: string[] = [];
afterEach(async () => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  for (const dir of made.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('startTestPostgres without DATABASE_URL', () => {
  it('starts an embedded cluster when TMPDIR is a 0700 folder', async () => {
    const privateTmp = await mkdtemp(join(tmpdir(), 'shop-private-tmp-'));
    made.push(privateTmp);
    await chmod(privateTmp, 0o700);
    process.env.TMPDIR = privateTmp;
    const asRoot = (await postgresUserIds()).uid !== undefined;
    expect(await testClusterBase()).toBe(asRoot ? '/var/tmp' : privateTmp);

    const server = await startTestPostgres({});
    try {
      expect(server.embedded).toBe(true);
      const sql = postgres(server.url, { max: 1, onnotice: () => {} });
      const [row] = await sql<{ one: number }[]>`select 1 as one`;
      await sql.end();
      expect(row?.one).toBe(1);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
