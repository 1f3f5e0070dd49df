import { describe, expect, it, vi } from 'vitest';
import { standaloneSession } from './standalone-session';

describe('standaloneSession', () => {
  it('restores from the refresh cookie through the user BFF, and signs out there', async () => {
    const session = { user: { id: 'u1', email: 'a@shop.test', displayName: 'Ada', role: 'USER', permissions: [] }, accessToken: 't1', accessTokenExpiresAt: new Date(Date.now() + 900_000).toISOString() };
    const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
      const query = String(JSON.parse(String(init?.body)).query);
      const data = query.includes('refreshSession') ? { refreshSession: session } : { logout: true };
      return new Response(JSON.stringify({ data }), { headers: { 'Content-Type': 'application/json' } });
    });
    const source = standaloneSession({ bffUrl: 'http://bff.test/graphql' }, fetch);
    await source.restore();
    expect(source.current().user?.displayName).toBe('Ada');
    await source.functions.signOut();
    expect(source.current().user).toBeNull();
    expect(fetch.mock.calls.map(([, init]) => [init?.credentials, (init?.headers as Record<string, string>)['X-Shop-Session']])).toEqual([
      ['include', '1'],
      ['include', '1'],
    ]);
    source.dispose();
  });
});
