import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { onShutdown, type ShutdownSources } from './on-shutdown.js';

function sources(env: Record<string, string> = {}) {
  const proc = new EventEmitter();
  const stdin = Object.assign(new EventEmitter(), { resume: vi.fn() });
  const exit = vi.fn();
  const fake = { process: Object.assign(proc, { exit }), stdin, env } as unknown as ShutdownSources;
  return { fake, proc, stdin, exit };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('onShutdown', () => {
  it('stops once on SIGTERM and exits 0', async () => {
    const { fake, proc, exit } = sources();
    const stop = vi.fn(async () => undefined);
    onShutdown(stop, undefined, fake);
    proc.emit('SIGTERM');
    proc.emit('SIGINT');
    await settle();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('exits 1 when stopping fails', async () => {
    const { fake, proc, exit } = sources();
    onShutdown(async () => { throw new Error('stuck'); }, undefined, fake);
    proc.emit('SIGINT');
    await settle();
    expect(exit).toHaveBeenCalledWith(1);
  });

  it('follows the parent when stdin closes and SHOP_EXIT_WITH_PARENT=1', async () => {
    const { fake, stdin, exit } = sources({ SHOP_EXIT_WITH_PARENT: '1' });
    const stop = vi.fn(async () => undefined);
    onShutdown(stop, undefined, fake);
    stdin.emit('end');
    await settle();
    expect(stop).toHaveBeenCalledTimes(1);
    expect(exit).toHaveBeenCalledWith(0);
  });

  it('ignores stdin without SHOP_EXIT_WITH_PARENT', async () => {
    const { fake, stdin } = sources();
    const stop = vi.fn(async () => undefined);
    onShutdown(stop, undefined, fake);
    stdin.emit('end');
    await settle();
    expect(stop).not.toHaveBeenCalled();
  });
});
