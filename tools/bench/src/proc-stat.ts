// CPU time and memory of a process from /proc (Linux): what a soak compares across intervals.
import { readFile } from 'node:fs/promises';

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface ProcSample {
  cpuMicros: number;
  rssBytes: number;
}

/** Parses /proc/<pid>/stat: utime + stime (fields 14, 15) and rss pages (field 24). */
export function parseProcStat(stat: string, pageSize = 4096): ProcSample {
  // The command name (field 2) may contain spaces; fields after it start past the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(fields[11]) + Number(fields[12]);
  return { cpuMicros: (ticks * 1_000_000) / TICKS_PER_SECOND, rssBytes: Number(fields[21]) * pageSize };
}

/** Samples a live process. */
export async function sampleProcess(pid: number): Promise<ProcSample> {
  return parseProcStat(await readFile(`/proc/${pid}/stat`, 'utf8'));
}
