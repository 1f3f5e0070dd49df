import { describe, expect, it } from 'vitest';
import { backoffMs } from './saga-deps.js';

describe('backoffMs', () => {
  it('doubles per attempt from the base, with ±50 % jitter', () => {
    expect([2, 3, 4].map((attempt) => backoffMs(100, attempt, () => 0.5))).toEqual([100, 200, 400]);
    expect(backoffMs(100, 3, () => 0)).toBe(100);
    expect(backoffMs(100, 3, () => 0.999)).toBe(300);
  });
});
