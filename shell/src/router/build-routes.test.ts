import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { RouteComponent } from 'vue-router';
import type { ShellManifest, SubAppEntry } from '../manifest/types.js';
import { buildRoutes, findAppForPath, NOT_FOUND_ROUTE } from './build-routes.js';

// Plain option objects: the routes only need distinct component identities (a bare function
// would be taken for a lazy-loaded route component).
const SubApp: RouteComponent = { name: 'SubApp', render: () => null };
const NotFound: RouteComponent = { name: 'NotFound', render: () => null };

function app(name: string, routes: string[], nav?: SubAppEntry['nav']): SubAppEntry {
  return { name, version: '1', entry: `http://x/${name}/`, bffUrl: 'http://x/graphql', baseroute: routes[0] ?? '/', routes, guards: [], ...(nav ? { nav } : {}) };
}

const manifest: ShellManifest = {
  home: '/catalog',
  apps: [app('catalog', ['/catalog']), app('order', ['/cart', '/orders'])],
};

async function routerAt(path: string) {
  const router = createRouter({ history: createMemoryHistory(), routes: buildRoutes(manifest, { subApp: SubApp, notFound: NotFound }) });
  await router.push(path);
  return router.currentRoute.value;
}

describe('buildRoutes', () => {
  it('redirects / to the manifest home', async () => {
    expect((await routerAt('/')).fullPath).toBe('/catalog');
  });

  it.each(['/catalog', '/catalog/', '/catalog/p/red-shoe', '/catalog?q=x'])('renders the catalog host at %s', async (path) => {
    const route = await routerAt(path);
    expect(route.name).toBe('app-catalog-0');
    expect(route.meta.appName).toBe('catalog');
    expect(route.matched[0]?.components?.default).toBe(SubApp);
  });

  it('passes the manifest entry to the host as a prop', async () => {
    const route = await routerAt('/catalog/p/x');
    expect(route.matched[0]?.props.default).toEqual({ app: manifest.apps[0] });
  });

  it('mounts an app under each of its route prefixes', async () => {
    expect((await routerAt('/cart')).meta.appName).toBe('order');
    expect((await routerAt('/orders/42')).meta.appName).toBe('order');
  });

  it.each(['/nowhere', '/catalogue', '/account/me'])('shows the shell not-found page at %s', async (path) => {
    const route = await routerAt(path);
    expect(route.name).toBe(NOT_FOUND_ROUTE);
    expect(route.matched[0]?.components?.default).toBe(NotFound);
  });

  it('builds no app route for an app absent from the manifest', () => {
    const names = buildRoutes(manifest, { subApp: SubApp, notFound: NotFound }).map((r) => r.name);
    expect(names).not.toContain('app-user-0');
  });
});

describe('findAppForPath', () => {
  it('finds the owner of a deep path and nothing for foreign paths', () => {
    expect(findAppForPath(manifest, '/catalog/p/x')?.name).toBe('catalog');
    expect(findAppForPath(manifest, '/orders/')?.name).toBe('order');
    expect(findAppForPath(manifest, '/catalogue')).toBeUndefined();
  });
});
