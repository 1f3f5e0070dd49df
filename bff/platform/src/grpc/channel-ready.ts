import type { Client } from '@grpc/grpc-js';

/**
 * True when the client's connection is (or becomes within `timeoutMs`) ready; used by /readyz.
 * Kicks an idle connection into connecting.
 */
export function isChannelReady(client: Pick<Client, 'waitForReady'>, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    client.waitForReady(Date.now() + timeoutMs, (error) => resolve(!error));
  });
}
