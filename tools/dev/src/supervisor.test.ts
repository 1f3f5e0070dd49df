import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { supervise, type SupervisedChild } from './supervisor.js';

/** A stand-in child: `crash()` makes it exit as a SIGKILL would; `stop()` as a clean SIGTERM. */
class FakeChild implements SupervisedChild {
  private readonly events = new EventEmitter();
  private done = false;
  stopped = false;
  readonly process = {
    pid: 1,
    once: (event: string, listener: (...args: never[]) => void) => {
      this.events.once(event, listener as (...args: unknown[]) => void);
      return this.process;
    },
  } as unknown as SupervisedChild['process'];
  exited = () => this.done;
  crash(code: number | null = null, signal: string | null = 'SIGKILL') {
    this.done = true;
    this.events.emit('exit', code, signal);
  }
  async stop() {
    this.stopped = true;
    if (!this.done) this.crash(null, 'SIGTERM');
  }
}

let started: FakeChild[];
let lines: string[];
let gaveUp: string[];
const run = () => {
  started = [new FakeChild()];
  return supervise({
    name: 'services-catalog',
    first: started[0]!,
    start: () => {
      const child = new FakeChild();
      started.push(child);
      return child;
    },
    waitReady: async () => {},
    onGiveUp: (message) => gaveUp.push(message),
    log: (line) => lines.push(line),
    now: () => Date.now(),
  });
};

beforeEach(() => {
  vi.useFakeTimers();
  lines = [];
  gaveUp = [];
});
afterEach(() => {
  vi.useRealTimers();
});

describe('supervise', () => {
  it('restarts a crashed child after 0.5 s and logs name, signal, attempt and delay', async () => {
    const supervised = run();
    started[0]!.crash();
    expect(lines).toEqual(['[supervisor] services-catalog exited (signal SIGKILL); restart #1 in 0.5 s']);
    await vi.advanceTimersByTimeAsync(499);
    expect(started).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(started).toHaveLength(2);
    expect(supervised.current).toBe(started[1]);
    expect(lines[1]).toBe('[supervisor] services-catalog is ready again (restart #1)');
  });

  it('doubles the delay on each crash in a row and logs the exit code', async () => {
    run();
    for (const delay of [500, 1_000, 2_000]) {
      started.at(-1)!.crash(1, null);
      await vi.advanceTimersByTimeAsync(delay);
    }
    expect(started).toHaveLength(4);
    expect(lines.filter((line) => line.includes('restart #'))).toEqual([
      '[supervisor] services-catalog exited (code 1); restart #1 in 0.5 s',
      '[supervisor] services-catalog is ready again (restart #1)',
      '[supervisor] services-catalog exited (code 1); restart #2 in 1 s',
      '[supervisor] services-catalog is ready again (restart #2)',
      '[supervisor] services-catalog exited (code 1); restart #3 in 2 s',
      '[supervisor] services-catalog is ready again (restart #3)',
    ]);
  });

  it('gives up on the 5th crash within 60 s and starts nothing more', async () => {
    run();
    for (const delay of [500, 1_000, 2_000, 4_000]) {
      started.at(-1)!.crash();
      await vi.advanceTimersByTimeAsync(delay);
    }
    started.at(-1)!.crash();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toHaveLength(5);
    expect(gaveUp).toEqual([
      '[supervisor] services-catalog exited (signal SIGKILL); it crashed 5 times within 60 s: giving up, stopping the shop.',
    ]);
  });

  it('does not restart what stop() ended, nor a child whose restart was pending', async () => {
    const supervised = run();
    await supervised.stop();
    expect(started[0]!.stopped).toBe(true);
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toHaveLength(1);

    const again = run();
    started[0]!.crash();
    await again.stop(); // Ctrl-C during the backoff delay
    await vi.advanceTimersByTimeAsync(60_000);
    expect(started).toHaveLength(1);
    expect(gaveUp).toEqual([]);
  });
});
