// Enqueueing inside the caller's transaction: the job exists exactly when the change that caused
// it committed (transactional outbox without a relay).
import type { Sql, TransactionSql } from 'postgres';

/** Options of graphile_worker.add_job: a dedupe key, a delay, an attempt budget. */
export interface AddJobOptions {
  /** At most one pending job per key (a later add replaces the payload and run time). */
  jobKey?: string;
  runAt?: Date;
  maxAttempts?: number;
}

// The payload goes as text and is cast in SQL: a parameter PostgreSQL describes as json would be
// JSON-encoded a second time by postgres.js, and sql.json depends on the pool's type options;
// likewise the run time goes as ISO text (a service pool may not serialize Date parameters).

/** Adds job `task` with `payload` using `sql` (pass a transaction to commit it with your change). */
export async function addJob(sql: Sql | TransactionSql, task: string, payload: unknown, options: AddJobOptions = {}): Promise<void> {
  await sql`select graphile_worker.add_job(
    ${task}::text,
    ${JSON.stringify(payload ?? null)}::text::json,
    job_key => ${options.jobKey ?? null}::text,
    run_at => ${options.runAt?.toISOString() ?? null}::timestamptz,
    max_attempts => ${options.maxAttempts ?? null}::int
  )`;
}
