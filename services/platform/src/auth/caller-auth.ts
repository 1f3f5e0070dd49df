// What a service verifies its callers with, from its env: the user-token keys (AUTH_*) and the
// service-token keys (SERVICE_VERIFICATION_KEYS), with service tokens addressed to this service.
import type { Permission, ServicePermission } from '@shop/contracts/auth';
import { authEnvShape, loadAuthKeys, loadServiceVerificationKeys, serviceAuthEnvShape, type AuthKeyEnv, type ServiceKeyEnv } from '@shop/node-platform/auth';
import { ConfigError } from '@shop/node-platform';
import type { UnaryHandler } from '../grpc/unary.js';
import { principalFrom, requirePermission, type CallerAuth } from './call-principal.js';

/** The variables of loadCallerAuth, as a zod shape to spread into a declaration's `env`. */
export const callerAuthEnvShape = { ...authEnvShape, ...serviceAuthEnvShape };

/** A service's config as loadCallerAuth reads it (the declaration's `config`). */
export interface CallerAuthConfig {
  env: AuthKeyEnv & ServiceKeyEnv;
  nodeEnv?: string;
}

/** Loads the keys `service` verifies user and service tokens with; throws ConfigError (production without keys). */
export async function loadCallerAuth(service: string, config: CallerAuthConfig): Promise<CallerAuth> {
  const env = { ...config.env, NODE_ENV: config.nodeEnv };
  const [users, services] = await Promise.allSettled([loadAuthKeys(env), loadServiceVerificationKeys(env)]);
  if (users.status === 'rejected' || services.status === 'rejected') {
    const failures = [users, services].flatMap((result) => (result.status === 'rejected' ? [result.reason as Error] : []));
    // Name every missing variable in one message (both are ConfigErrors unless something broke).
    if (failures.length === 1 || !failures.every((error) => error instanceof ConfigError)) throw failures[0];
    throw new ConfigError(failures.map((error) => error.message).join('\n'));
  }
  return { ...users.value, services: { verificationKeys: services.value, callee: service } };
}

/** Wraps a handler so it runs only for callers holding `permission` (checked before anything else). */
export function withPermission<Req, Res>(
  auth: CallerAuth,
  permission: Permission | ServicePermission,
  handler: UnaryHandler<Req, Res>,
): UnaryHandler<Req, Res> {
  return async (request, ctx) => {
    requirePermission(await principalFrom(ctx.metadata, auth), permission as ServicePermission);
    return handler(request, ctx);
  };
}
