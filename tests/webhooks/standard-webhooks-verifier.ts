import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';

/** How far a call's timestamp may be from the receiver's clock (the spec's suggestion: five minutes). */
const TOLERANCE_SECONDS = 5 * 60;

/**
 * A receiver's check, written from the Standard Webhooks specification alone:
 * the secret is `whsec_` + base64 key; the signed content is
 * `${webhook-id}.${webhook-timestamp}.${body}`; `webhook-signature` is a
 * space-separated list of `v1,<base64 HMAC-SHA256>`; any matching one
 * passes; a timestamp outside the tolerance fails (replay).
 */
export function verifyStandardWebhook(secret: string, headers: IncomingHttpHeaders | Record<string, string>, body: string, nowSeconds: number): boolean {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (typeof id !== 'string' || typeof timestamp !== 'string' || typeof signatures !== 'string') return false;
  if (!/^\d+$/.test(timestamp) || Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) return false;
  if (!secret.startsWith('whsec_')) return false;
  const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return signatures.split(' ').some((entry) => {
    const [version, value] = entry.split(',', 2);
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
