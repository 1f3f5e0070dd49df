import { describe, expect, it } from 'vitest';
import { loadManifest } from './load.js';

const valid = {
  home: '/catalog',
  apps: [{ name: 'catalog', version: '1', entry: 'http://a/', bffUrl: 'http://b/graphql', baseroute: '/catalog' }],
};

function answering(response: Response | Error): typeof fetch {
  return async () => {
    if (response instanceof Error) throw response;
    return response;
  };
}

describe('loadManifest', () => {
  it('returns the validated manifest', async () => {
    const result = await loadManifest(answering(new Response(JSON.stringify(valid))));
    expect(result.ok).toBe(true);
  });

  it('reports a network failure', async () => {
    const result = await loadManifest(answering(new TypeError('Failed to fetch')));
    expect(result).toEqual({ ok: false, errors: ['could not fetch /manifest.json: Failed to fetch'] });
  });

  it('reports an HTTP error status', async () => {
    const result = await loadManifest(answering(new Response('nope', { status: 500 })));
    expect(result).toEqual({ ok: false, errors: ['/manifest.json answered HTTP 500'] });
  });

  it('reports a body that is not JSON', async () => {
    const result = await loadManifest(answering(new Response('<html>')));
    expect(result).toEqual({ ok: false, errors: ['/manifest.json is not valid JSON'] });
  });

  it('reports the server-side error of an unreadable manifest file', async () => {
    const result = await loadManifest(answering(new Response(JSON.stringify({ error: 'manifest file x is not valid JSON' }))));
    expect(result).toEqual({ ok: false, errors: ['manifest file x is not valid JSON'] });
  });

  it('reports validation errors', async () => {
    const result = await loadManifest(answering(new Response(JSON.stringify({ apps: 'x' }))));
    expect(result).toEqual({ ok: false, errors: ['manifest.apps must be an array'] });
  });
});
