import { describe, expect, it } from 'vitest';
import { median, renderReport, summarize } from './report.js';

describe('bench report', () => {
  it('takes the median of each variant over rounds', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    const m = (rps: number) => ({ rps, p99: rps / 100, errors: 0, non2xx: 0 });
    expect(summarize([{ a: m(100) }, { a: m(300) }, { a: m(200) }])).toEqual({ a: { rps: 200, p99: 2 } });
  });

  it('prints ours/peer and ours/raw', () => {
    const text = renderReport({ raw: { rps: 1000, p99: 1 }, ours: { rps: 50, p99: 20 }, peer: { rps: 40, p99: 25 } }, 'ours', 'peer', 'raw');
    expect(text).toContain('ours/peer = 1.250');
    expect(text).toContain('ours/raw  = 0.050');
  });
});
