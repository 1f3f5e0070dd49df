import { createBffApp, createLogger, createOriginResolver, loadAuthKeys, startBffServer, type AuthKeys, type BffApp } from '@shop/bff-platform';
import type { UserBffConfig } from './config.js';
import { userContextFactory } from './context.js';
import { createUserGateway, type UserGateway } from './grpc/user-gateway.js';
import { resolvers } from './resolvers/index.js';
import { USER_SERVICE_COSTS } from './resolvers/service-costs.js';
import { userTypeDefs } from './schema.js';
import { createLoginThrottle } from './session/login-throttle.js';

const VERSION = '0.1.0';

/** The user BFF app and how to release what it holds (gRPC channel, limiter stores). */
export interface UserBff {
  app: BffApp;
  users: UserGateway;
  close(): Promise<void>;
}

/** Config needed to build the app (listening address not required); `auth` = verification keys. */
export type UserAppConfig = Pick<UserBffConfig, 'userServiceAddr' | 'corsOrigins' | 'nodeEnv'> &
  Partial<Pick<UserBffConfig, 'publicUrl' | 'trustProxy' | 'logLevel' | 'fastPath' | 'loginThrottle' | 'rateLimit' | 'redisUrl'>> & {
    auth: AuthKeys;
  };

const DEFAULT_LOGIN_THROTTLE = { perEmail: 5, perAddress: 20, windowSeconds: 900 };

/**
 * Builds the user BFF: /graphql (sessions, own account, admin users), /healthz, /readyz.
 * `nodeEnv: 'production'` turns off GraphiQL, introspection and "did you mean" hints.
 */
export function createUserBff(config: UserAppConfig): UserBff {
  const logger = createLogger('bff-user', config.logLevel);
  const users = createUserGateway(config.userServiceAddr, logger);
  const loginThrottle = createLoginThrottle(config.loginThrottle ?? DEFAULT_LOGIN_THROTTLE, config.redisUrl);
  const trustProxy = config.trustProxy ?? false;
  const publicOrigin = createOriginResolver({ publicUrl: config.publicUrl, trustProxy });
  const app = createBffApp({
    name: 'bff-user',
    version: VERSION,
    schema: userTypeDefs,
    resolvers,
    createContext: userContextFactory(users, loginThrottle, { corsOrigins: config.corsOrigins, trustProxy, publicOrigin }),
    corsOrigins: config.corsOrigins,
    production: config.nodeEnv === 'production',
    graphiql: config.nodeEnv === 'development',
    ready: () => users.ready(),
    serviceCosts: USER_SERVICE_COSTS,
    fastPath: config.fastPath,
    auth: config.auth,
    rateLimit: config.rateLimit,
    trustProxy,
    logger,
  });
  return {
    app,
    users,
    async close() {
      users.close();
      await Promise.all([loginThrottle.close(), app.close()]);
    },
  };
}

/** A running user BFF. */
export interface RunningUserBff {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * Config for startUserBff: like loadConfig()'s, port/host optional (default 0 / 127.0.0.1);
 * `auth` optional (else loadAuthKeys from `authEnv`: AUTH_VERIFICATION_KEYS, or the dev keys
 * outside production).
 */
export type StartUserBffConfig = Omit<UserAppConfig, 'auth'> &
  Partial<Pick<UserBffConfig, 'authEnv'>> & { auth?: AuthKeys; port?: number; host?: string };

/** Starts the user BFF in-process (e2e, orchestrator, main); port 0 picks a free port. */
export async function startUserBff(config: StartUserBffConfig): Promise<RunningUserBff> {
  const auth = config.auth ?? (await loadAuthKeys(config.authEnv ?? { NODE_ENV: config.nodeEnv }));
  const bff = createUserBff({ ...config, auth });
  try {
    const server = await startBffServer(bff.app, { port: config.port ?? 0, host: config.host ?? '127.0.0.1' });
    return {
      url: server.url,
      port: server.port,
      async stop() {
        await server.stop();
        await bff.close();
      },
    };
  } catch (error) {
    await bff.close();
    throw error;
  }
}
