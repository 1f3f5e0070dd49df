import type { APIRequestContext } from '@playwright/test';

/** One GraphQL answer as the BFF sends it. */
export interface GraphQLAnswer<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; field?: string } }>;
}

/**
 * The user BFF spoken to directly, as a script (not the UI) would: proves the API refuses what
 * the UI merely hides. `origin` must be one of the BFF's CORS origins for session mutations.
 */
export class UserBffApi {
  constructor(
    readonly request: APIRequestContext,
    readonly url: string,
    readonly origin: string,
  ) {}

  /** Posts a GraphQL document, with a bearer token when given. */
  async call<T = Record<string, unknown>>(query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GraphQLAnswer<T>> {
    const response = await this.request.post(this.url, {
      headers: {
        'Content-Type': 'application/json',
        Origin: this.origin,
        'X-Shop-Session': '1',
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
      },
      data: { query, variables },
    });
    return { status: response.status(), ...((await response.json()) as Omit<GraphQLAnswer<T>, 'status'>) };
  }

  /** Signs in and returns the access token. */
  async accessToken(email: string, password: string): Promise<string> {
    const answer = await this.call<{ login: { accessToken: string } }>(
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: { email, password } },
    );
    const token = answer.data?.login.accessToken;
    if (!token) throw new Error(`login failed: ${JSON.stringify(answer.errors)}`);
    return token;
  }
}
