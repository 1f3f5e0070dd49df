import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { parse } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { createGraphQLClient } from './graphql-client.js';
import { GraphQLRequestError } from './graphql-request-error.js';

const HelloDocument = parse('query Hello($name: String!) { hello(name: $name) }') as TypedDocumentNode<
  { hello: string },
  { name: string }
>;

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

async function caught(promise: Promise<unknown>): Promise<GraphQLRequestError> {
  const error = await promise.then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(GraphQLRequestError);
  return error as GraphQLRequestError;
}

describe('createGraphQLClient', () => {
  it('posts the printed document with variables and an x-request-id, and returns data', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => jsonResponse({ data: { hello: 'hi Ada' } }));
    const client = createGraphQLClient({ url: 'http://bff.test/graphql', fetch, headers: () => ({ Authorization: 'Bearer t', 'X-Skip': undefined }) });
    await expect(client.request(HelloDocument, { name: 'Ada' })).resolves.toEqual({ hello: 'hi Ada' });
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('http://bff.test/graphql');
    expect(init?.method).toBe('POST');
    const headers = init?.headers as Record<string, string>;
    expect(headers['x-request-id']).toMatch(/^[\w-]{8,}$/);
    expect(headers.Authorization).toBe('Bearer t');
    expect('X-Skip' in headers).toBe(false);
    const body = JSON.parse(String(init?.body)) as { query: string; variables: unknown };
    expect(body.query).toContain('query Hello($name: String!)');
    expect(body.variables).toEqual({ name: 'Ada' });
  });

  it('sends a different request id each time', async () => {
    const fetch = vi.fn(async (_url: string | URL | Request, _init?: RequestInit) => jsonResponse({ data: { hello: 'x' } }));
    const client = createGraphQLClient({ url: 'http://bff.test/graphql', fetch });
    await client.request(HelloDocument, { name: 'a' });
    await client.request(HelloDocument, { name: 'a' });
    const ids = fetch.mock.calls.map(([, init]) => (init?.headers as Record<string, string>)['x-request-id']);
    expect(new Set(ids).size).toBe(2);
  });

  it('throws a typed error from extensions.code and field', async () => {
    const fetch = async () =>
      jsonResponse({ data: null, errors: [{ message: 'search is too long', extensions: { code: 'BAD_USER_INPUT', field: 'search' } }] });
    const error = await caught(createGraphQLClient({ url: 'http://bff.test/graphql', fetch }).request(HelloDocument, { name: 'a' }));
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'search', message: 'search is too long' });
    expect(error.requestId).toBeTruthy();
  });

  it('throws NOT_FOUND even when data is partially present', async () => {
    const fetch = async () => jsonResponse({ data: { hello: null }, errors: [{ message: 'No product', extensions: { code: 'NOT_FOUND' } }] });
    const error = await caught(createGraphQLClient({ url: 'http://bff.test/graphql', fetch }).request(HelloDocument, { name: 'a' }));
    expect(error.code).toBe('NOT_FOUND');
  });

  it('maps unknown codes to INTERNAL', async () => {
    const fetch = async () => jsonResponse({ errors: [{ message: 'Unexpected error.', extensions: { code: 'WEIRD' } }] });
    const error = await caught(createGraphQLClient({ url: 'http://bff.test/graphql', fetch }).request(HelloDocument, { name: 'a' }));
    expect(error.code).toBe('INTERNAL');
  });

  it('reports a network failure as UNAVAILABLE', async () => {
    const fetch = async (): Promise<Response> => {
      throw new TypeError('Failed to fetch');
    };
    const error = await caught(createGraphQLClient({ url: 'http://bff.test/graphql', fetch }).request(HelloDocument, { name: 'a' }));
    expect(error.code).toBe('UNAVAILABLE');
  });

  it('reports a non-JSON 503 as UNAVAILABLE and a 429 as RATE_LIMITED', async () => {
    const html = async () => new Response('<h1>Bad gateway</h1>', { status: 503 });
    expect((await caught(createGraphQLClient({ url: 'u', fetch: html }).request(HelloDocument, { name: 'a' }))).code).toBe('UNAVAILABLE');
    const limited = async () => new Response('', { status: 429 });
    expect((await caught(createGraphQLClient({ url: 'u', fetch: limited }).request(HelloDocument, { name: 'a' }))).code).toBe('RATE_LIMITED');
  });

  it('rethrows the abort instead of calling it an outage when the caller cancels', async () => {
    const controller = new AbortController();
    const fetch = async (): Promise<Response> => {
      controller.abort();
      throw new DOMException('aborted', 'AbortError');
    };
    const result = createGraphQLClient({ url: 'u', fetch }).request(HelloDocument, { name: 'a' }, { signal: controller.signal });
    await expect(result).rejects.toThrow(/aborted/);
    await expect(result).rejects.not.toBeInstanceOf(GraphQLRequestError);
  });
});
