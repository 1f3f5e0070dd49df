import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter, type RouteComponent } from 'vue-router';
import type { SessionUser } from '@shop/apps-platform';
import type { ShellManifest, SubAppEntry } from '../manifest/types.js';
import { accessTo, guardFor, safeNext } from './access.js';
import { buildRoutes } from './build-routes.js';
import { installSessionGuard } from './session-guard.js';

const user: SubAppEntry = {
  name: 'user',
  version: '1',
  entry: 'http://x/account/',
  bffUrl: 'http://x/graphql',
  baseroute: '/account',
  routes: ['/account'],
  guards: [
    { path: '/account', access: 'signed-in' },
    { path: '/account/login', access: 'public' },
    { path: '/account/register', access: 'public' },
    { path: '/account/admin', access: 'users:manage' },
  ],
};
const catalog: SubAppEntry = { ...user, name: 'catalog', baseroute: '/catalog', routes: ['/catalog'], guards: [] };
const manifest: ShellManifest = {
  home: '/catalog',
  apps: [catalog, user],
  session: { app: 'user', bffUrl: 'http://x/graphql', loginPath: '/account/login', accountPath: '/account', adminPath: '/account/admin/users', adminPermission: 'users:manage' },
};
const shopper: SessionUser = { id: 'u1', email: 'a@shop.test', displayName: 'Ada', role: 'USER', permissions: ['account:manage-own'] };
const admin: SessionUser = { ...shopper, role: 'ADMIN', permissions: ['account:manage-own', 'users:manage'] };

describe('access', () => {
  it.each([
    ['/catalog/p/x', null, 'allow'],
    ['/account/login', null, 'allow'],
    ['/account', null, 'sign-in'],
    ['/account/', shopper, 'allow'],
    ['/account/admin/users', null, 'sign-in'],
    ['/account/admin/users', shopper, 'forbidden'],
    ['/account/admin/users', admin, 'allow'],
    ['/account/administrator', shopper, 'allow'], // segment-wise: not under /account/admin
  ] as const)('%s for %s → %s', (path, who, expected) => {
    expect(accessTo(guardFor(manifest, path), who)).toBe(expected);
  });

  it('accepts only same-origin paths as the place to return to', () => {
    expect(safeNext('/account/admin/users?q=a')).toBe('/account/admin/users?q=a');
    for (const bad of ['//evil.test/x', 'https://evil.test', '/\\evil.test', undefined, ['/a']]) expect(safeNext(bad)).toBeUndefined();
  });
});

describe('installSessionGuard', () => {
  const components = { subApp: { render: () => null } as RouteComponent, notFound: { render: () => null } as RouteComponent };

  async function routerFor(who: SessionUser | null, ready: () => Promise<void> = async () => undefined) {
    const router = createRouter({ history: createMemoryHistory(), routes: buildRoutes(manifest, components) });
    installSessionGuard(router, manifest, { ready, user: () => who });
    return router;
  }

  it('sends a signed-out user on a guarded URL to sign-in, remembering where they were going', async () => {
    const router = await routerFor(null);
    await router.push('/account/admin/users?q=ada');
    expect(router.currentRoute.value.path).toBe('/account/login');
    expect(router.currentRoute.value.query).toEqual({ next: '/account/admin/users?q=ada' });
  });

  it('lets a signed-in user through, and a non-admin too (the layout shows 403 there)', async () => {
    const router = await routerFor(shopper);
    await router.push('/account/admin/users');
    expect(router.currentRoute.value.path).toBe('/account/admin/users');
  });

  it('waits for the silent refresh on guarded paths only', async () => {
    let waited = 0;
    const router = await routerFor(shopper, async () => void (waited += 1));
    await router.push('/catalog');
    expect(waited).toBe(0);
    await router.push('/account');
    expect(waited).toBe(1);
  });
});
