import {
  Server,
  ServerCredentials,
  type ServiceDefinition,
  type UntypedServiceImplementation,
} from '@grpc/grpc-js';
import { HealthImplementation } from 'grpc-health-check';
import type { Logger } from '@shop/node-platform';

export interface GrpcServiceRegistration {
  definition: ServiceDefinition;
  implementation: UntypedServiceImplementation;
  /** Name for the health service; defaults to the one in the method paths (`shop.catalog.v1.CatalogService`). */
  name?: string;
}

/** Server limits, all set explicitly (grpc-js defaults are unbounded streams and 4 MiB in). */
export interface GrpcServerLimits {
  /** Concurrent calls per client connection (HTTP/2 streams). */
  maxConcurrentStreams: number;
  /** Largest request message; a bigger one is refused with RESOURCE_EXHAUSTED. */
  maxReceiveMessageBytes: number;
  /** Largest response message. */
  maxSendMessageBytes: number;
  /** Ping an idle client connection after this long… */
  keepaliveTimeMs: number;
  /** …and drop it when the ping is not answered within this. */
  keepaliveTimeoutMs: number;
  /** Close connections after this age (clients reconnect, e.g. to new replicas); unset = never. */
  maxConnectionAgeMs?: number;
  /** Grace for in-flight calls on a connection closed for age. */
  maxConnectionAgeGraceMs: number;
}

export const defaultGrpcServerLimits: GrpcServerLimits = {
  maxConcurrentStreams: 100,
  maxReceiveMessageBytes: 1024 * 1024,
  maxSendMessageBytes: 4 * 1024 * 1024,
  keepaliveTimeMs: 60_000,
  keepaliveTimeoutMs: 20_000,
  maxConnectionAgeGraceMs: 10_000,
};

/** The grpc-js channel options for `limits`. */
export function grpcServerOptions(limits: GrpcServerLimits): Record<string, number> {
  return {
    'grpc.max_concurrent_streams': limits.maxConcurrentStreams,
    'grpc.max_receive_message_length': limits.maxReceiveMessageBytes,
    'grpc.max_send_message_length': limits.maxSendMessageBytes,
    'grpc.keepalive_time_ms': limits.keepaliveTimeMs,
    'grpc.keepalive_timeout_ms': limits.keepaliveTimeoutMs,
    // Keepalive pings from long-lived BFF channels must not be rejected as abuse.
    'grpc.keepalive_permit_without_calls': 1,
    'grpc.http2.min_ping_interval_without_data_ms': 10_000,
    ...(limits.maxConnectionAgeMs
      ? {
          'grpc.max_connection_age_ms': limits.maxConnectionAgeMs,
          'grpc.max_connection_age_grace_ms': limits.maxConnectionAgeGraceMs,
        }
      : {}),
  };
}

export interface StartGrpcServerOptions {
  port: number;
  /** Interface to bind (default 127.0.0.1). */
  host?: string;
  /** Overrides of `defaultGrpcServerLimits`. */
  limits?: Partial<GrpcServerLimits>;
  services: GrpcServiceRegistration[];
  logger: Logger;
  /** How long `stop()` waits for in-flight calls before forcing (default 5000 ms). */
  shutdownTimeoutMs?: number;
}

export interface RunningGrpcServer {
  /** The bound port (the real one when 0 was asked for). */
  port: number;
  server: Server;
  health: HealthImplementation;
  /** Marks every service NOT_SERVING, drains in-flight calls, then forces. Idempotent. */
  stop(): Promise<void>;
}

/** The fully qualified service name of a definition, read from its first method path. */
export function serviceNameOf(definition: ServiceDefinition): string {
  const first = Object.values(definition)[0];
  const match = first ? /^\/([^/]+)\//.exec(first.path) : null;
  if (!match?.[1]) throw new Error('cannot derive a service name from an empty service definition');
  return match[1];
}

function bind(server: Server, address: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.bindAsync(address, ServerCredentials.createInsecure(), (error, port) =>
      error ? reject(error) : resolve(port),
    );
  });
}

/**
 * Starts a grpc-js server with the given services plus the standard gRPC health service, on
 * loopback unless `host` says otherwise, with explicit limits (`defaultGrpcServerLimits`).
 */
export async function startGrpcServer(options: StartGrpcServerOptions): Promise<RunningGrpcServer> {
  const { port, host = '127.0.0.1', services, logger, shutdownTimeoutMs = 5000 } = options;
  const server = new Server(grpcServerOptions({ ...defaultGrpcServerLimits, ...options.limits }));
  const names = ['', ...services.map((s) => s.name ?? serviceNameOf(s.definition))];
  const health = new HealthImplementation(Object.fromEntries(names.map((n) => [n, 'NOT_SERVING'])));
  health.addToServer(server);
  for (const { definition, implementation } of services) server.addService(definition, implementation);
  const boundPort = await bind(server, `${host}:${port}`);
  for (const name of names) health.setStatus(name, 'SERVING');
  logger.debug({ port: boundPort }, 'grpc server bound');

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      for (const name of names) health.setStatus(name, 'NOT_SERVING');
      const timer = setTimeout(() => {
        logger.warn('grpc drain timed out; forcing shutdown');
        server.forceShutdown();
        resolve();
      }, shutdownTimeoutMs);
      timer.unref();
      server.tryShutdown(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return stopping;
  };
  return { port: boundPort, server, health, stop };
}
