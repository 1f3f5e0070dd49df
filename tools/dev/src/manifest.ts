// The shell's runtime manifest for a local run, derived from the registry with the ports
// actually configured. In a deployment the manifest is a released artifact; here it is derived.
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { DevConfig } from './config.js';
import { HOME, verticals as registry, type Vertical } from './verticals.js';

/** The sub-app package's version (apps/<name>/package.json), as a release would name it. */
function appVersion(name: string): string {
  try {
    const file = resolve(import.meta.dirname, '../../../apps', name, 'package.json');
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version ?? 'local';
  } catch {
    return 'local';
  }
}

/** Builds the local manifest: every sub-app (with a BFF) that `npm start` runs. */
export function localManifest(config: DevConfig, verticals: readonly Vertical[] = registry) {
  const local = (variable: string) => `http://localhost:${config.ports[variable]}`;
  return {
    home: HOME,
    apps: verticals.flatMap(({ name, app, bff }) => {
      if (!app || !bff) return [];
      const prefix = name.toUpperCase();
      return [{
        name,
        version: appVersion(name),
        entry: `${local(`${prefix}_APP_PORT`)}${app.baseroute.replace(/\/$/, '')}/`,
        bffUrl: `${local(`${prefix}_BFF_PORT`)}/graphql`,
        baseroute: app.baseroute,
        ...(app.routes ? { routes: app.routes } : {}),
        ...(app.nav ? { nav: app.nav } : {}),
        ...(app.guards ? { guards: app.guards } : {}),
      }];
    }),
  };
}

/** Writes the manifest JSON to `path`, creating its folder. */
export async function writeManifest(path: string, manifest: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
