// The shell's runtime manifest for a local run, written with the ports actually configured.
// In a deployment the manifest is a released artifact (deploy/manifest/); here it is derived.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { DevConfig } from './config.js';

/** Builds the local manifest: every sub-app `npm start` runs, with its entry and BFF URLs. */
export function localManifest(config: DevConfig) {
  return {
    home: '/catalog',
    apps: [
      {
        name: 'catalog',
        version: 'local',
        entry: `http://localhost:${config.CATALOG_APP_PORT}/catalog/`,
        bffUrl: `http://localhost:${config.CATALOG_BFF_PORT}/graphql`,
        baseroute: '/catalog',
        nav: { label: 'Catalog', path: '/catalog' },
      },
    ],
  };
}

/** Writes the manifest JSON to `path`, creating its folder. */
export async function writeManifest(path: string, manifest: unknown): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(manifest, null, 2)}\n`);
}
