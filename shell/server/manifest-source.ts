import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateManifest } from '../src/manifest/validate.js';

/** A manifest given as a file path (re-read on each request) or as an object (tests, e2e). */
export type ManifestSource = string | Record<string, unknown>;

/** Default manifest file: the committed one with the default local ports. */
export const DEFAULT_MANIFEST_PATH = resolve(import.meta.dirname, '..', 'manifest.local.json');

/** Reads the manifest source once; a file that cannot be read or parsed yields `{ error }`. */
export function readManifestSource(source: ManifestSource): unknown {
  if (typeof source !== 'string') return source;
  try {
    return JSON.parse(readFileSync(source, 'utf8')) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? 'is not valid JSON' : 'cannot be read';
    // The browser shows this on the shell's error page; the path is the operator's own config.
    return { error: `manifest file ${source} ${reason}` };
  }
}

/** Validates the source now and throws with every problem listed (fail fast at start). */
export function assertManifestSource(source: ManifestSource): void {
  const result = validateManifest(readManifestSource(source));
  if (!result.ok) {
    const where = typeof source === 'string' ? source : 'the given manifest object';
    throw new Error(`Invalid shell manifest (${where}):\n  - ${result.errors.join('\n  - ')}`);
  }
}

/**
 * Returns the per-request `/manifest.json` body. The file is re-read every time so a release is an
 * edit of the file; a broken edit is logged once and still served so the browser names the
 * problem instead of silently using a stale manifest.
 */
export function createManifestReader(source: ManifestSource, log: (line: string) => void = console.error): () => unknown {
  let lastProblem = '';
  return () => {
    const body = readManifestSource(source);
    const result = validateManifest(body);
    const problem = result.ok ? '' : result.errors.join('; ');
    if (problem !== '' && problem !== lastProblem) log(`[shell] invalid manifest served: ${problem}`);
    lastProblem = problem;
    return body;
  };
}
