import { deadlineExceeded, resourceExhausted } from '../errors/domain-error.js';

export interface AdmissionGateOptions {
  /** Work items running at once (size it to the pool's `max`). */
  maxActive: number;
  /** Items allowed to wait for a slot; one more is refused at once with RESOURCE_EXHAUSTED. */
  maxWaiting: number;
}

export interface AdmissionGate {
  /**
   * Runs `work` when a slot is free. Refuses at once (RESOURCE_EXHAUSTED) when `maxWaiting`
   * items already wait; a waiter whose `deadline` (epoch ms) passes leaves the queue with
   * DEADLINE_EXCEEDED without running.
   */
  run<T>(work: () => Promise<T>, deadline?: number): Promise<T>;
  readonly active: number;
  readonly waiting: number;
}

interface Waiter {
  start(): void;
}

/**
 * A small semaphore with a bounded queue in front of database work: under overload callers get
 * a typed, immediate answer instead of latency that grows with the backlog.
 */
export function createAdmissionGate({ maxActive, maxWaiting }: AdmissionGateOptions): AdmissionGate {
  let active = 0;
  const queue: Waiter[] = [];

  const release = (): void => {
    active--;
    const next = queue.shift();
    if (next) next.start();
  };

  const execute = <T>(work: () => Promise<T>): Promise<T> => {
    active++;
    let result: Promise<T>;
    try {
      result = work();
    } catch (error) {
      result = Promise.reject(error);
    }
    return result.finally(release);
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    run<T>(work: () => Promise<T>, deadline = Infinity): Promise<T> {
      if (active < maxActive) return execute(work);
      if (queue.length >= maxWaiting) {
        return Promise.reject(resourceExhausted('too many requests waiting for the database; retry later'));
      }
      return new Promise<T>((resolve, reject) => {
        let timer: NodeJS.Timeout | undefined;
        const waiter: Waiter = {
          start: () => {
            if (timer) clearTimeout(timer);
            execute(work).then(resolve, reject);
          },
        };
        if (Number.isFinite(deadline)) {
          timer = setTimeout(() => {
            const index = queue.indexOf(waiter);
            if (index !== -1) queue.splice(index, 1);
            reject(deadlineExceeded('deadline exceeded while waiting for the database'));
          }, Math.max(0, deadline - Date.now()));
          timer.unref();
        }
        queue.push(waiter);
      });
    },
  };
}
