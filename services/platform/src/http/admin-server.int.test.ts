import { describe, expect, it } from 'vitest';
import { startAdminServer } from './admin-server.js';

describe('startAdminServer', () => {
  it('serves /healthz, /readyz by the ready check, /metrics and 404', async () => {
    let ready = true;
    const admin = await startAdminServer({ port: 0, host: '127.0.0.1', version: '1.2.3', ready: async () => ready });
    const base = `http://127.0.0.1:${admin.port}`;
    try {
      const health = await fetch(`${base}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok', version: '1.2.3', uptimeSeconds: expect.any(Number) });
      expect((await fetch(`${base}/readyz`)).status).toBe(200);
      ready = false;
      expect((await fetch(`${base}/readyz`)).status).toBe(503);
      expect((await fetch(`${base}/metrics`)).headers.get('content-type')).toContain('text/plain');
      expect((await fetch(`${base}/nope`)).status).toBe(404);
      expect((await fetch(`${base}/healthz`, { method: 'POST' })).status).toBe(405);
    } finally {
      await admin.stop();
    }
  });

  it('is not ready when the check throws', async () => {
    const admin = await startAdminServer({
      port: 0,
      host: '127.0.0.1',
      version: 'x',
      ready: () => Promise.reject(new Error('db down')),
    });
    try {
      const response = await fetch(`http://127.0.0.1:${admin.port}/readyz`);
      expect(response.status).toBe(503);
      expect(await response.text()).not.toContain('db down');
    } finally {
      await admin.stop();
    }
  });

  it('binds loopback when no host is given', async () => {
    const admin = await startAdminServer({ port: 0, version: 'x', ready: async () => true });
    try {
      expect(admin.address).toBe('127.0.0.1');
    } finally {
      await admin.stop();
    }
  });

  it('requires the bearer token on /metrics when one is configured (health stays open)', async () => {
    const token = 'metrics-token-0123456789';
    const admin = await startAdminServer({ port: 0, version: 'x', ready: async () => true, metricsToken: token });
    const url = `http://127.0.0.1:${admin.port}/metrics`;
    try {
      const anonymous = await fetch(url);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toContain('Bearer');
      expect(await anonymous.text()).not.toContain('process_cpu');
      expect((await fetch(url, { headers: { authorization: 'Bearer wrong-token-0123456789' } })).status).toBe(401);
      const allowed = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      expect(allowed.status).toBe(200);
      expect(await allowed.text()).toContain('process_cpu_seconds_total');
      expect((await fetch(`http://127.0.0.1:${admin.port}/healthz`)).status).toBe(200);
    } finally {
      await admin.stop();
    }
  });
});
