import type { RouteComponent, RouteRecordRaw } from 'vue-router';
import type { ShellManifest, SubAppEntry } from '../manifest/types.js';
import { isUnder } from '../manifest/validate.js';

/** The components the generated routes render; injected so route building stays testable in node. */
export interface ShellRouteComponents {
  subApp: RouteComponent;
  notFound: RouteComponent;
}

/** Name of the catch-all shell route. */
export const NOT_FOUND_ROUTE = 'shell-not-found';

/**
 * Builds the shell's routes from the manifest: `/` → home, every app route prefix and everything
 * below it → the sub-app host, anything else → the shell's "Page not found".
 */
export function buildRoutes(manifest: ShellManifest, components: ShellRouteComponents): RouteRecordRaw[] {
  const appRoutes = manifest.apps.flatMap((app) =>
    app.routes.map(
      (prefix, index): RouteRecordRaw => ({
        // One record covers `<prefix>` and `<prefix>/anything`: the optional repeatable param
        // makes the slash optional, and one record means the host is not re-created when the
        // sub-app's own navigation reaches the shell router through popstate.
        path: `${prefix}/:rest(.*)*`,
        name: `app-${app.name}-${index}`,
        component: components.subApp,
        props: { app },
        // The layout keys the host by app: switching apps remounts, moving inside one does not.
        meta: { appName: app.name },
      }),
    ),
  );
  return [
    { path: '/', redirect: manifest.home },
    ...appRoutes,
    { path: '/:pathMatch(.*)*', name: NOT_FOUND_ROUTE, component: components.notFound },
  ];
}

/** The app whose routes contain `pathname`, if any (used for "where am I" from `location`). */
export function findAppForPath(manifest: ShellManifest, pathname: string): SubAppEntry | undefined {
  const normalised = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return manifest.apps.find((app) => app.routes.some((prefix) => isUnder(normalised, prefix)));
}
