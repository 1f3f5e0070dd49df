// Dead letters: jobs that used up their attempts stay in graphile-worker's table with their last
// error (read from its `_private_jobs` table: the public `jobs` view has no payload). An operator lists them and replays one (attempts reset, run now) once the cause is fixed.
import type { Sql } from 'postgres';

export interface DeadLetter {
  id: string;
  task: string;
  payload: unknown;
  attempts: number;
  lastError: string | null;
  updatedAt: string;
}

/** Every permanently failed job, oldest first. */
export async function listDeadLetters(sql: Sql): Promise<DeadLetter[]> {
  const rows = await sql<Array<{ id: string; task: string; payload: unknown; attempts: number; lastError: string | null; updatedAt: Date }>>`
    select jobs.id::text, tasks.identifier as task, jobs.payload, jobs.attempts, jobs.last_error as "lastError", jobs.updated_at as "updatedAt"
    from graphile_worker._private_jobs jobs join graphile_worker._private_tasks tasks on tasks.id = jobs.task_id
    where jobs.attempts >= jobs.max_attempts and jobs.locked_at is null order by jobs.updated_at, jobs.id`;
  return rows.map((row) => ({ ...row, updatedAt: row.updatedAt.toISOString() }));
}

/** Replays dead letters by id (attempts back to 0, due now); returns the ids rescheduled. */
export async function replayDeadLetters(sql: Sql, ids: string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await sql<Array<{ id: string }>>`
    select id::text from graphile_worker.reschedule_jobs(
      ${ids}::bigint[], run_at => now(), attempts => 0
    ) where true`;
  return rows.map((row) => row.id);
}
