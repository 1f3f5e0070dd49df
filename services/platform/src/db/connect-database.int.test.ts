import { status } from '@grpc/grpc-js';
import { describe, expect, it } from 'vitest';
import { toGrpcStatus } from '../errors/to-grpc-status.js';
import { testServerUrl } from '../testing/create-test-database.js';
import { connectDatabase } from './connect-database.js';

const open = async (options: { statementTimeoutMs?: number; idleInTransactionTimeoutMs?: number } = {}) =>
  connectDatabase({ url: await testServerUrl(), database: 'postgres', createIfMissing: false, max: 1, ...options });

describe('connectDatabase pool settings', () => {
  it('puts a statement timeout and an idle-in-transaction timeout on every connection by default', async () => {
    const connection = await open();
    try {
      const [row] = await connection.sql`
        select current_setting('statement_timeout') as statement,
               current_setting('idle_in_transaction_session_timeout') as idle,
               current_setting('TimeZone') as zone`;
      expect(row).toEqual({ statement: '5s', idle: '10s', zone: 'UTC' });
    } finally {
      await connection.close();
    }
  });

  it('cancels a statement running past DB_STATEMENT_TIMEOUT_MS; the client sees DEADLINE_EXCEEDED, not INTERNAL', async () => {
    const connection = await open({ statementTimeoutMs: 50 });
    try {
      const error = await connection.sql`select pg_sleep(2)`.then(() => undefined, (e: unknown) => e);
      expect(error).toMatchObject({ code: '57014' });
      expect(toGrpcStatus(error).code).toBe(status.DEADLINE_EXCEEDED);
      // The pool is usable afterwards.
      expect(await connection.sql`select 1 as one`).toEqual([{ one: 1 }]);
    } finally {
      await connection.close();
    }
  });

  it('maps a connection the server terminated mid-query (pg_terminate_backend) to UNAVAILABLE', async () => {
    const victim = await open();
    const admin = await open();
    try {
      const [{ pid }] = (await victim.sql`select pg_backend_pid() as pid`) as unknown as [{ pid: number }];
      const running = victim.sql`select pg_sleep(5)`.then(() => undefined, (e: unknown) => e);
      await new Promise((resolve) => setTimeout(resolve, 100));
      await admin.sql`select pg_terminate_backend(${pid})`;
      const error = await running;
      expect(toGrpcStatus(error).code).toBe(status.UNAVAILABLE);
    } finally {
      // The victim's pool lost its only connection: end it without the usual drain wait.
      await Promise.all([victim.sql.end({ timeout: 0 }), admin.close()]);
    }
  });
});
