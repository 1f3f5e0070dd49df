import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { createOriginResolver } from './request-origin.js';

/** A request as node:http hands it over: headers from the client, socket from the kernel. */
function request(headers: Record<string, string>, localAddress = '127.0.0.1', localPort = 4002): IncomingMessage {
  return { headers, socket: { localAddress, localPort } } as unknown as IncomingMessage;
}

const forged = { host: 'evil.example', 'x-forwarded-host': 'evil.example:8443', 'x-forwarded-proto': 'https' };

describe('createOriginResolver', () => {
  it('never reflects Host or X-Forwarded-* without TRUST_PROXY: the socket address is used', () => {
    const origin = createOriginResolver({});
    expect(origin(request(forged))).toBe('http://127.0.0.1:4002');
    expect(origin(request(forged, '::ffff:10.0.0.5', 8080))).toBe('http://10.0.0.5:8080');
    expect(origin(request(forged, '::1', 4002))).toBe('http://[::1]:4002');
  });

  it('uses PUBLIC_URL whatever the headers say, trusted or not', () => {
    for (const trustProxy of [false, true]) {
      expect(createOriginResolver({ publicUrl: 'https://api.shop.example', trustProxy })(request(forged))).toBe('https://api.shop.example');
    }
  });

  it('with TRUST_PROXY, takes the first X-Forwarded-Host/-Proto, else Host', () => {
    const origin = createOriginResolver({ trustProxy: true });
    expect(origin(request({ host: 'bff:4002', 'x-forwarded-host': 'shop.example, proxy.internal', 'x-forwarded-proto': 'https,http' }))).toBe(
      'https://shop.example',
    );
    expect(origin(request({ host: 'shop.example:8080' }))).toBe('http://shop.example:8080');
  });

  it('with TRUST_PROXY, falls back to the socket for a missing or malformed host', () => {
    const origin = createOriginResolver({ trustProxy: true });
    expect(origin(request({}))).toBe('http://127.0.0.1:4002');
    expect(origin(request({ host: 'evil.example/"><script>' }))).toBe('http://127.0.0.1:4002');
    expect(origin(request({ host: 'ok.example', 'x-forwarded-host': 'a b' }))).toBe('http://127.0.0.1:4002');
  });
});
