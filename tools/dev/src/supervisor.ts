// Keeps one `npm start` child running: restarts it with backoff when it exits on its own, logs
// every restart, and gives up (onGiveUp) only when RestartPolicy says it crashes too often.
import type { ChildProcess } from 'node:child_process';
import { CrashTracker, DEFAULT_RESTART_POLICY, type RestartPolicy } from './restart-policy.js';

/** The part of a started child the supervisor needs (child.ts's Child satisfies it). */
export interface SupervisedChild {
  process: Pick<ChildProcess, 'once' | 'pid'>;
  exited: () => boolean;
  stop(): Promise<void>;
}

/** How to run and watch one child. */
export interface SuperviseOptions<C extends SupervisedChild> {
  name: string;
  /** The already started (and ready) first instance. */
  first: C;
  /** Starts a fresh instance. */
  start: () => C;
  /** Resolves when an instance is ready again (rejects if it exits first). */
  waitReady?: (child: C) => Promise<void>;
  /** True once the whole shop is stopping: no restarts from then on. */
  shuttingDown?: () => boolean;
  /** Called once when the policy gives up; the caller stops the shop. */
  onGiveUp: (message: string) => void;
  policy?: RestartPolicy;
  log?: (line: string) => void;
  now?: () => number;
}

/** A supervised child: `current` is the live instance; `stop` ends supervision and the child. */
export interface Supervised<C extends SupervisedChild> {
  readonly current: C;
  stop(): Promise<void>;
}

const seconds = (ms: number) => `${ms / 1000} s`;

/** Watches `first` and restarts it (then its successors) when it exits while not stopping. */
export function supervise<C extends SupervisedChild>(options: SuperviseOptions<C>): Supervised<C> {
  const { name, start, onGiveUp, log = (line) => console.error(line), now = Date.now, shuttingDown = () => false } = options;
  const tracker = new CrashTracker(options.policy ?? DEFAULT_RESTART_POLICY);
  let current = options.first;
  let stopping = false;
  let timer: NodeJS.Timeout | undefined;

  const watch = (child: C) => {
    const startedAt = now();
    child.process.once('exit', (code: number | null, signal: NodeJS.Signals | null) => {
      if (stopping || shuttingDown()) return;
      const how = signal ? `signal ${signal}` : `code ${code}`;
      const decision = tracker.onCrash(now(), now() - startedAt);
      if (decision.action === 'give-up') {
        stopping = true;
        onGiveUp(
          `[supervisor] ${name} exited (${how}); it crashed ${decision.crashes} times within ${seconds(decision.windowMs)}: giving up, stopping the shop.`,
        );
        return;
      }
      log(`[supervisor] ${name} exited (${how}); restart #${decision.attempt} in ${seconds(decision.delayMs)}`);
      timer = setTimeout(() => {
        timer = undefined;
        if (stopping || shuttingDown()) return;
        current = start();
        watch(current);
        options.waitReady?.(current).then(
          () => log(`[supervisor] ${name} is ready again (restart #${decision.attempt})`),
          () => {}, // it exited before ready: the exit handler above takes it from here
        );
      }, decision.delayMs);
    });
  };
  watch(current);

  return {
    get current() {
      return current;
    },
    async stop() {
      stopping = true;
      clearTimeout(timer);
      await current.stop();
    },
  };
}
