import { describe, expect, it } from 'vitest';
import { CONCURRENT_REFRESH_GRACE_MS, decideRefresh, hashRefreshToken, isWellFormedRefreshToken, issueRefreshToken } from './refresh-token.js';

const now = new Date('2026-12-01T12:00:00Z');
const later = (ms: number) => new Date(now.getTime() + ms);
const fresh = { familyId: 'f1', usedAt: null, revokedAt: null, expiresAt: later(60_000) };

describe('refresh tokens', () => {
  it('issues unguessable well-formed tokens and stores only their hash', () => {
    const a = issueRefreshToken();
    const b = issueRefreshToken();
    expect(a.token).not.toBe(b.token);
    expect(isWellFormedRefreshToken(a.token)).toBe(true);
    expect(a.hash).toBe(hashRefreshToken(a.token));
    expect(a.hash).not.toContain(a.token);
    for (const bad of ['', 'short', `${a.token}x`, a.token.replace(/.$/, '='), `${a.token.slice(1)}.`]) {
      expect(isWellFormedRefreshToken(bad)).toBe(false);
    }
  });

  it('rotates an unused, unexpired token within its family', () => {
    expect(decideRefresh(fresh, now)).toEqual({ action: 'rotate', familyId: 'f1' });
  });

  it('revokes the whole family when a used token comes back', () => {
    const used = { ...fresh, usedAt: later(-CONCURRENT_REFRESH_GRACE_MS - 1) };
    expect(decideRefresh(used, now)).toEqual({ action: 'revoke-family', familyId: 'f1', reason: 'reuse' });
  });

  it('refreshes again, without revoking, a token used moments ago (two tabs, or an interrupted refresh)', () => {
    expect(decideRefresh({ ...fresh, usedAt: later(-100) }, now)).toEqual({ action: 'rotate', familyId: 'f1', concurrent: true });
    expect(decideRefresh({ ...fresh, usedAt: later(-CONCURRENT_REFRESH_GRACE_MS + 1) }, now)).toMatchObject({ concurrent: true });
  });

  it('refuses unknown, expired and revoked tokens', () => {
    expect(decideRefresh(undefined, now)).toEqual({ action: 'reject', reason: 'unknown' });
    expect(decideRefresh({ ...fresh, expiresAt: now }, now)).toEqual({ action: 'reject', reason: 'expired' });
    expect(decideRefresh({ ...fresh, revokedAt: later(-1), usedAt: later(-1) }, now)).toEqual({ action: 'reject', reason: 'revoked' });
  });
});
