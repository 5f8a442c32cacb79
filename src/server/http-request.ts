import type { IncomingMessage } from 'node:http';

/** Form posts are small; anything larger is refused before it is read. */
export const MAX_FORM_BYTES = 16 * 1024;

export class RequestTooLarge extends Error {}
export class UnsupportedBody extends Error {}

/** Reads an application/x-www-form-urlencoded body, at most MAX_FORM_BYTES. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  // Our forms post url-encoded; a body-less POST is read as an empty form.
  if (type && type !== 'application/x-www-form-urlencoded') throw new UnsupportedBody();
  if (Number(req.headers['content-length'] ?? 0) > MAX_FORM_BYTES) throw new RequestTooLarge();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new RequestTooLarge();
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The client's IP: the socket's, or behind a trusted proxy the last hop it added to X-Forwarded-For. */
export function clientIp(req: IncomingMessage, trustProxy: boolean): string {
  const forwarded = req.headers['x-forwarded-for'];
  if (trustProxy && typeof forwarded === 'string') {
    const hops = forwarded.split(',').map((h) => h.trim()).filter(Boolean);
    if (hops.length) return hops[hops.length - 1]!;
  }
  return req.socket.remoteAddress ?? 'unknown';
}

/**
 * CSRF defence for form posts. A browser says where a form came from:
 * Sec-Fetch-Site (which pages cannot forge), else Origin, else Referer. A post
 * from another site is refused; one with none of these (a mail client, curl)
 * is let through, since it carries no victim's browser state to abuse.
 */
export function sameOrigin(req: IncomingMessage, publicUrl: string): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined) return site === 'same-origin' || site === 'none';
  const allowed = new Set([new URL(publicUrl).origin]);
  const host = req.headers.host;
  if (host) allowed.add(`http://${host}`).add(`https://${host}`);
  const origin = req.headers.origin;
  if (origin !== undefined) return allowed.has(origin);
  const referer = req.headers.referer;
  if (referer !== undefined) {
    try {
      return allowed.has(new URL(referer).origin);
    } catch {
      return false;
    }
  }
  return true;
}
