// The account use cases on a fresh, migrated test database with a fresh key pair.
import { connectDatabase, runMigrations, splitDatabaseUrl } from '@shop/services-platform';
import { createTestDatabase, type TestDatabase } from '@shop/services-platform/testing';
import { createTestKeys, TEST_AUDIENCE, type TestKeys } from '@shop/node-platform/auth/testing';
import { createAccounts, type Accounts } from '../accounts/accounts.js';
import { createSessionIssuer } from '../accounts/sessions.js';
import { schema, userMigrationsFolder, type UserDb } from '../db/client.js';
import { createRefreshTokenStore } from '../db/refresh-token-store.js';
import { createUserStore } from '../db/user-store.js';

export interface AccountsHarness {
  accounts: Accounts;
  db: UserDb;
  keys: TestKeys;
  database: TestDatabase;
  /** Moves the use cases' clock (refresh-token decisions) by `ms`. */
  advance(ms: number): void;
  close(): Promise<void>;
}

/** Starts the harness; `close` drops the database. */
export async function startAccountsHarness(ttl = { access: 60, refresh: 3600 }): Promise<AccountsHarness> {
  const database = await createTestDatabase('user');
  const { serverUrl, database: name } = splitDatabaseUrl(database.url);
  const connection = await connectDatabase({ url: serverUrl, database: name, schema, max: 4 });
  await runMigrations(connection.db, userMigrationsFolder);
  const keys = await createTestKeys();
  let offset = 0;
  const tokens = createRefreshTokenStore(connection.db);
  const issueSession = createSessionIssuer(tokens, {
    signer: keys.signer,
    audience: TEST_AUDIENCE,
    accessTokenTtlSeconds: ttl.access,
    refreshTokenTtlSeconds: ttl.refresh,
    now: () => Date.now() + offset,
  });
  const accounts = createAccounts({ users: createUserStore(connection.db), tokens, issueSession, now: () => new Date(Date.now() + offset) });
  return {
    accounts,
    db: connection.db,
    keys,
    database,
    advance: (ms) => void (offset += ms),
    close: async () => {
      await connection.close();
      await database.drop();
    },
  };
}
