import { describe, expect, it } from 'vitest';
import { fetchRuntimeConfig, isEmbedded, readShellConfig } from './runtime-config.js';
import type { MicroAppBridge } from './global.d.ts';

function fakeWindow(data: Record<string, unknown> | null, globalData: Record<string, unknown> | null = null, embedded = true): Window {
  const bridge: Partial<MicroAppBridge> = { getData: () => data, getGlobalData: () => globalData };
  return { __MICRO_APP_ENVIRONMENT__: embedded, microApp: bridge } as unknown as Window;
}

describe('runtime config', () => {
  it('tells embedded from standalone', () => {
    expect(isEmbedded(fakeWindow(null))).toBe(true);
    expect(isEmbedded({} as Window)).toBe(false);
  });

  it('reads bffUrl from the shell data', () => {
    expect(readShellConfig(fakeWindow({ bffUrl: 'http://localhost:4002/graphql', other: 1 }))).toEqual({
      bffUrl: 'http://localhost:4002/graphql',
    });
  });

  it('throws a clear message when the shell passed no bffUrl', () => {
    expect(() => readShellConfig(fakeWindow({}))).toThrow(/no bffUrl/);
  });

  it('fetches /runtime-config.json standalone', async () => {
    const fetch = async (url: string | URL | Request) => {
      expect(url).toBe('/runtime-config.json');
      return new Response(JSON.stringify({ bffUrl: 'http://bff/graphql' }));
    };
    await expect(fetchRuntimeConfig(fetch)).resolves.toEqual({ bffUrl: 'http://bff/graphql' });
    await expect(fetchRuntimeConfig(async () => new Response('nope', { status: 404 }))).rejects.toThrow(/404/);
  });
});
