import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { findFreePort, findFreePorts } from './free-port.js';

describe('findFreePorts', () => {
  it('returns distinct ports a server can bind', async () => {
    const ports = await findFreePorts(5);
    expect(new Set(ports).size).toBe(5);
    const port = await findFreePort();
    const server = createServer();
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(port, '127.0.0.1', resolve));
    await new Promise((done) => server.close(done));
  });
});
