import { createApp } from 'vue';
import { createPinia } from 'pinia';
import './styles/shell.css';
import { loadManifest } from './manifest/load.js';
import { startMicroApp } from './micro-app/start.js';
import { createShellRouter } from './router/index.js';
import { useManifestStore } from './stores/useManifestStore.js';
import { useSessionStore } from './stores/useSessionStore.js';
import { startShellSession } from './session/start-shell-session.js';
import ShellLayout from './layout/ShellLayout.vue';
import ManifestErrorPage from './pages/ManifestErrorPage.vue';

/** Loads the runtime manifest, then mounts the shell (or a clear error page if it is broken). */
async function bootstrap(): Promise<void> {
  const result = await loadManifest();
  if (!result.ok) {
    console.error('[shell] invalid manifest', result.errors);
    createApp(ManifestErrorPage, { errors: result.errors }).mount('#app');
    return;
  }
  startMicroApp();
  const app = createApp(ShellLayout);
  const pinia = createPinia();
  app.use(pinia);
  useManifestStore(pinia).setManifest(result.manifest);
  const router = createShellRouter(result.manifest);
  startShellSession(router, result.manifest, useSessionStore(pinia));
  app.use(router);
  app.mount('#app');
}

void bootstrap();
