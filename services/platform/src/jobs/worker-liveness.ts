// graphile-worker 0.17 gives a job locked by a crashed worker back only after 4 hours. Here each
// runner proves its workers alive with a session advisory lock per worker id, held on one
// reserved connection: PostgreSQL drops those locks the moment the process dies (SIGKILL
// included). A sweep — at start and then every `intervalMs` — frees the jobs of every worker
// whose lock nobody holds, so a restarted service resumes its unfinished work at once. A job
// freed by mistake (a worker between its first job and its lock) only runs twice, which every
// step must tolerate anyway (at-least-once).
import type { EventEmitter } from 'node:events';
import postgres from 'postgres';
import type { Logger } from '@shop/node-platform';

/** Advisory lock class of worker liveness (the first key of the two-key lock form). */
const LIVENESS_LOCK_CLASS = 0x5e1f;

export interface WorkerLiveness {
  /** Frees jobs of dead workers now; returns the worker ids it freed. */
  sweep(): Promise<string[]>;
  stop(): Promise<void>;
}

export interface WorkerLivenessOptions {
  /** Sweep period (default 15 s). */
  intervalMs?: number;
  /** Leave jobs locked more recently than this alone (default 5 s): their worker may be taking its lock. */
  graceMs?: number;
}

/** Tracks the workers `events` announces and sweeps dead workers' locks on `connectionString`. */
export async function startWorkerLiveness(connectionString: string, events: EventEmitter, logger: Logger, options: WorkerLivenessOptions = {}): Promise<WorkerLiveness> {
  const sql = postgres(connectionString, { max: 1, onnotice: () => {} });
  const session = await sql.reserve();
  const own = new Set<string>();
  const locking = new Set<Promise<unknown>>();
  const track = (promise: Promise<unknown>) => {
    const tracked = promise.catch((error: unknown) => logger.warn({ err: error }, 'worker liveness lock failed')).finally(() => locking.delete(tracked));
    locking.add(tracked);
  };
  const onCreate = ({ worker }: { worker: { workerId: string } }) => {
    own.add(worker.workerId);
    track(session`select pg_advisory_lock(${LIVENESS_LOCK_CLASS}, hashtext(${worker.workerId}))`);
  };
  const onStop = ({ worker }: { worker: { workerId: string } }) => {
    own.delete(worker.workerId);
    track(session`select pg_advisory_unlock(${LIVENESS_LOCK_CLASS}, hashtext(${worker.workerId}))`);
  };
  events.on('worker:create', onCreate);
  events.on('worker:stop', onStop);

  async function sweep(): Promise<string[]> {
    const graceMs = options.graceMs ?? 5_000;
    const holders = await session<Array<{ workerId: string }>>`
      select distinct locked_by as "workerId" from graphile_worker._private_jobs
      where locked_by is not null and locked_at < now() - make_interval(secs => ${graceMs / 1000})`;
    const dead: string[] = [];
    for (const { workerId } of holders) {
      if (own.has(workerId)) continue;
      const [probe] = await session<Array<{ free: boolean }>>`select pg_try_advisory_lock(${LIVENESS_LOCK_CLASS}, hashtext(${workerId})) as free`;
      if (!probe?.free) continue;
      await session`select pg_advisory_unlock(${LIVENESS_LOCK_CLASS}, hashtext(${workerId}))`;
      dead.push(workerId);
    }
    if (dead.length > 0) {
      await session`select graphile_worker.force_unlock_workers(${dead}::text[])`;
      logger.warn({ workers: dead }, 'freed the jobs of workers that died');
    }
    return dead;
  }

  let sweeping: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    sweeping = sweep().catch((error: unknown) => logger.warn({ err: error }, 'worker liveness sweep failed'));
  }, options.intervalMs ?? 15_000);
  timer.unref();
  return {
    sweep,
    async stop() {
      clearInterval(timer);
      events.off('worker:create', onCreate);
      events.off('worker:stop', onStop);
      await sweeping;
      await Promise.all(locking);
      session.release();
      await sql.end({ timeout: 5 });
    },
  };
}
