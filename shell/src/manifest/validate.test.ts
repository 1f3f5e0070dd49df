import { describe, expect, it } from 'vitest';
import { isUnder, validateManifest } from './validate.js';

const catalog = {
  name: 'catalog',
  version: '0.1.0',
  entry: 'http://localhost:4202/catalog/',
  bffUrl: 'http://localhost:4002/graphql',
  baseroute: '/catalog',
  nav: { label: 'Catalog', path: '/catalog' },
};

function errorsOf(value: unknown): string[] {
  const result = validateManifest(value);
  return result.ok ? [] : result.errors;
}

describe('validateManifest', () => {
  it('accepts the default manifest and defaults routes to the baseroute', () => {
    const result = validateManifest({ home: '/catalog', apps: [catalog] });
    expect(result).toEqual({
      ok: true,
      manifest: { home: '/catalog', apps: [{ ...catalog, routes: ['/catalog'], guards: [] }] },
    });
  });

  it('normalises trailing slashes on paths', () => {
    const result = validateManifest({ home: '/catalog/', apps: [{ ...catalog, baseroute: '/catalog/' }] });
    expect(result.ok && result.manifest.apps[0]?.baseroute).toBe('/catalog');
    expect(result.ok && result.manifest.home).toBe('/catalog');
  });

  it('keeps explicit extra routes (one app owning several prefixes)', () => {
    const order = { ...catalog, name: 'order', baseroute: '/', routes: ['/cart', '/orders'], nav: undefined };
    const result = validateManifest({ home: '/catalog', apps: [catalog, order] });
    expect(result.ok && result.manifest.apps[1]?.routes).toEqual(['/cart', '/orders']);
  });

  it('rejects a non-object and a missing apps array', () => {
    expect(errorsOf(null)).toEqual(['manifest must be a JSON object']);
    expect(errorsOf([])).toEqual(['manifest must be a JSON object']);
    expect(errorsOf({ home: '/catalog' })).toEqual(['manifest.apps must be an array']);
  });

  it('names every missing or malformed field', () => {
    const errors = errorsOf({ home: '/catalog', apps: [{ name: 'Catalog!', entry: 'localhost:4202', bffUrl: 'ftp://x/graphql', baseroute: 'catalog' }] });
    expect(errors).toEqual(
      expect.arrayContaining([
        'apps[0].name must be lower-case letters, digits or "-" and start with a letter',
        'apps[0].version must be a non-empty string',
        'apps[0].entry must be an http(s) URL',
        'apps[0].bffUrl must be an http(s) URL',
        'apps[0].baseroute must be a path starting with "/" (got "catalog")',
      ]),
    );
  });

  it('rejects a relative entry URL', () => {
    expect(errorsOf({ home: '/catalog', apps: [{ ...catalog, entry: '/catalog/' }] })).toContain(
      'apps[0].entry must be an absolute URL (got "/catalog/")',
    );
  });

  it('rejects duplicate names and routes claimed twice', () => {
    const errors = errorsOf({ home: '/catalog', apps: [catalog, { ...catalog }] });
    expect(errors).toContain('app name "catalog" is used twice');
    expect(errors).toContain('route "/catalog" is claimed by more than one app');
  });

  it('rejects a malformed nav entry', () => {
    expect(errorsOf({ home: '/catalog', apps: [{ ...catalog, nav: 'Catalog' }] })).toContain(
      'apps[0].nav must be an object { label, path }',
    );
    expect(errorsOf({ home: '/catalog', apps: [{ ...catalog, nav: { label: '', path: '/catalog' } }] })).toContain(
      'apps[0].nav.label must be a non-empty string',
    );
  });

  it('rejects a home outside every app and an app on "/"', () => {
    expect(errorsOf({ home: '/shop', apps: [catalog] })).toContain('manifest.home "/shop" is not under any app\'s routes');
    expect(errorsOf({ home: '/', apps: [{ ...catalog, baseroute: '/' }] })).toContain(
      'a sub-app route may not be "/" (it is the home redirect)',
    );
  });
});

const user = {
  name: 'user',
  version: '0.1.0',
  entry: 'http://localhost:4201/account/',
  bffUrl: 'http://localhost:4001/graphql',
  baseroute: '/account',
  guards: [
    { path: '/account', access: 'signed-in' },
    { path: '/account/login', access: 'public' },
    { path: '/account/admin/', access: 'users:manage' },
  ],
};

describe('validateManifest: session and guards', () => {
  it('takes the session from the app named user, with default paths, and keeps its guards', () => {
    const result = validateManifest({ home: '/catalog', apps: [catalog, user] });
    expect(result.ok && result.manifest.session).toEqual({
      app: 'user',
      bffUrl: 'http://localhost:4001/graphql',
      loginPath: '/account/login',
      accountPath: '/account',
      adminPath: '/account/admin/users',
      adminPermission: 'users:manage',
    });
    expect(result.ok && result.manifest.apps[1]?.guards).toEqual([
      { path: '/account', access: 'signed-in' },
      { path: '/account/login', access: 'public' },
      { path: '/account/admin', access: 'users:manage' },
    ]);
  });

  it('has no session without a user app, and honours an explicit session block', () => {
    const none = validateManifest({ home: '/catalog', apps: [catalog] });
    expect(none.ok && none.manifest.session).toBeUndefined();
    const explicit = validateManifest({ home: '/catalog', apps: [catalog, { ...user, name: 'accounts' }], session: { app: 'accounts', loginPath: '/account/sign-in' } });
    expect(explicit.ok && explicit.manifest.session).toMatchObject({ app: 'accounts', loginPath: '/account/sign-in', accountPath: '/account' });
  });

  it('names bad guards and a session naming an unknown app', () => {
    const errors = errorsOf({
      home: '/catalog',
      apps: [catalog, { ...user, guards: [{ path: '/catalog', access: 'signed-in' }, { path: '/account', access: 'everyone!' }, 'x'] }],
      session: { app: 'nobody' },
    });
    expect(errors).toEqual([
      'apps[1].guards[0].path must be a path under the app\'s routes (got "/catalog")',
      'apps[1].guards[1].access must be "public", "signed-in" or a permission like "users:manage"',
      'apps[1].guards[2] must be { path, access }',
      'manifest.session.app "nobody" is not an app of the manifest',
    ]);
  });
});

describe('isUnder', () => {
  it('matches the prefix itself and paths below it, segment-wise', () => {
    expect(isUnder('/catalog', '/catalog')).toBe(true);
    expect(isUnder('/catalog/p/x', '/catalog')).toBe(true);
    expect(isUnder('/catalogue', '/catalog')).toBe(false);
  });
});
