import type { Router } from 'vue-router';

/**
 * Navigates the shell to `path` from its own chrome (header nav, brand link).
 *
 * A sub-app's internal navigation changes the URL without the shell router noticing, so the
 * router may believe it is already at `path`: `force` makes it push anyway. When the target is the
 * app already mounted, a synthetic popstate tells micro-app to move that app's router too.
 */
export async function navigateInShell(router: Router, path: string): Promise<void> {
  if (`${window.location.pathname}${window.location.search}` === path) return;
  const sameApp = router.resolve(path).meta.appName === router.currentRoute.value.meta.appName;
  await router.push({ path, force: true });
  if (sameApp && router.currentRoute.value.meta.appName !== undefined) {
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
  }
}
