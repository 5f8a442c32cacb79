import { createHmac } from 'node:crypto';

/** Standard Webhooks secrets: `whsec_` and the key in base64. */
export const SECRET_PREFIX = 'whsec_';

/** The key bytes of a `whsec_` secret. */
export function secretKey(secret: string): Buffer {
  return Buffer.from(secret.slice(SECRET_PREFIX.length), 'base64');
}

/** Why a configured secret is unusable, or null: the spec asks for 24 to 64 random bytes. */
export function secretProblem(secret: string): string | null {
  if (!secret.startsWith(SECRET_PREFIX)) return `must start with ${SECRET_PREFIX} (then the key in base64)`;
  const b64 = secret.slice(SECRET_PREFIX.length);
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(b64)) return `is not ${SECRET_PREFIX} followed by base64`;
  const n = secretKey(secret).length;
  return n < 24 || n > 64 ? `holds ${n} bytes; a key of 24 to 64 bytes is needed (e.g. ${SECRET_PREFIX}$(openssl rand -base64 32))` : null;
}

/**
 * The `webhook-signature` header value (Standard Webhooks, v1): base64 of
 * HMAC-SHA256 over `${id}.${timestamp}.${body}` with the secret's key.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  return `v1,${createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}
