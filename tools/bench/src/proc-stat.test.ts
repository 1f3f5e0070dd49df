import { describe, expect, it } from 'vitest';
import { parseProcStat, sampleProcess } from './proc-stat.js';

describe('parseProcStat', () => {
  it('reads utime+stime and rss, even with spaces in the command name', () => {
    const stat = '4242 (node (bff) x) S 1 2 3 4 5 6 7 8 9 10 150 50 0 0 20 0 11 0 12345 999999 2560 rest';
    expect(parseProcStat(stat)).toEqual({ cpuMicros: 2_000_000, rssBytes: 2560 * 4096 });
  });

  it('samples this process', async () => {
    const sample = await sampleProcess(process.pid);
    expect(sample.rssBytes).toBeGreaterThan(1_000_000);
    expect(sample.cpuMicros).toBeGreaterThan(0);
  });
});
