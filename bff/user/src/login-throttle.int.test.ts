import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningUserBff } from './app.js';
import { gql, SESSION_HEADERS, SHOPPER, startUserStack, type UserStack } from './testing/user-stack.js';

// Credential guessing against the real user service: same answer for unknown email and wrong
// password, then RATE_LIMITED per email and per client address.
let stack: UserStack;
let perEmail: RunningUserBff;
let perAddress: RunningUserBff;

beforeAll(async () => {
  stack = await startUserStack();
  [perEmail, perAddress] = await Promise.all([
    stack.startBff({ loginThrottle: { perEmail: 3, perAddress: 100, windowSeconds: 60 } }),
    // Behind a trusted proxy, so each test client gets its own address from X-Forwarded-For.
    stack.startBff({ loginThrottle: { perEmail: 100, perAddress: 3, windowSeconds: 60 }, trustProxy: true }),
  ]);
});
afterAll(async () => {
  await stack?.stop();
});

const LOGIN = 'mutation($input: LoginInput!) { login(input: $input) { user { email } accessToken } }';
const login = (bff: RunningUserBff, email: string, password: string, headers: Record<string, string> = {}) =>
  gql(bff.url, LOGIN, { input: { email, password } }, { ...SESSION_HEADERS, ...headers });

describe('login failures', () => {
  it('answer the same for a wrong password and an unknown email', async () => {
    const wrong = await login(perEmail, 'admin@shop.test', 'not the password at all');
    const unknown = await login(perEmail, 'nobody@shop.test', 'not the password at all');
    expect(wrong.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(wrong.status).toBe(unknown.status);
    expect(wrong.body.errors?.[0]?.message).toBe(unknown.body.errors?.[0]?.message);
    expect(wrong.text.replace('admin@', 'x@')).toBe(unknown.text.replace('nobody@', 'x@'));
  });

  it('are throttled per email: RATE_LIMITED (429, Retry-After, extensions.retryAfter) without asking the service, even with the right password', async () => {
    const email = 'shopper@shop.test';
    for (let i = 0; i < 3; i++) expect((await login(perEmail, email, `wrong password ${i}!`)).status).toBe(401);
    const before = stack.proxy.calls.length;
    const throttled = await login(perEmail, ` ${email.toUpperCase()} `, SHOPPER.password);
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(throttled.body.errors?.[0]?.extensions).toEqual({ code: 'RATE_LIMITED', retryAfter });
    expect(stack.proxy.calls.length).toBe(before);
    // Another email from the same address is not affected by this email's count.
    expect((await login(perEmail, 'admin@shop.test', 'admin-dev-password-2026')).body.data?.['login'].user.email).toBe('admin@shop.test');
  });

  it('a success resets the email\'s count', async () => {
    const email = 'admin@shop.test';
    for (let i = 0; i < 2; i++) await login(perEmail, email, `wrong password ${i}!`);
    expect((await login(perEmail, email, 'admin-dev-password-2026')).status).toBe(200);
    for (let i = 0; i < 2; i++) expect((await login(perEmail, email, `wrong again ${i}!`)).status).toBe(401);
    // Two more failures after the reset: still under the limit of 3.
    expect((await login(perEmail, email, 'admin-dev-password-2026')).status).toBe(200);
  });

  it('are throttled per client address across emails', async () => {
    const from = { 'x-forwarded-for': '198.51.100.7' };
    for (let i = 0; i < 3; i++) expect((await login(perAddress, `guess${i}@shop.test`, 'some password here', from)).status).toBe(401);
    const throttled = await login(perAddress, 'admin@shop.test', 'admin-dev-password-2026', from);
    expect(throttled.status).toBe(429);
    expect(throttled.body.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    // Another client address still signs in.
    const other = await login(perAddress, 'admin@shop.test', 'admin-dev-password-2026', { 'x-forwarded-for': '198.51.100.8' });
    expect(other.status).toBe(200);
  });
});
