// Production server for the built user sub-app (apps/platform's sub-app server). Importable by e2e (`startUserApp`).
import { distOf, runSubAppServer, startSubAppServer, type SubAppServer } from '@shop/apps-platform/server';

const declaration = { name: 'user', moduleUrl: import.meta.url, defaultPort: 4201, defaultBffUrl: 'http://localhost:4001/graphql' };

/** Serves the built user app (`root` defaults to apps/user/dist); rejects when it is not built. */
export function startUserApp(options: { port: number; bffUrl: string; host?: string; root?: string }): Promise<SubAppServer> {
  return startSubAppServer({ ...options, name: declaration.name, root: options.root ?? distOf(import.meta.url) });
}

runSubAppServer(declaration);
