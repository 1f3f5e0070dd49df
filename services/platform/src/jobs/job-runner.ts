// Durable jobs for a service: graphile-worker 0.17 (the Node 20 line; DESIGN "Jobs, events and
// live updates") on the service's own database, in schema `graphile_worker`. Jobs are enqueued
// with SQL (`graphile_worker.add_job`, see add-job.ts) so a state change and the work it causes
// commit together; LISTEN/NOTIFY picks them up within milliseconds; failures retry with
// exponential backoff and, once out of attempts, stay in the table as dead letters
// (dead-letters.ts) until replayed.
import { EventEmitter } from 'node:events';
import { Logger as WorkerLogger, parseCrontab, run, type Runner, type Task, type WorkerEvents } from 'graphile-worker';
import type { Logger } from '@shop/node-platform';
import { startWorkerLiveness, type WorkerLivenessOptions } from './worker-liveness.js';

/** What a service declares to run jobs: named tasks, an optional crontab, a concurrency. */
export interface JobsDeclaration {
  /** Task name → handler (payload as enqueued). A throw means "retry later". */
  tasks: Record<string, (payload: unknown) => Promise<unknown>>;
  /** graphile-worker crontab lines, e.g. `* * * * * expire_reservations`. */
  crontab?: string;
  /** Jobs run at once in this process (default 4). */
  concurrency?: number;
  /** How often jobs of crashed workers are freed (worker-liveness.ts). */
  liveness?: WorkerLivenessOptions;
}

export interface JobRunner {
  stop(): Promise<void>;
}

/** Starts a runner on `connectionString` (migrating graphile-worker's own schema first). */
export async function startJobRunner(connectionString: string, jobs: JobsDeclaration, logger: Logger): Promise<JobRunner> {
  const concurrency = jobs.concurrency ?? 4;
  const taskList = Object.fromEntries(
    Object.entries(jobs.tasks).map(([name, handler]): [string, Task] => [name, async (payload) => void (await handler(payload))]),
  );
  const events = new EventEmitter() as WorkerEvents;
  const liveness = await startWorkerLiveness(connectionString, events, logger, jobs.liveness);
  const runner: Runner = await run({
    events,
    connectionString,
    concurrency,
    // One connection per concurrent job, plus LISTEN and the cron/maintenance work.
    maxPoolSize: concurrency + 2,
    taskList,
    // Parsed here so a bad line fails the start, and no `crontab` file is ever read from the cwd.
    parsedCronItems: parseCrontab(jobs.crontab ?? ''),
    noHandleSignals: true,
    logger: workerLogger(logger),
  }).catch(async (error: unknown) => {
    await liveness.stop();
    throw error;
  });
  // Jobs a crashed predecessor left locked run again now, not in 4 hours.
  await liveness.sweep().catch((error: unknown) => logger.warn({ err: error }, 'worker liveness sweep failed'));
  let stopping: Promise<void> | undefined;
  return { stop: () => (stopping ??= runner.stop().finally(() => liveness.stop())) };
}

/** graphile-worker's logger writing to the service's pino logger (debug chatter at debug). */
function workerLogger(logger: Logger): WorkerLogger {
  const jobs = logger.child({ component: 'jobs' });
  return new WorkerLogger(() => (level, message, meta) => {
    const fields = meta ?? {};
    if (level === 'error') jobs.error(fields, message);
    else if (level === 'warning') jobs.warn(fields, message);
    else if (level === 'info') jobs.info(fields, message);
    else jobs.debug(fields, message);
  });
}
