import { describe, expect, it } from 'vitest';
import { createStreamLimiter } from './stream-limiter.js';

describe('stream limiter', () => {
  it('caps streams per viewer and per process, and frees a slot once per release', () => {
    const limiter = createStreamLimiter({ maxStreams: 3, maxPerViewer: 2 });
    const a1 = limiter.acquire('a');
    limiter.acquire('a');
    expect(() => limiter.acquire('a')).toThrow(/At most 2/);
    const b1 = limiter.acquire('b');
    expect(() => limiter.acquire('c')).toThrow(/Too many/);
    a1();
    a1();
    expect(limiter.open()).toBe(2);
    limiter.acquire('c');
    b1();
    expect(limiter.open()).toBe(2);
  });
});
