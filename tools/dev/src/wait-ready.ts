// Readiness polling: a child is ready when its URL answers 2xx; it failed if it exits first.
import { setTimeout as sleep } from 'node:timers/promises';

/** Polls `url` until 2xx, or rejects when `exited()` turns true or `timeoutMs` passes. */
export async function waitReady(url: string, exited: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`exited before it was ready (${url})`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(150);
  }
  throw new Error(`not ready after ${timeoutMs / 1000}s (${url})`);
}
