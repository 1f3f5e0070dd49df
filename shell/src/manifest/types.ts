// The runtime manifest: which sub-apps the shell composes and where each one lives. It is read
// at start from `/manifest.json` (never bundled), so releasing a sub-app is a manifest edit.

/** A nav entry shown in the shell header. */
export interface NavEntry {
  label: string;
  path: string;
}

/** One sub-app release as the shell sees it. */
export interface SubAppEntry {
  /** Element name and sandbox iframe id; lower-case, starts with a letter. */
  name: string;
  /** Released version of the sub-app bundle (informational; shown on the host element). */
  version: string;
  /** Absolute http(s) URL of the sub-app's index.html. */
  entry: string;
  /** Absolute http(s) URL of the sub-app's BFF GraphQL endpoint, passed via micro-app data. */
  bffUrl: string;
  /** Path prefix the sub-app's router lives under (micro-app `baseroute`). */
  baseroute: string;
  /** Shell path prefixes that mount this app; defaults to `[baseroute]`. */
  routes: string[];
  nav?: NavEntry;
}

/** The whole manifest after validation. */
export interface ShellManifest {
  /** Where `/` redirects. */
  home: string;
  apps: SubAppEntry[];
}

/** Result of validating an unknown JSON value. */
export type ManifestResult =
  | { ok: true; manifest: ShellManifest }
  | { ok: false; errors: string[] };
