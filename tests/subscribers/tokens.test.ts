import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/errors.js';
import { newTokenNonce, signToken, tokenFingerprint, verifyToken } from '../../src/subscribers/index.js';

const SECRET = 'unit-test-secret-0123456789abcdef';
const NOW = 1_800_000_000;

function rejects(fn: () => unknown, message: RegExp, code: DigestError['code'] = 'TOKEN_INVALID'): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DigestError);
    expect((e as DigestError).code).toBe(code);
    expect((e as DigestError).message).toMatch(message);
    return;
  }
  throw new Error('token was accepted');
}

describe('signed tokens', () => {
  it('round-trips purpose, reader and expiry, with and without a nonce', () => {
    const plain = signToken({ purpose: 'unsubscribe', sub: 42, exp: NOW + 60 }, SECRET);
    expect(verifyToken(plain, 'unsubscribe', SECRET, NOW)).toEqual({ purpose: 'unsubscribe', sub: 42, exp: NOW + 60 });
    const jti = newTokenNonce();
    const nonced = signToken({ purpose: 'confirm', sub: 7, exp: NOW + 60, jti }, SECRET);
    expect(verifyToken(nonced, 'confirm', SECRET, NOW)).toEqual({ purpose: 'confirm', sub: 7, exp: NOW + 60, jti });
    expect(nonced).toMatch(/^[\w-]+\.[\w-]{43}$/);
  });

  it('two tokens issued in the same second differ by their nonce', () => {
    const a = signToken({ purpose: 'confirm', sub: 1, exp: NOW, jti: newTokenNonce() }, SECRET);
    const b = signToken({ purpose: 'confirm', sub: 1, exp: NOW, jti: newTokenNonce() }, SECRET);
    expect(a).not.toBe(b);
    expect(tokenFingerprint(a)).not.toBe(tokenFingerprint(b));
  });

  it('refuses a token signed with another secret', () => {
    rejects(() => verifyToken(signToken({ purpose: 'confirm', sub: 1, exp: NOW + 60 }, 'another-secret-entirely-000000'), 'confirm', SECRET, NOW), /signature/);
  });

  it('refuses a payload changed under a valid signature', () => {
    const [, sig] = signToken({ purpose: 'confirm', sub: 1, exp: NOW + 60 }, SECRET).split('.');
    const payload = Buffer.from(`confirm.2.${NOW + 60}`).toString('base64url');
    rejects(() => verifyToken(`${payload}.${sig}`, 'confirm', SECRET, NOW), /signature/);
    const longer = Buffer.from(`confirm.1.${NOW + 999_999}`).toString('base64url');
    rejects(() => verifyToken(`${longer}.${sig}`, 'confirm', SECRET, NOW), /signature/);
  });

  it('refuses a token for another purpose', () => {
    const t = signToken({ purpose: 'preferences', sub: 1, exp: NOW + 60 }, SECRET);
    rejects(() => verifyToken(t, 'unsubscribe', SECRET, NOW), /"preferences", not "unsubscribe"/);
  });

  it('refuses an expired token, and accepts it up to its last second', () => {
    const t = signToken({ purpose: 'confirm', sub: 1, exp: NOW }, SECRET);
    expect(verifyToken(t, 'confirm', SECRET, NOW).sub).toBe(1);
    rejects(() => verifyToken(t, 'confirm', SECRET, NOW + 1), /expired/, 'TOKEN_EXPIRED');
  });

  it('refuses malformed and oversized tokens', () => {
    for (const t of ['', 'abc', 'a.b.c', '.', `${'a'.repeat(150)}.${'b'.repeat(60)}`])
      rejects(() => verifyToken(t, 'confirm', SECRET, NOW), /malformed|signature/);
    // Well signed, but the payload has too many fields.
    const payload = Buffer.from(`confirm.1.${NOW + 60}.nonce.extra`).toString('base64url');
    const sig = createHmac('sha256', SECRET).update(payload).digest('base64url');
    rejects(() => verifyToken(`${payload}.${sig}`, 'confirm', SECRET, NOW), /malformed/);
  });

  it('the stored fingerprint does not reveal the token', () => {
    const t = signToken({ purpose: 'confirm', sub: 1, exp: NOW + 60 }, SECRET);
    const f = tokenFingerprint(t);
    expect(f).toBe(tokenFingerprint(t));
    expect(f).not.toContain(t.split('.')[0]!);
    expect(f).not.toContain(t.split('.')[1]!);
  });
});
