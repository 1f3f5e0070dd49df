// The shared BFF edge suite (body limits, CORS, CSRF, headers, production mode, graphql-http
// audit) against the order BFF, plus its own header: X-Cart-Id passes CORS preflight.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeBffEdge, EDGE_ORIGIN } from '@shop/bff-platform/testing';
import { startOrderBff } from './app.js';
import { startOrderBffStack, type OrderBffStack } from './testing/order-bff-stack.js';

let stack: OrderBffStack;
beforeAll(async () => {
  stack = await startOrderBffStack();
});
afterAll(async () => stack?.stop());

describeBffEdge('bff-order', (config) => startOrderBff({ ...config, orderServiceAddr: stack.services.orderAddr, logLevel: 'silent' }), { version: '0.1.0' });

describe('order BFF CORS', () => {
  it('lets the shell send X-Cart-Id, and no other origin', async () => {
    const bff = await stack.startBff();
    const preflight = (origin: string) =>
      fetch(`${bff.url}/graphql`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,x-cart-id' } });
    const allowed = await preflight(EDGE_ORIGIN);
    expect(allowed.headers.get('access-control-allow-headers')).toContain('x-cart-id');
    expect(allowed.headers.get('access-control-allow-origin')).toBe(EDGE_ORIGIN);
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
