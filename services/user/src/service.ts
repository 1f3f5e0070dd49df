// The user service, declared: accounts, credentials, roles and sessions over database shop_user.
import { z } from 'zod';
import { UserServiceService } from '@shop/contracts/user/v1';
import { authEnvShape, loadAuthKeys } from '@shop/node-platform/auth';
import { defineService } from '@shop/services-platform';
import packageJson from '../package.json' with { type: 'json' };
import { createAccounts } from './accounts/accounts.js';
import { createSessionIssuer } from './accounts/sessions.js';
import { schema, userMigrationsFolder } from './db/client.js';
import { createRefreshTokenStore } from './db/refresh-token-store.js';
import { seedUsers } from './db/seed.js';
import { createUserListQuery } from './db/user-list-query.js';
import { createUserStore } from './db/user-store.js';
import { createUserService } from './handlers/user-service.js';

const seconds = (name: string, fallback: number) =>
  z.coerce
    .number({ error: `expected ${name} in seconds` })
    .int({ error: `expected ${name} in whole seconds` })
    .min(1, { error: `expected ${name} of at least 1 second` })
    .max(31_536_000, { error: `expected ${name} of at most a year` })
    .default(fallback);

export const userService = defineService({
  name: 'user',
  version: packageJson.version,
  ports: { grpc: 50051, admin: 9051 },
  schema,
  migrationsFolder: userMigrationsFolder,
  env: {
    ACCESS_TOKEN_TTL: seconds('ACCESS_TOKEN_TTL', 900),
    REFRESH_TOKEN_TTL: seconds('REFRESH_TOKEN_TTL', 604_800),
    ...authEnvShape,
  },
  seed: (db) => seedUsers(db),
  async grpc({ connection, logger, gate, config }) {
    const { env } = config;
    const keys = await loadAuthKeys({ ...env, NODE_ENV: config.nodeEnv }, { signing: true });
    const users = createUserStore(connection.db);
    const tokens = createRefreshTokenStore(connection.db);
    const issueSession = createSessionIssuer(tokens, {
      signer: keys.signer,
      audience: keys.audience,
      accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL,
      refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL,
    });
    const deps = { accounts: createAccounts({ users, tokens, issueSession }), users, listUsers: createUserListQuery(connection.db), auth: keys };
    return [{ definition: UserServiceService, implementation: createUserService(deps, logger, { gate }) }];
  },
});
