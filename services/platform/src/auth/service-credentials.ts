// A calling service's outgoing credentials: `authorization: Bearer <service token>` for each call,
// the token minted with the service's own SERVICE_SIGNING_KEY, one per callee, cached and
// re-minted before it expires. Plain metadata (not grpc CallCredentials): grpc-js refuses call
// credentials on the insecure channels services use inside the cluster.
import { Metadata } from '@grpc/grpc-js';
import { createServiceTokenSource, loadServiceSigningKey, type ServiceKeyEnv, type ServiceTokenSourceOptions } from '@shop/node-platform/auth';

/** What a service adds to its outgoing calls. */
export interface ServiceCredentials {
  /** `Bearer <token>` for a call to the service `callee` (e.g. 'catalog'). */
  authorization(callee: string): Promise<string>;
  /** `metadata` (a new one when omitted) with `authorization` set for a call to `callee`. */
  metadata(callee: string, metadata?: Metadata): Promise<Metadata>;
}

/**
 * Loads `service`'s signing key (SERVICE_SIGNING_KEY; dev pair outside production; ConfigError
 * in production without it) and returns its outgoing-call credentials. Call once at start.
 */
export async function loadServiceCredentials(
  service: string,
  config: { env: ServiceKeyEnv; nodeEnv?: string },
  options: ServiceTokenSourceOptions = {},
): Promise<ServiceCredentials> {
  const signer = await loadServiceSigningKey(service, { ...config.env, NODE_ENV: config.nodeEnv });
  const source = createServiceTokenSource(service, signer, options);
  const authorization = async (callee: string) => `Bearer ${await source.token(callee)}`;
  return {
    authorization,
    async metadata(callee, metadata = new Metadata()) {
      metadata.set('authorization', await authorization(callee));
      return metadata;
    },
  };
}
