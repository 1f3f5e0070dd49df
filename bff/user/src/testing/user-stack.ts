// Integration-test helper (testing/ may import services): the real user service over gRPC on a
// fresh database (seeded accounts), a recording proxy in front of it, and the user BFF on
// port 0 trusting the service's test keys.
import { startRecordingProxy, type RecordingProxy } from '@shop/bff-platform/testing';
import { UserServiceClient, UserServiceService } from '@shop/contracts/user/v1';
import { createTestKeys, type TestKeys } from '@shop/node-platform/auth/testing';
import { startServiceHarness, type ServiceHarness } from '@shop/services-platform/testing';
import { userService } from '@shop/services-user';
import { startUserBff, type RunningUserBff, type StartUserBffConfig } from '../app.js';

/** The origin the tests' browser would send (in the BFF's CORS_ORIGINS). */
export const SHELL_ORIGIN = 'http://localhost:4200';
/** Headers of a session mutation sent by the shell. */
export const SESSION_HEADERS = { 'x-shop-session': '1', origin: SHELL_ORIGIN };
/** The seeded accounts (services/user seed). */
export const ADMIN = { email: 'admin@shop.test', password: 'admin-dev-password-2026' };
export const SHOPPER = { email: 'shopper@shop.test', password: 'shopper-dev-password-2026' };

/** A GraphQL answer with its raw parts. */
export interface GqlAnswer {
  status: number;
  headers: Headers;
  text: string;
  // Parsed JSON of any shape: tests read the fields their query asked for.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: { data?: Record<string, any> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  /** The Set-Cookie headers of the answer. */
  cookies: string[];
}

/** The running stack of one test file. */
export interface UserStack {
  keys: TestKeys;
  service: ServiceHarness<UserServiceClient>;
  proxy: RecordingProxy;
  /** Starts (another) user BFF on the stack (tracked, stopped with the stack). */
  startBff(overrides?: Partial<StartUserBffConfig>): Promise<RunningUserBff>;
  stop(): Promise<void>;
}

/** POSTs a GraphQL request to a BFF and returns status, headers, text, parsed body and cookies. */
export async function gql(
  bffUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GqlAnswer> {
  const response = await fetch(`${bffUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text), cookies: response.headers.getSetCookie() };
}

/** The `shop_refresh=<value>` pair of a Set-Cookie header, as a Cookie request header. */
export function cookiePair(setCookie: string | undefined): string {
  if (!setCookie) throw new Error('no Set-Cookie');
  return setCookie.split(';')[0]!;
}

/** Starts the user service (short TTLs available) and returns the stack. */
export async function startUserStack(ttl = { access: 60, refresh: 3600 }): Promise<UserStack> {
  const keys = await createTestKeys('bff-user-test');
  const service = await startServiceHarness(userService, UserServiceClient, {
    env: {
      AUTH_SIGNING_KEY: keys.signingKeyJson,
      AUTH_VERIFICATION_KEYS: keys.verificationKeysJson,
      ACCESS_TOKEN_TTL: ttl.access,
      REFRESH_TOKEN_TTL: ttl.refresh,
    },
    config: { nodeEnv: 'test' },
  });
  const proxy = await startRecordingProxy(UserServiceService, service.address);
  const bffs: RunningUserBff[] = [];
  return {
    keys,
    service,
    proxy,
    async startBff(overrides = {}) {
      const bff = await startUserBff({
        userServiceAddr: proxy.address,
        corsOrigins: [SHELL_ORIGIN],
        nodeEnv: 'test',
        logLevel: 'silent',
        auth: { verificationKeys: keys.verificationKeys, audience: { issuer: 'shop-user', audience: 'shop' } },
        ...overrides,
      });
      bffs.push(bff);
      return bff;
    },
    async stop() {
      await Promise.all(bffs.map((bff) => bff.stop()));
      await proxy.stop();
      await service.close();
    },
  };
}
