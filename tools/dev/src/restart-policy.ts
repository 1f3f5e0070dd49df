// When `npm start` restarts a crashed child, and when it gives up. Pure bookkeeping (no timers,
// no processes), so the policy is unit-tested on its own.

/** The supervisor's restart policy. */
export interface RestartPolicy {
  /** Delay before the first restart; doubles on each crash in a row. */
  initialDelayMs: number;
  /** Longest delay between restarts. */
  maxDelayMs: number;
  /** A child that stayed up this long is healthy again: the next crash starts over at initialDelayMs. */
  stableAfterMs: number;
  /** Give up after this many crashes… */
  maxCrashes: number;
  /** …within this window. */
  windowMs: number;
}

/** 0.5 s doubling to 10 s; backoff resets after 30 s up; 5 crashes within 60 s stop the shop. */
export const DEFAULT_RESTART_POLICY: RestartPolicy = {
  initialDelayMs: 500,
  maxDelayMs: 10_000,
  stableAfterMs: 30_000,
  maxCrashes: 5,
  windowMs: 60_000,
};

/** What to do after a crash. */
export type CrashDecision =
  | { action: 'restart'; attempt: number; delayMs: number }
  | { action: 'give-up'; crashes: number; windowMs: number };

/** Tracks one child's crashes and decides restart (with which delay) or give up. */
export class CrashTracker {
  private crashes: number[] = [];
  private attempt = 0;

  constructor(private readonly policy: RestartPolicy = DEFAULT_RESTART_POLICY) {}

  /** Records a crash at `now` of a child that had been up for `uptimeMs`. */
  onCrash(now: number, uptimeMs: number): CrashDecision {
    const { initialDelayMs, maxDelayMs, stableAfterMs, maxCrashes, windowMs } = this.policy;
    if (uptimeMs >= stableAfterMs) this.attempt = 0;
    this.crashes = [...this.crashes.filter((at) => now - at < windowMs), now];
    if (this.crashes.length >= maxCrashes) return { action: 'give-up', crashes: this.crashes.length, windowMs };
    this.attempt += 1;
    const delayMs = Math.min(initialDelayMs * 2 ** (this.attempt - 1), maxDelayMs);
    return { action: 'restart', attempt: this.attempt, delayMs };
  }
}
