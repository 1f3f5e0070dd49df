import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { GraphQLRequestError } from '../graphql-request-error.js';
import { signedInAs, testSession } from '../testing/test-session.js';
import { createAuthGraphQLClient, SESSION_MUTATION } from './auth-graphql-client.js';
import { SIGNED_OUT } from './types.js';

const Viewer = parse('query Viewer { viewer { id } }') as TypedDocumentNode<{ viewer: { id: string } }, Record<string, never>>;

/** A BFF that accepts only `valid` as bearer token; records the Authorization of every call. */
function bff(valid: string) {
  const seen: Array<string | undefined> = [];
  const fetch = vi.fn(async (_url: string | URL | Request, init?: RequestInit) => {
    const auth = (init?.headers as Record<string, string>).Authorization;
    seen.push(auth);
    const body = auth === undefined || auth === `Bearer ${valid}`
      ? { data: { viewer: { id: 'u1' } } }
      : { errors: [{ message: 'Token expired', extensions: { code: 'UNAUTHENTICATED' } }] };
    return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
  });
  return { fetch, seen };
}

describe('createAuthGraphQLClient', () => {
  it('sends the session token as a bearer', async () => {
    const { fetch, seen } = bff('token-1');
    const client = createAuthGraphQLClient({ url: 'http://bff.test/graphql', fetch, session: testSession(signedInAs()) });
    await client.request(Viewer, {});
    expect(seen).toEqual(['Bearer token-1']);
  });

  it('on UNAUTHENTICATED refreshes once and retries once with the fresh token', async () => {
    const { fetch, seen } = bff('fresh');
    const session = testSession(signedInAs());
    vi.mocked(session.functions.refresh).mockResolvedValue('fresh');
    const client = createAuthGraphQLClient({ url: 'http://bff.test/graphql', fetch, session });
    await expect(client.request(Viewer, {})).resolves.toEqual({ viewer: { id: 'u1' } });
    expect(seen).toEqual(['Bearer token-1', 'Bearer fresh']);
    expect(session.functions.refresh).toHaveBeenCalledTimes(1);
  });

  it('gives up with the original error when the session ended (refresh → null) or the retry fails too', async () => {
    const { fetch, seen } = bff('nobody');
    const session = testSession(signedInAs());
    vi.mocked(session.functions.refresh).mockResolvedValueOnce(null).mockResolvedValueOnce('still-bad');
    const client = createAuthGraphQLClient({ url: 'http://bff.test/graphql', fetch, session });
    await expect(client.request(Viewer, {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(seen).toHaveLength(1);
    await expect(client.request(Viewer, {})).rejects.toBeInstanceOf(GraphQLRequestError);
    expect(seen).toHaveLength(3); // one call + one retry, never a loop
  });

  it('never refreshes for calls without a token or for session mutations', async () => {
    const { fetch } = bff('nobody');
    const session = testSession(signedInAs());
    const client = createAuthGraphQLClient({ url: 'http://bff.test/graphql', fetch, session });
    await expect(client.request(Viewer, {}, SESSION_MUTATION)).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    const [, init] = fetch.mock.calls[0]!;
    expect((init?.headers as Record<string, string>)['X-Shop-Session']).toBe('1');
    session.set(SIGNED_OUT);
    await client.request(Viewer, {}); // anonymous: no header at all
    expect(session.functions.refresh).not.toHaveBeenCalled();
  });

  it('sends cookies only when asked to', async () => {
    const { fetch } = bff('token-1');
    await createAuthGraphQLClient({ url: 'u', fetch, credentials: 'include', session: testSession() }).request(Viewer, {});
    await createAuthGraphQLClient({ url: 'u', fetch, session: testSession() }).request(Viewer, {});
    expect(fetch.mock.calls.map(([, init]) => init?.credentials)).toEqual(['include', undefined]);
  });
});
