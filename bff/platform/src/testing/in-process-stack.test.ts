import { describe, expect, it } from 'vitest';
import { startInProcessStack } from './in-process-stack.js';

describe('startInProcessStack', () => {
  it('stops the parts in reverse order, once', async () => {
    const log: string[] = [];
    const stack = await startInProcessStack(async (defer) => {
      for (const name of ['db', 'service', 'bff']) {
        log.push(`start ${name}`);
        defer(() => void log.push(`stop ${name}`));
      }
      return { url: 'http://x' };
    });
    expect(stack.url).toBe('http://x');
    await Promise.all([stack.stop(), stack.stop()]);
    expect(log).toEqual(['start db', 'start service', 'start bff', 'stop bff', 'stop service', 'stop db']);
  });

  it('stops what already started when a later part fails, and rethrows', async () => {
    const stopped: string[] = [];
    await expect(
      startInProcessStack(async (defer) => {
        defer(() => void stopped.push('db'));
        throw new Error('service failed to start');
      }),
    ).rejects.toThrow('service failed to start');
    expect(stopped).toEqual(['db']);
  });

  it('runs every stop even when one fails, then reports the failure', async () => {
    const stopped: string[] = [];
    const stack = await startInProcessStack(async (defer) => {
      defer(() => void stopped.push('db'));
      defer(() => Promise.reject(new Error('busy')));
      return {};
    });
    await expect(stack.stop()).rejects.toThrow('stack stop failed');
    expect(stopped).toEqual(['db']);
  });
});
