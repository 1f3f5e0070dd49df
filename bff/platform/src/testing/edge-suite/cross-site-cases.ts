import { expect, it } from 'vitest';
import { API_CSP } from '../../http/security-headers.js';
import { rawRequest } from '../raw-request.js';
import type { EdgeServers } from './describe-bff-edge.js';

/** Cross-site request shapes (415, CSRF on GET) and the security headers. */
export function crossSiteCases(servers: EdgeServers): void {
  const bothPaths = () => [servers.prodFast, servers.prodYoga];

  it.each([
    ['application/x-www-form-urlencoded', 'query=%7B%20__typename%20%7D'],
    ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="query"\r\n\r\n{ __typename }\r\n--b--\r\n'],
    ['text/plain;x=json', '{"query":"{ __typename }"}'],
  ])('refuses %s from a foreign origin with 415 on both paths', async (contentType, body) => {
    for (const server of bothPaths()) {
      const answer = await rawRequest(`${server.url}/graphql`, {
        headers: { 'content-type': contentType, origin: 'https://evil.example' },
        body,
      });
      expect(answer.status).toBe(415);
      expect(answer.text).not.toContain('"data"');
    }
  });

  it('refuses a bare cross-site GET query (403) on both paths', async () => {
    for (const server of bothPaths()) {
      const answer = await rawRequest(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        method: 'GET',
        headers: { origin: 'https://evil.example' },
      });
      expect(answer.status).toBe(403);
    }
  });

  it.each([
    ['/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query":"{ __typename }"}' }],
    ['/healthz', { method: 'GET' }],
    ['/no-such-route', { method: 'GET' }],
  ])('sends the security headers on %s', async (path, init) => {
    const answer = await rawRequest(`${servers.prodFast.url}${path}`, init);
    expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
    expect(answer.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(answer.headers.get('content-security-policy')).toBe(API_CSP);
  });
}
