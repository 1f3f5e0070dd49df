import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningBff } from '../server/start-bff-server.js';
import { postGraphQL } from '../testing/post-graphql.js';
import { comparableHeaders, rawRequest } from '../testing/raw-request.js';
import { startToyBff } from '../testing/toy-bff.js';
import { createRateLimiter } from './rate-limit.js';

const REDIS_URL = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const limit = (points: number) => ({ points, durationSeconds: 60, keyPrefix: `test-${randomUUID()}` });

let fast: RunningBff;
let yogaOnly: RunningBff;
let proxied: RunningBff;

beforeAll(async () => {
  [fast, yogaOnly, proxied] = await Promise.all([
    startToyBff({ rateLimit: limit(3) }),
    startToyBff({ rateLimit: limit(3), fastPath: false }),
    startToyBff({ rateLimit: limit(2), trustProxy: true }),
  ]);
});
afterAll(async () => {
  await Promise.all([fast, yogaOnly, proxied].map((s) => s.stop()));
});

const FIXED = { 'x-request-id': 'limit-compare-0123456789' };

describe('general per-client rate limit', () => {
  it('answers 429 RATE_LIMITED with Retry-After once the window is used up, identically on both paths', async () => {
    const statuses: number[][] = [[], []];
    let last: Array<Awaited<ReturnType<typeof postGraphQL>>> = [];
    for (let i = 0; i < 4; i++) {
      last = [await postGraphQL(`${fast.url}/graphql`, { query: '{ hello }' }, FIXED), await postGraphQL(`${yogaOnly.url}/graphql`, { query: '{ hello }' }, FIXED)];
      statuses[0]!.push(last[0]!.status);
      statuses[1]!.push(last[1]!.status);
    }
    expect(statuses).toEqual([[200, 200, 200, 429], [200, 200, 200, 429]]);
    const [x, y] = last as [Awaited<ReturnType<typeof postGraphQL>>, Awaited<ReturnType<typeof postGraphQL>>];
    const retryAfter = Number(x.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(JSON.parse(x.text)).toEqual({
      errors: [{ message: 'Too many requests. Please retry later.', extensions: { code: 'RATE_LIMITED', retryAfter } }],
    });
    expect(x.text).toBe(y.text);
    expect(comparableHeaders(x.headers)).toEqual(comparableHeaders(y.headers));
    // Other routes share the budget; health probes never count.
    expect((await rawRequest(`${fast.url}/nope`, { method: 'GET' })).status).toBe(429);
    expect((await rawRequest(`${fast.url}/healthz`, { method: 'GET' })).status).toBe(200);
  });

  it('counts the socket address, not a client-sent X-Forwarded-For (without TRUST_PROXY)', async () => {
    // fast's budget for 127.0.0.1 is used up above; another claimed address does not help.
    const answer = await postGraphQL(`${fast.url}/graphql`, { query: '{ hello }' }, { 'x-forwarded-for': '203.0.113.9' });
    expect(answer.status).toBe(429);
  });

  it('counts the first X-Forwarded-For hop behind a trusted proxy', async () => {
    const send = (xff: string) => postGraphQL(`${proxied.url}/graphql`, { query: '{ hello }' }, { 'x-forwarded-for': xff });
    expect((await send('198.51.100.1, 10.0.0.1')).status).toBe(200);
    expect((await send('198.51.100.1, 10.0.0.2')).status).toBe(200);
    expect((await send('198.51.100.1')).status).toBe(429);
    expect((await send('198.51.100.2, 198.51.100.1')).status).toBe(200);
  });
});

describe('limiter stores', () => {
  it('shares counters between instances through Redis (REDIS_URL)', async () => {
    const options = { ...limit(2), redisUrl: REDIS_URL };
    const [a, b] = [createRateLimiter(options), createRateLimiter(options)];
    try {
      // Until Redis answers, each instance's memory insurance would count alone.
      await Promise.all([a.ready(), b.ready()]);
      expect(await a.take('client')).toBe(0);
      expect(await b.take('client')).toBe(0);
      expect(await a.take('client')).toBeGreaterThan(0);
      expect(await b.blockedFor('client')).toBeGreaterThan(0);
      await b.reset('client');
      expect(await a.blockedFor('client')).toBe(0);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  it('keeps memory counters per process and forgets a key on reset', async () => {
    const limiter = createRateLimiter(limit(1));
    expect(await limiter.blockedFor('k')).toBe(0);
    expect(await limiter.take('k')).toBe(0);
    expect(await limiter.take('k')).toBeGreaterThan(0);
    expect(await limiter.blockedFor('k')).toBeGreaterThan(0);
    await limiter.reset('k');
    expect(await limiter.take('k')).toBe(0);
  });
});
