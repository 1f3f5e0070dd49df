import postgres from 'postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '@shop/node-platform';
import { createTestDatabase, type TestDatabase } from '../testing/create-test-database.js';
import { addJob } from './add-job.js';
import { listDeadLetters, replayDeadLetters } from './dead-letters.js';
import { startJobRunner, type JobRunner } from './job-runner.js';

/** Resolves when `check` holds, polling (bounded: the test fails rather than hangs). */
async function eventually(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('jobs (graphile-worker on the service database)', () => {
  let database: TestDatabase;
  let sql: postgres.Sql;
  let runner: JobRunner;
  const seen: unknown[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    database = await createTestDatabase('platform');
    runner = await startJobRunner(database.url, {
      tasks: {
        record: async (payload) => void seen.push(payload),
        flaky: async (payload) => {
          if (failuresLeft-- > 0) throw new Error('upstream down');
          seen.push(payload);
        },
      },
    }, createLogger('jobs-test', (process.env.JOBS_LOG ?? 'silent') as 'silent'));
    sql = postgres(database.url, { max: 2, onnotice: () => {} });
  });

  afterAll(async () => {
    await runner?.stop();
    await sql?.end();
    await database?.drop();
  });

  it('runs a job enqueued in a committed transaction, and never one whose transaction rolled back', async () => {
    await sql.begin(async (tx) => addJob(tx, 'record', { n: 'rolled-back' })).catch(() => undefined);
    await sql
      .begin(async (tx) => {
        await addJob(tx, 'record', { n: 'rolled-back' });
        throw new Error('abort');
      })
      .catch(() => undefined);
    await sql.begin(async (tx) => addJob(tx, 'record', { n: 'committed' }));
    await eventually(() => seen.some((payload) => (payload as { n: string }).n === 'committed'));
    // The first transaction committed too (it only added a job); the aborted one left nothing.
    await eventually(() => seen.filter((payload) => (payload as { n: string }).n === 'rolled-back').length === 1);
    const [row] = await sql<[{ count: number }]>`select count(*)::int as count from graphile_worker.jobs`;
    expect(row.count).toBe(0);
  });

  it('dedupes pending jobs by key', async () => {
    const runAt = new Date(Date.now() + 60_000);
    await addJob(sql, 'record', { n: 'first' }, { jobKey: 'k1', runAt });
    await addJob(sql, 'record', { n: 'second' }, { jobKey: 'k1', runAt });
    const rows = await sql<Array<{ payload: { n: string } }>>`select payload from graphile_worker._private_jobs where key = 'k1'`;
    expect(rows.map((row) => row.payload.n)).toEqual(['second']);
    await sql`select graphile_worker.remove_job('k1')`;
  });

  it('keeps a job that used up its attempts as a dead letter, and replays it', async () => {
    failuresLeft = 1;
    await addJob(sql, 'flaky', { n: 'dead' }, { maxAttempts: 1 });
    await eventually(async () => (await listDeadLetters(sql)).length === 1);
    const [letter] = await listDeadLetters(sql);
    expect(letter).toMatchObject({ task: 'flaky', payload: { n: 'dead' }, attempts: 1 });
    expect(letter!.lastError).toContain('upstream down');
    expect(seen).not.toContainEqual({ n: 'dead' });

    expect(await replayDeadLetters(sql, [letter!.id])).toEqual([letter!.id]);
    await eventually(() => seen.some((payload) => (payload as { n: string }).n === 'dead'));
    expect(await listDeadLetters(sql)).toEqual([]);
  });
});
