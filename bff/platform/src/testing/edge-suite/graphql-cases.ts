import { serverAudits } from 'graphql-http';
import { expect, it } from 'vitest';
import { postGraphQL } from '../post-graphql.js';
import type { EdgeServers } from './describe-bff-edge.js';

// Audits we deliberately fail, and why (also in bff/platform/README.md):
// - 5A70, 6A70, D6D5 (MAY accept GET, MAY take variables in a GET): a GET must carry a CSRF
//   header (x-graphql-csrf or graphql-require-preflight); the audits send bare GETs, as a
//   cross-site link could. (9C48, no mutation over GET, passes: 403 before yoga's 405.)
// - production only, 28B9 (MUST allow map {variables}) and 2EA1 (its SHOULD twin): the audit's
//   query is `__type(name: $name)`, i.e. introspection, which production refuses. The same
//   audits pass outside production, so variables themselves are handled as the spec says.
const DEVIATIONS = ['5A70', '6A70', 'D6D5'];
const PRODUCTION_DEVIATIONS = ['28B9', '2EA1', ...DEVIATIONS];

const json = async (url: string, query: string) => JSON.parse((await postGraphQL(url, { query })).text);

/** A field of Query misspelt (an unknown field one edit-distance pair away), and the field. */
async function typoOfQueryField(devUrl: string): Promise<{ typo: string; field: string }> {
  const schema = await json(devUrl, '{ __schema { queryType { fields { name } } } }');
  const fields = (schema.data.__schema.queryType.fields as Array<{ name: string }>).map((f) => f.name);
  const field = fields.find((name) => name.length >= 4) ?? fields[0]!;
  return { typo: `${field}Xq`, field };
}

/** graphql-http audit, production mode, development mode and the document limits. */
export function graphqlCases(servers: EdgeServers): void {
  it.each([
    ['fast path on', () => servers.test, DEVIATIONS],
    ['GRAPHQL_FAST_PATH=0', () => servers.testYoga, DEVIATIONS],
    ['production, fast path on', () => servers.prodFast, PRODUCTION_DEVIATIONS],
    ['production, GRAPHQL_FAST_PATH=0', () => servers.prodYoga, PRODUCTION_DEVIATIONS],
  ])('graphql-http serverAudits, %s: only the listed audits fail', async (_name, server, expected) => {
    const results = await Promise.all(serverAudits({ url: `${server().url}/graphql` }).map((audit) => audit.fn()));
    expect(results.length).toBeGreaterThan(60);
    const failed = results.filter((r) => r.status !== 'ok');
    const describe = (r: (typeof failed)[number]) => `${r.id} ${r.name}${'reason' in r ? `: ${r.reason}` : ''}`;
    expect(failed.map((r) => r.id).sort(), failed.map(describe).join('\n')).toEqual(expected);
  });

  it.each([
    ['fast path', () => servers.prodFast],
    ['yoga', () => servers.prodYoga],
  ])('production, %s: no introspection, no suggestions, no GraphiQL; __typename works', async (_name, server) => {
    const url = `${server().url}/graphql`;
    for (const query of ['{ __schema { types { name } } }', '{ __type(name: "Query") { name } }']) {
      const answer = await json(url, query);
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0].message).toMatch(/introspection has been disabled/);
    }
    expect((await json(url, '{ __typename }')).data.__typename).toBe('Query');
    const { typo } = await typoOfQueryField(`${servers.dev.url}/graphql`);
    const answer = (await postGraphQL(url, { query: `{ ${typo} }` })).text;
    expect(answer).toMatch(/Cannot query field/);
    expect(answer).not.toMatch(/Did you mean/);
    const page = await fetch(url, { headers: { accept: 'text/html' } });
    expect(await page.text()).not.toMatch(/graphiql/i);
  });

  it('development keeps GraphiQL, introspection and suggestions', async () => {
    const url = `${servers.dev.url}/graphql`;
    expect(await (await fetch(url, { headers: { accept: 'text/html' } })).text()).toMatch(/graphiql/i);
    expect((await json(url, '{ __type(name: "Query") { name } }')).data).toEqual({ __type: { name: 'Query' } });
    const { typo, field } = await typoOfQueryField(url);
    expect((await postGraphQL(url, { query: `{ ${typo} }` })).text).toMatch(new RegExp(`Did you mean .*\\\\"${field}\\\\"`));
  });

  it.each([
    ['too deep', '{ __type(name: "Query") { fields { type { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } }'],
    ['too many aliases', `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(' ')} }`],
    ['too many tokens', `{ ${'__typename '.repeat(1600)}}`],
  ])('answers a %s document with 400 QUERY_TOO_COMPLEX on both paths', async (_name, query) => {
    for (const server of [servers.test, servers.testYoga]) {
      const answer = await postGraphQL(`${server.url}/graphql`, { query });
      expect(answer.status).toBe(400);
      const body = JSON.parse(answer.text);
      expect(body.data).toBeUndefined();
      expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
    }
  });
}
