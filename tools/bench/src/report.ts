// Turns rounds of measurements into medians and the ratios the issue asks for.
import type { Measurement } from './load.js';

/** Median of a non-empty list. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median rps and p99 per variant over all rounds. */
export function summarize(rounds: Record<string, Measurement>[]): Record<string, { rps: number; p99: number }> {
  const names = Object.keys(rounds[0] ?? {});
  return Object.fromEntries(
    names.map((name) => [
      name,
      { rps: median(rounds.map((round) => round[name]!.rps)), p99: median(rounds.map((round) => round[name]!.p99)) },
    ]),
  );
}

/** Renders the summary table and the ratios ours/peer and ours/raw. */
export function renderReport(summary: Record<string, { rps: number; p99: number }>, ours: string, peer: string, raw: string): string {
  const lines = Object.entries(summary).map(
    ([name, { rps, p99 }]) => `${name.padEnd(34)} ${Math.round(rps).toString().padStart(8)} rps   p99 ${p99.toFixed(0).padStart(4)} ms`,
  );
  const ratio = (a: string, b: string) => (summary[a]!.rps / summary[b]!.rps).toFixed(3);
  lines.push('', `ours/peer = ${ratio(ours, peer)}   (goal ≥ 1.0)`, `ours/raw  = ${ratio(ours, raw)}`);
  return lines.join('\n');
}
