import type { RouteGuard, SessionConfig, SubAppEntry } from './types.js';
import { isUnder } from './is-under.js';

type Issues = string[];
const PATH = /^\/[A-Za-z0-9._~\-/]*$/;
const ACCESS = /^(public|signed-in|[a-z][a-z-]*(:[a-z*-]+)+)$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function trimPath(value: string): string {
  return value.length > 1 ? value.replace(/\/+$/, '') : value;
}

/** Reads `apps[i].guards`: `[{ path, access }]`, each path under one of the app's routes. */
export function readGuards(value: unknown, routes: string[], at: string, issues: Issues): RouteGuard[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    issues.push(`${at} must be an array of { path, access }`);
    return [];
  }
  return value.flatMap((item, i): RouteGuard[] => {
    const where = `${at}[${i}]`;
    if (!isRecord(item) || typeof item.path !== 'string' || typeof item.access !== 'string') {
      issues.push(`${where} must be { path, access }`);
      return [];
    }
    if (!PATH.test(item.path) || !routes.some((route) => isUnder(trimPath(item.path as string), route))) {
      issues.push(`${where}.path must be a path under the app's routes (got "${item.path}")`);
    }
    if (!ACCESS.test(item.access)) issues.push(`${where}.access must be "public", "signed-in" or a permission like "users:manage"`);
    return [{ path: trimPath(item.path), access: item.access }];
  });
}

/**
 * Reads the optional top-level `session` (`{ app?, loginPath?, accountPath?, adminPath?,
 * adminPermission? }`). Without it, an app named `user` is the session's home with default paths.
 */
export function readSession(value: unknown, apps: SubAppEntry[], issues: Issues): SessionConfig | undefined {
  if (value !== undefined && !isRecord(value)) {
    issues.push('manifest.session must be an object');
    return undefined;
  }
  const given = value ?? {};
  const name = typeof given.app === 'string' ? given.app : 'user';
  const app = apps.find((a) => a.name === name);
  if (!app) {
    if (value !== undefined) issues.push(`manifest.session.app "${name}" is not an app of the manifest`);
    return undefined;
  }
  const base = app.baseroute === '/' ? '' : app.baseroute;
  const path = (key: string, fallback: string): string => {
    const raw = given[key];
    if (raw === undefined) return fallback;
    if (typeof raw !== 'string' || !PATH.test(raw)) {
      issues.push(`manifest.session.${key} must be a path starting with "/"`);
      return fallback;
    }
    return trimPath(raw);
  };
  const adminPermission = typeof given.adminPermission === 'string' ? given.adminPermission : 'users:manage';
  return {
    app: name,
    bffUrl: app.bffUrl,
    loginPath: path('loginPath', `${base}/login`),
    accountPath: path('accountPath', base || '/'),
    adminPath: path('adminPath', `${base}/admin/users`),
    adminPermission,
  };
}
