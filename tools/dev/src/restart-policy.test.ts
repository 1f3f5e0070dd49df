import { describe, expect, it } from 'vitest';
import { CrashTracker, DEFAULT_RESTART_POLICY } from './restart-policy.js';

const loose = { ...DEFAULT_RESTART_POLICY, maxCrashes: 100 };

describe('CrashTracker', () => {
  it('backs off 0.5 s doubling to 10 s while a child keeps crashing', () => {
    const tracker = new CrashTracker(loose);
    const delays = [];
    for (let i = 0; i < 8; i++) {
      const decision = tracker.onCrash(i * 61_000, 1_000);
      if (decision.action !== 'restart') throw new Error('expected a restart');
      expect(decision.attempt).toBe(i + 1);
      delays.push(decision.delayMs);
    }
    expect(delays).toEqual([500, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000, 10_000]);
  });

  it('starts over at 0.5 s once a child stayed up 30 s', () => {
    const tracker = new CrashTracker(loose);
    tracker.onCrash(0, 100);
    tracker.onCrash(1_000, 100);
    expect(tracker.onCrash(2_000, 29_999)).toMatchObject({ attempt: 3, delayMs: 2_000 });
    expect(tracker.onCrash(40_000, 30_000)).toEqual({ action: 'restart', attempt: 1, delayMs: 500 });
  });

  it('gives up on the 5th crash within 60 s', () => {
    const tracker = new CrashTracker();
    for (const at of [0, 1_000, 3_000, 7_000]) expect(tracker.onCrash(at, 500).action).toBe('restart');
    expect(tracker.onCrash(15_000, 500)).toEqual({ action: 'give-up', crashes: 5, windowMs: 60_000 });
  });

  it('keeps restarting when crashes are spread wider than the window', () => {
    const tracker = new CrashTracker();
    for (let i = 0; i < 20; i++) expect(tracker.onCrash(i * 15_001, 15_000).action).toBe('restart');
  });
});
