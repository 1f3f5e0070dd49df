// The user BFF, declared: sessions (refresh cookie), the signed-in account and admin users over
// the user service.
import { z } from 'zod';
import { createOriginResolver, defineBff, serviceAddrVar } from '@shop/bff-platform';
import packageJson from '../package.json' with { type: 'json' };
import { userContextFactory } from './context.js';
import { createUserGateway } from './grpc/user-gateway.js';
import { resolvers } from './resolvers/index.js';
import { USER_SERVICE_COSTS } from './resolvers/service-costs.js';
import { userTypeDefs } from './schema.js';
import { createLoginThrottle, type LoginThrottleConfig } from './session/login-throttle.js';

const count = (fallback: number) => z.coerce.number().int().min(1).max(1_000_000).default(fallback);

/** Failed logins allowed per window before RATE_LIMITED (per email and per client address). */
export const DEFAULT_LOGIN_THROTTLE: LoginThrottleConfig = { perEmail: 5, perAddress: 20, windowSeconds: 900 };

export const userBff = defineBff({
  name: 'user',
  version: packageJson.version,
  port: 4001,
  corsOrigins: ['http://localhost:4200', 'http://localhost:4201'],
  env: {
    USER_SERVICE_ADDR: serviceAddrVar('127.0.0.1:50051'),
    LOGIN_MAX_FAILURES_PER_EMAIL: count(DEFAULT_LOGIN_THROTTLE.perEmail),
    LOGIN_MAX_FAILURES_PER_ADDRESS: count(DEFAULT_LOGIN_THROTTLE.perAddress),
    LOGIN_FAILURE_WINDOW_S: count(DEFAULT_LOGIN_THROTTLE.windowSeconds),
  },
  settings: (env): { userServiceAddr: string; loginThrottle?: LoginThrottleConfig } => ({
    userServiceAddr: env.USER_SERVICE_ADDR,
    loginThrottle: {
      perEmail: env.LOGIN_MAX_FAILURES_PER_EMAIL,
      perAddress: env.LOGIN_MAX_FAILURES_PER_ADDRESS,
      windowSeconds: env.LOGIN_FAILURE_WINDOW_S,
    },
  }),
  schema: userTypeDefs,
  resolvers,
  serviceCosts: USER_SERVICE_COSTS,
  create(config, logger) {
    const users = createUserGateway(config.userServiceAddr, logger);
    const loginThrottle = createLoginThrottle(config.loginThrottle ?? DEFAULT_LOGIN_THROTTLE, config.redisUrl);
    const session = { corsOrigins: config.corsOrigins, trustProxy: config.trustProxy, publicOrigin: createOriginResolver(config) };
    return {
      createContext: userContextFactory(users, loginThrottle, session),
      ready: () => users.ready(),
      close: async () => {
        users.close();
        await loginThrottle.close();
      },
    };
  },
});
