import { describe, expect, it, vi } from 'vitest';
import { userBffSession } from './user-bff.js';

const session = { user: { id: 'u1', email: 'a@shop.test', displayName: 'Ada', role: 'USER', permissions: [] }, accessToken: 't2', accessTokenExpiresAt: '2026-12-01T12:15:00Z' };

describe('userBffSession', () => {
  it('refreshes and logs out with the cookie and the X-Shop-Session header the BFF requires', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      const query = String(JSON.parse(String(init?.body)).query);
      const data = query.includes('refreshSession') ? { refreshSession: session } : { logout: true };
      return new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } });
    });
    const api = userBffSession('http://bff.test/graphql', fetch);
    await expect(api.refreshSession()).resolves.toEqual(session);
    await api.logout();
    for (const [url, init] of fetch.mock.calls) {
      expect(url).toBe('http://bff.test/graphql');
      expect(init?.credentials).toBe('include');
      expect((init?.headers as Record<string, string>)['X-Shop-Session']).toBe('1');
    }
    // Logout goes by the cookie alone: an expired bearer token would get a 401 before it ran.
    expect((fetch.mock.calls[1]![1]?.headers as Record<string, string>).Authorization).toBeUndefined();
  });
});
