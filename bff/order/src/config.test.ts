import { readFileSync } from 'node:fs';
import { ConfigError } from '@shop/bff-platform';
import { describe, expect, it } from 'vitest';
import { loadConfig, orderBffEnvSchema } from './config.js';

describe('order BFF config', () => {
  it('has working defaults', () => {
    expect(loadConfig({ NODE_ENV: 'development' })).toMatchObject({
      port: 4003,
      orderServiceAddr: '127.0.0.1:50053',
      imageBaseUrl: 'http://localhost:4002',
      corsOrigins: ['http://localhost:4200', 'http://localhost:4203'],
      streamLimits: { maxStreams: 1000, maxPerViewer: 5 },
      watchDeadlineMs: 900_000,
    });
  });

  it('reads its own variables', () => {
    const config = loadConfig({
      NODE_ENV: 'development',
      ORDER_SERVICE_ADDR: 'order:50053',
      IMAGE_BASE_URL: 'https://img.shop.example/',
      ORDER_MAX_STREAMS: '20',
      ORDER_MAX_STREAMS_PER_VIEWER: '2',
      ORDER_WATCH_MAX_S: '60',
    });
    expect(config).toMatchObject({
      orderServiceAddr: 'order:50053',
      imageBaseUrl: 'https://img.shop.example',
      streamLimits: { maxStreams: 20, maxPerViewer: 2 },
      watchDeadlineMs: 60_000,
    });
  });

  it.each([
    [{ ORDER_SERVICE_ADDR: 'no-port' }, 'ORDER_SERVICE_ADDR'],
    [{ IMAGE_BASE_URL: 'javascript:alert(1)' }, 'IMAGE_BASE_URL'],
    [{ ORDER_MAX_STREAMS: '0' }, 'ORDER_MAX_STREAMS'],
    [{ ORDER_WATCH_MAX_S: 'soon' }, 'ORDER_WATCH_MAX_S'],
  ])('names the bad variable in %j', (env, variable) => {
    expect(() => loadConfig({ NODE_ENV: 'development', ...env })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'development', ...env })).toThrow(variable);
  });

  it('.env.example lists exactly the variables the BFF reads', () => {
    const example = readFileSync(new URL('../.env.example', import.meta.url), 'utf8');
    const listed = [...example.matchAll(/^([A-Z][A-Z0-9_]*)=/gm)].map((match) => match[1]).sort();
    // AUTH_SIGNING_KEY is in the shared auth shape, but only the user service signs tokens.
    const read = Object.keys(orderBffEnvSchema.shape).filter((name) => name !== 'AUTH_SIGNING_KEY');
    expect(listed).toEqual(read.sort());
  });
});
