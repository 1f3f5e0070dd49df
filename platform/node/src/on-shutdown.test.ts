import { describe, expect, it, vi } from 'vitest';
import { onShutdown } from './on-shutdown.js';

describe('onShutdown', () => {
  it('runs handlers once, in order, then exits 0', async () => {
    const order: string[] = [];
    const exit = vi.fn();
    const trigger = onShutdown([() => void order.push('grpc'), async () => void order.push('db')], { exit, env: {} });
    await Promise.all([trigger('test'), trigger('again')]);
    expect(order).toEqual(['grpc', 'db']);
    expect(exit).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('still runs later handlers when one fails, and exits 1', async () => {
    const exit = vi.fn();
    const later = vi.fn();
    const trigger = onShutdown([() => Promise.reject(new Error('stuck')), later], { exit, env: {} });
    await trigger('test');
    expect(later).toHaveBeenCalled();
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('reacts to SIGTERM', async () => {
    const exit = vi.fn();
    const handler = vi.fn();
    onShutdown([handler], { exit, env: {} });
    process.emit('SIGTERM');
    await vi.waitFor(() => expect(exit).toHaveBeenCalledWith(0));
    expect(handler).toHaveBeenCalledTimes(1);
  });
});

describe('onShutdown with a broken logger', () => {
  it('still runs handlers and exits when logging throws (stdout gone with the parent)', async () => {
    const exit = vi.fn();
    const handler = vi.fn();
    const broken = new Proxy(
      {},
      {
        get: () => () => {
          throw Object.assign(new Error('write EPIPE'), { code: 'EPIPE' });
        },
      },
    ) as never;
    const trigger = onShutdown([handler], { exit, env: {}, logger: broken });
    await trigger('parent exited');
    expect(handler).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });
});
