// The runtime manifest: which sub-apps the shell composes and where each one lives. It is read
// at start from `/manifest.json` (never bundled), so releasing a sub-app is a manifest edit.

/** A nav entry shown in the shell header. */
export interface NavEntry {
  label: string;
  path: string;
}

/**
 * Who may open the paths under `path` (the longest matching guard wins; unguarded paths are
 * public): `public`, `signed-in`, or a permission such as `users:manage`.
 */
export interface RouteGuard {
  path: string;
  access: string;
}

/** Where the session lives: the sub-app whose BFF issues sessions, and its pages. */
export interface SessionConfig {
  /** The app whose `bffUrl` is the user BFF (default `user`). */
  app: string;
  bffUrl: string;
  /** Sign-in page (default `<baseroute>/login`); guarded routes send signed-out users here with `?next=`. */
  loginPath: string;
  /** The user menu's "Account" (default `<baseroute>`). */
  accountPath: string;
  /** The user menu's "Admin", shown to holders of `adminPermission` (default `<baseroute>/admin/users`). */
  adminPath: string;
  /** Default `users:manage`. */
  adminPermission: string;
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
  /** Access rules for paths under this app's routes (empty: all public). */
  guards: RouteGuard[];
}

/** The whole manifest after validation. */
export interface ShellManifest {
  /** Where `/` redirects. */
  home: string;
  apps: SubAppEntry[];
  /** Absent when no app issues sessions (no `session` field and no app named `user`). */
  session?: SessionConfig;
}

/** Result of validating an unknown JSON value. */
export type ManifestResult =
  | { ok: true; manifest: ShellManifest }
  | { ok: false; errors: string[] };
