import microApp from '@micro-zoe/micro-app';
import type { Router } from 'vue-router';

/**
 * Navigates the shell to `path` from its own chrome (header nav, brand link).
 *
 * When the target belongs to the app already mounted, the app's router must move, not the
 * shell's: micro-app (native mode) carries the app's own location in `history.state`, so a shell
 * push would be undone by the app on the next popstate. `microApp.router.push` moves the app
 * and the URL together. Otherwise the shell router switches apps (`force`: after sub-app
 * navigation the shell router may wrongly believe it is already there).
 */
export async function navigateInShell(router: Router, path: string): Promise<void> {
  if (`${window.location.pathname}${window.location.search}` === path) return;
  const target = router.resolve(path);
  const appName = target.meta.appName;
  const mounted = appName !== undefined && microApp.getActiveApps().includes(appName);
  if (mounted && appName === router.currentRoute.value.meta.appName) {
    try {
      await microApp.router.push({ name: appName, path: target.fullPath });
      return;
    } catch {
      // The app is still rendering (micro-app rejects then): fall back to the shell router.
    }
  }
  await router.push({ path, force: true });
}
