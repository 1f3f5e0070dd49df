import { createServer, type Server } from 'node:net';
import { describe, expect, it } from 'vitest';
import { postGraphQL } from '../testing/post-graphql.js';
import { toyDeclaration, type ToyProbe } from '../testing/toy-declaration.js';
import { startBff } from './create-bff.js';

describe('startBff (a declared BFF, over real HTTP)', () => {
  it('serves the declaration: GraphQL, health with name and version, its routes, readiness', async () => {
    const probe: ToyProbe = { created: 0, closed: 0, ready: true };
    const bff = await startBff(toyDeclaration(probe), { toyServiceAddr: 'toy:1', nodeEnv: 'test', logLevel: 'silent' });
    try {
      const answer = await postGraphQL(`${bff.url}/graphql`, { query: '{ hello(name: "x") }' });
      expect(JSON.parse(answer.text)).toEqual({ data: { hello: 'hello x' } });
      expect(await (await fetch(`${bff.url}/healthz`)).json()).toMatchObject({ status: 'ok', name: 'bff-toy', version: '1.2.3' });
      expect(await (await fetch(`${bff.url}/toy/addr`)).json()).toEqual({ addr: 'toy:1' });
      expect((await fetch(`${bff.url}/readyz`)).status).toBe(200);
      probe.ready = false;
      expect((await fetch(`${bff.url}/readyz`)).status).toBe(503);
    } finally {
      await bff.stop();
    }
  });

  it('passes the parts’ extra app options to the app (here: the body limit)', async () => {
    const bff = await startBff(toyDeclaration({ created: 0, closed: 0, ready: true, bodyLimitBytes: 64 }), { toyServiceAddr: 'toy:1', logLevel: 'silent' });
    try {
      const answer = await postGraphQL(`${bff.url}/graphql`, { query: `{ hello } #${'x'.repeat(100)}` });
      expect(answer.status).toBe(413);
    } finally {
      await bff.stop();
    }
  });

  it('releases the parts once, after the server stopped', async () => {
    const probe: ToyProbe = { created: 0, closed: 0, ready: true };
    const bff = await startBff(toyDeclaration(probe), { toyServiceAddr: 'toy:1', logLevel: 'silent' });
    expect(probe).toMatchObject({ created: 1, closed: 0 });
    await Promise.all([bff.stop(), bff.stop()]);
    expect(probe.closed).toBe(1);
    await expect(fetch(`${bff.url}/healthz`)).rejects.toThrow();
  });

  it('releases the parts when the port is taken, and rejects', async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as { port: number };
    const probe: ToyProbe = { created: 0, closed: 0, ready: true };
    try {
      await expect(startBff(toyDeclaration(probe), { toyServiceAddr: 'toy:1', port, logLevel: 'silent' })).rejects.toThrow(/EADDRINUSE/);
      expect(probe.closed).toBe(1);
    } finally {
      await new Promise<void>((resolve) => taken.close(() => resolve()));
    }
  });
});
