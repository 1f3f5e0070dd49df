import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { clearedRefreshCookie, readRefreshCookie, refreshCookie, secureCookies } from './refresh-cookie.js';

describe('refresh cookie', () => {
  it('is HttpOnly, SameSite=Lax, scoped to /graphql, and lives as long as the refresh token', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    const cookie = refreshCookie('tok', '2026-12-08T00:00:00Z', true, now);
    expect(cookie).toBe('shop_refresh=tok; Max-Age=604800; Path=/graphql; HttpOnly; Secure; SameSite=Lax');
  });

  it('is Secure everywhere but local plain http', () => {
    expect(secureCookies('http://localhost:4001')).toBe(false);
    expect(secureCookies('http://127.0.0.1:4001')).toBe(false);
    expect(secureCookies('https://localhost:4001')).toBe(true);
    expect(secureCookies('http://localhost.evil.example')).toBe(true);
    expect(secureCookies('https://api.shop.example')).toBe(true);
  });

  it('clears with Max-Age=0 on the same path', () => {
    expect(clearedRefreshCookie(false)).toBe('shop_refresh=; Max-Age=0; Path=/graphql; HttpOnly; SameSite=Lax');
  });

  it('reads the token among other cookies and ignores absurd headers', () => {
    const req = (cookie?: string) => ({ headers: cookie === undefined ? {} : { cookie } }) as IncomingMessage;
    expect(readRefreshCookie(req('a=1; shop_refresh=abc; b=2'))).toBe('abc');
    expect(readRefreshCookie(req())).toBeUndefined();
    expect(readRefreshCookie(req(`shop_refresh=${'x'.repeat(600)}`))).toBeUndefined();
  });
});
