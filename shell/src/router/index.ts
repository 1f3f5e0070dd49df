import { createRouter, createWebHistory, type Router } from 'vue-router';
import type { ShellManifest } from '../manifest/types.js';
import { buildRoutes } from './build-routes.js';
import SubAppHost from '../components/SubAppHost.vue';
import NotFoundPage from '../pages/NotFoundPage.vue';

/** Creates the shell router with routes generated from the validated manifest. */
export function createShellRouter(manifest: ShellManifest): Router {
  return createRouter({
    history: createWebHistory(import.meta.env.BASE_URL),
    routes: buildRoutes(manifest, { subApp: SubAppHost, notFound: NotFoundPage }),
  });
}
