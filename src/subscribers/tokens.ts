import { createHmac, timingSafeEqual } from 'node:crypto';
import { DigestError } from '../domain/errors.js';

export const TOKEN_PURPOSES = ['confirm', 'unsubscribe', 'preferences'] as const;
export type TokenPurpose = (typeof TOKEN_PURPOSES)[number];

export interface TokenClaims {
  purpose: TokenPurpose;
  /** The subscriber's id. */
  sub: number;
  /** Expiry, seconds since the epoch. */
  exp: number;
}

/** `<payload>.<signature>`, both base64url; HMAC-SHA256 over the payload with the secret. */
export function signToken(claims: TokenClaims, secret: string): string {
  const payload = Buffer.from(`${claims.purpose}.${claims.sub}.${claims.exp}`).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

/** Checks signature, purpose and expiry; throws TOKEN_INVALID naming which failed. */
export function verifyToken(token: string, purpose: TokenPurpose, secret: string, nowSeconds: number): TokenClaims {
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 200) {
    throw new DigestError('TOKEN_INVALID', 'malformed token');
  }
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    throw new DigestError('TOKEN_INVALID', 'token signature does not match');
  }
  const [p, sub, exp] = Buffer.from(payload, 'base64url').toString().split('.');
  if (p !== purpose) throw new DigestError('TOKEN_INVALID', `token is for "${p}", not "${purpose}"`);
  const claims = { purpose, sub: Number(sub), exp: Number(exp) };
  if (!Number.isInteger(claims.sub) || !Number.isFinite(claims.exp)) throw new DigestError('TOKEN_INVALID', 'malformed token');
  if (claims.exp < nowSeconds) throw new DigestError('TOKEN_INVALID', 'token has expired');
  return claims;
}

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}
