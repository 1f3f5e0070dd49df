import { connectivityState, type Client } from '@grpc/grpc-js';

/**
 * True when the client's channel is (or becomes within `timeoutMs`) READY; used by /readyz.
 * Kicks an idle channel into connecting.
 */
export function isChannelReady(client: Client, timeoutMs = 1000): Promise<boolean> {
  const channel = client.getChannel();
  if (channel.getConnectivityState(true) === connectivityState.READY) return Promise.resolve(true);
  return new Promise((resolve) => {
    client.waitForReady(Date.now() + timeoutMs, (error) => resolve(!error));
  });
}
