import type { ManifestResult, NavEntry, ShellManifest, SubAppEntry } from './types.js';
import { isUnder } from './is-under.js';
import { readGuards, readSession } from './validate-session.js';

export { isUnder };

// A hand validator keeps the shell bundle free of a schema library; the checks are few and
// every message names the offending field so a broken release is obvious on the error page.

const APP_NAME = /^[a-z][a-z0-9-]{0,40}$/;
const PATH_PREFIX = /^\/[A-Za-z0-9._~\-/]*$/;

type Issues = string[];

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readString(obj: Record<string, unknown>, key: string, at: string, issues: Issues): string {
  const value = obj[key];
  if (typeof value !== 'string' || value.trim() === '') {
    issues.push(`${at}.${key} must be a non-empty string`);
    return '';
  }
  return value;
}

function checkHttpUrl(value: string, at: string, issues: Issues): void {
  if (value === '') return;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') issues.push(`${at} must be an http(s) URL`);
  } catch {
    issues.push(`${at} must be an absolute URL (got "${value}")`);
  }
}

function checkPath(value: string, at: string, issues: Issues): string {
  if (value === '') return value;
  if (!PATH_PREFIX.test(value)) {
    issues.push(`${at} must be a path starting with "/" (got "${value}")`);
    return value;
  }
  // "/catalog/" and "/catalog" are the same prefix; keep one spelling for route building.
  return value.length > 1 ? value.replace(/\/+$/, '') : value;
}

function readNav(value: unknown, at: string, issues: Issues): NavEntry | undefined {
  if (value === undefined) return undefined;
  if (!isRecord(value)) {
    issues.push(`${at} must be an object { label, path }`);
    return undefined;
  }
  const label = readString(value, 'label', at, issues);
  const path = checkPath(readString(value, 'path', at, issues), `${at}.path`, issues);
  return { label, path };
}

function readRoutes(value: unknown, baseroute: string, at: string, issues: Issues): string[] {
  if (value === undefined) return [baseroute];
  if (!Array.isArray(value) || value.length === 0) {
    issues.push(`${at} must be a non-empty array of paths`);
    return [];
  }
  return value.map((item, i) =>
    checkPath(typeof item === 'string' ? item : '', `${at}[${i}]`, issues),
  );
}

function readApp(value: unknown, at: string, issues: Issues): SubAppEntry | undefined {
  if (!isRecord(value)) {
    issues.push(`${at} must be an object`);
    return undefined;
  }
  const name = readString(value, 'name', at, issues);
  if (name !== '' && !APP_NAME.test(name)) {
    issues.push(`${at}.name must be lower-case letters, digits or "-" and start with a letter`);
  }
  const version = readString(value, 'version', at, issues);
  const entry = readString(value, 'entry', at, issues);
  checkHttpUrl(entry, `${at}.entry`, issues);
  const bffUrl = readString(value, 'bffUrl', at, issues);
  checkHttpUrl(bffUrl, `${at}.bffUrl`, issues);
  const baseroute = checkPath(readString(value, 'baseroute', at, issues), `${at}.baseroute`, issues);
  const routes = readRoutes(value.routes, baseroute, `${at}.routes`, issues);
  const nav = readNav(value.nav, `${at}.nav`, issues);
  const guards = readGuards(value.guards, routes, `${at}.guards`, issues);
  return { name, version, entry, bffUrl, baseroute, routes, ...(nav ? { nav } : {}), guards };
}

function findDuplicates(values: string[]): string[] {
  const seen = new Set<string>();
  return [...new Set(values.filter((v) => (seen.has(v) ? true : (seen.add(v), false))))];
}

/** Validates an untrusted manifest value; returns the normalised manifest or every problem found. */
export function validateManifest(value: unknown): ManifestResult {
  const issues: Issues = [];
  if (!isRecord(value)) return { ok: false, errors: ['manifest must be a JSON object'] };
  if (!Array.isArray(value.apps)) {
    return { ok: false, errors: ['manifest.apps must be an array'] };
  }
  const apps = value.apps
    .map((app, i) => readApp(app, `apps[${i}]`, issues))
    .filter((app): app is SubAppEntry => app !== undefined);
  const home = checkPath(readString(value, 'home', 'manifest', issues), 'manifest.home', issues);

  for (const name of findDuplicates(apps.map((a) => a.name))) issues.push(`app name "${name}" is used twice`);
  for (const route of findDuplicates(apps.flatMap((a) => a.routes))) {
    issues.push(`route "${route}" is claimed by more than one app`);
  }
  if (apps.flatMap((a) => a.routes).includes('/')) issues.push('a sub-app route may not be "/" (it is the home redirect)');
  if (home !== '' && !apps.some((a) => a.routes.some((r) => isUnder(home, r)))) {
    issues.push(`manifest.home "${home}" is not under any app's routes`);
  }
  const session = readSession(value.session, apps, issues);
  if (issues.length > 0) return { ok: false, errors: issues };
  const manifest: ShellManifest = { home, apps, ...(session ? { session } : {}) };
  return { ok: true, manifest };
}
