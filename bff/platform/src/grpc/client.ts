import { credentials, type ChannelOptions, type Client, type ClientOptions, type ChannelCredentials } from '@grpc/grpc-js';

/** A ts-proto / grpc-js generated client constructor. */
export type GrpcClientCtor<C extends Client> = {
  new (address: string, creds: ChannelCredentials, options?: Partial<ClientOptions>): C;
  serviceName?: string;
  service?: object;
};

/** Options for a BFF's gRPC client. */
export interface GrpcClientOptions {
  /** TLS etc.; plaintext by default (service traffic stays on the private network). */
  credentials?: ChannelCredentials;
  channelOptions?: ChannelOptions;
}

/** Channel options tuned for BFF → service traffic on a private network. */
export const DEFAULT_CHANNEL_OPTIONS: ChannelOptions = {
  // Catalog pages are small; 8 MB still refuses a runaway response instead of buffering it.
  'grpc.max_receive_message_length': 8 * 1024 * 1024,
  'grpc.max_send_message_length': 1024 * 1024,
  // Notice a dead peer within ~70 s even when idle-ish; pings only while calls are active so
  // a grpc-js server's ping-strike policy never sends GOAWAY. (A killed process is noticed at
  // once: its kernel closes the socket.)
  'grpc.keepalive_time_ms': 60_000,
  'grpc.keepalive_timeout_ms': 10_000,
  'grpc.keepalive_permit_without_calls': 0,
  // Reconnect soon after a service restart. grpc-js's default backoff starts at 1 s and grows
  // ×1.6 (±20 % jitter) to 120 s, so a BFF could ignore a restarted service for minutes. Capped
  // at 2 s, the next attempt comes ≤ 2.4 s after the service is back (the 5 s recovery budget).
  // While disconnected, calls fail fast with UNAVAILABLE (no waitForReady), so nothing queues.
  'grpc.initial_reconnect_backoff_ms': 200,
  'grpc.max_reconnect_backoff_ms': 2_000,
  // callUnary retries idempotent reads itself; grpc-js's retry machinery buffers every message.
  'grpc.enable_retries': 0,
};

const clients = new Map<string, Client>();

/**
 * Returns the one shared client (one HTTP/2 channel) per service and target; every request
 * reuses it, so connection setup never sits on the request path.
 */
export function createGrpcClient<C extends Client>(
  Ctor: GrpcClientCtor<C>,
  address: string,
  opts: GrpcClientOptions = {},
): C {
  const key = `${Ctor.serviceName ?? Ctor.name}|${address}`;
  const existing = clients.get(key);
  if (existing) return existing as C;
  const channelOptions = { ...DEFAULT_CHANNEL_OPTIONS, ...opts.channelOptions };
  const client = new Ctor(address, opts.credentials ?? credentials.createInsecure(), channelOptions);
  clients.set(key, client);
  return client;
}

/** Closes and forgets a shared client (on shutdown, or in tests between servers). */
export function closeGrpcClient(client: Client): void {
  for (const [key, value] of clients) if (value === client) clients.delete(key);
  client.close();
}
