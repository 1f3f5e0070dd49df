// Integration-test stack: the real catalog, payment and order services (services/order's
// startOrderStack) and order BFF instances in front of them, over real HTTP and gRPC.
import { TEST_AUDIENCE } from '@shop/node-platform/auth/testing';
import { startOrderStack, type OrderStack, type OrderStackOptions } from '@shop/services-order/testing';
import type { RunningBff } from '@shop/bff-platform';
import { startOrderBff, type StartOrderBffConfig } from '../app.js';

export interface OrderBffStack {
  services: OrderStack;
  /** Starts one more order BFF on the stack (stopped with the stack). */
  startBff(overrides?: Partial<StartOrderBffConfig>): Promise<RunningBff>;
  stop(): Promise<void>;
}

/** Starts the services, then lets the test start BFFs on them. */
export async function startOrderBffStack(options: OrderStackOptions = {}): Promise<OrderBffStack> {
  const services = await startOrderStack(options);
  const bffs: RunningBff[] = [];
  return {
    services,
    async startBff(overrides = {}) {
      const bff = await startOrderBff({
        orderServiceAddr: services.orderAddr,
        corsOrigins: ['http://localhost:4200'],
        nodeEnv: 'test',
        logLevel: 'silent',
        imageBaseUrl: 'http://images.test',
        auth: { verificationKeys: services.keys.users.verificationKeys, audience: TEST_AUDIENCE },
        ...overrides,
      });
      bffs.push(bff);
      return bff;
    },
    async stop() {
      for (const bff of bffs.reverse()) await bff.stop();
      await services.close();
    },
  };
}

/** Reads a GraphQL-over-SSE response (graphql-sse distinct connections: `event: next|complete`). */
export async function readEvents(response: Response, onEvent?: (data: unknown) => void): Promise<unknown[]> {
  const events: unknown[] = [];
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return events;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event === 'complete') return events;
      if (event === 'next' && data) {
        const parsed: unknown = JSON.parse(data);
        events.push(parsed);
        onEvent?.(parsed);
      }
    }
  }
}
