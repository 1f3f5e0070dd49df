// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { trackLocation } from './browser-location.js';

describe('trackLocation', () => {
  it('follows the URL when a sub-app navigates inside itself (micro-app router guard), not only on shell navigations', () => {
    const hooks: Array<() => void> = [];
    const guards: Array<() => void> = [];
    const listeners: Array<() => void> = [];
    const win = { location: { pathname: '/cart', search: '', hash: '' }, addEventListener: (_type: string, listener: () => void) => void listeners.push(listener) };
    const location = trackLocation({
      shellRouter: { afterEach: (hook) => hooks.push(hook) },
      subAppRouter: { beforeEach: (guard) => guards.push(guard) },
      win: win as unknown as Window,
    });
    expect(location.value).toEqual({ path: '/cart', fullPath: '/cart' });
    Object.assign(win.location, { pathname: '/checkout', search: '?step=1' }); // the order app's own router moved; the shell router did not
    guards.forEach((guard) => guard());
    expect(location.value).toEqual({ path: '/checkout', fullPath: '/checkout?step=1' });
    Object.assign(win.location, { pathname: '/catalog', search: '' });
    hooks.forEach((hook) => hook());
    expect(location.value.path).toBe('/catalog');
    Object.assign(win.location, { pathname: '/cart' });
    listeners.forEach((listener) => listener()); // back
    expect(location.value.path).toBe('/cart');
  });
});
