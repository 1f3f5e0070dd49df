// Where the browser is. The shell router sees only its own navigations: a sub-app moving inside
// itself (the order app's /cart → /checkout → /orders/<id>) changes the URL without telling it
// (DESIGN "Micro-frontends: Data": derive "where am I" from location). micro-app runs its router
// guards on every sub-app location change, after the URL moved: follow the URL through those too.
import { computed, inject, shallowRef, type App, type InjectionKey, type Ref, type ShallowRef } from 'vue';
import { useRoute } from 'vue-router';

/** The browser's location as the shell's chrome needs it. */
export interface BrowserLocation {
  path: string;
  /** Path, query and hash (a "come back here" target). */
  fullPath: string;
}

/** What announces a move: the shell router, micro-app's router (`microApp.router`), the window. */
export interface LocationSources {
  shellRouter: { afterEach(hook: () => void): unknown };
  subAppRouter: { beforeEach(guard: () => void): unknown };
  win?: Pick<Window, 'location' | 'addEventListener'>;
}

/** The browser's location, kept current through shell, sub-app and history (back/forward) moves. */
export function trackLocation({ shellRouter, subAppRouter, win = window }: LocationSources): ShallowRef<BrowserLocation> {
  const read = (): BrowserLocation => ({ path: win.location.pathname, fullPath: `${win.location.pathname}${win.location.search}${win.location.hash}` });
  const location = shallowRef(read());
  const update = () => {
    const next = read();
    if (next.fullPath !== location.value.fullPath) location.value = next;
  };
  shellRouter.afterEach(update);
  subAppRouter.beforeEach(update);
  win.addEventListener('popstate', update);
  return location;
}

const KEY: InjectionKey<Readonly<Ref<BrowserLocation>>> = Symbol('browser-location');

/** Makes the tracked location available to `useBrowserLocation()`. */
export function provideBrowserLocation(app: App, location: Readonly<Ref<BrowserLocation>>): void {
  app.provide(KEY, location);
}

/** The browser's location (without a provided tracker, e.g. in a component test: the shell route's). */
export function useBrowserLocation(): Readonly<Ref<BrowserLocation>> {
  const tracked = inject(KEY, undefined);
  if (tracked) return tracked;
  const route = useRoute();
  return computed(() => ({ path: route.path, fullPath: route.fullPath }));
}
