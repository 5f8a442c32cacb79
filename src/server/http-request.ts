import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';

/** Form posts are small; anything larger is refused before it is read. */
export const MAX_FORM_BYTES = 16 * 1024;

/** Reads an application/x-www-form-urlencoded body, at most MAX_FORM_BYTES (413 past it, 415 for another type). */
export async function readForm(req: Request): Promise<URLSearchParams> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  // Our forms post url-encoded; a body-less POST is read as an empty form.
  if (type && type !== 'application/x-www-form-urlencoded') throw new HTTPException(415);
  return new URLSearchParams(new TextDecoder().decode(await readBody(req, MAX_FORM_BYTES)));
}

/** The body's bytes, refused with 413 as soon as it passes `limit` (the declared length is checked first). */
export async function readBody(req: Request, limit: number): Promise<Uint8Array> {
  if (Number(req.headers.get('content-length') ?? 0) > limit) throw new HTTPException(413, { message: `request body over ${limit} bytes` });
  if (!req.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of req.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.length;
    if (size > limit) throw new HTTPException(413, { message: `request body over ${limit} bytes` });
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * The client's IP: the socket's, or behind a trusted proxy the last hop it
 * added to X-Forwarded-For. A request handed to the app in-process has no socket.
 */
export function clientIp(c: Context, trustProxy: boolean): string {
  const forwarded = c.req.header('x-forwarded-for');
  if (trustProxy && forwarded !== undefined) {
    const hops = forwarded
      .split(',')
      .map((h) => h.trim())
      .filter(Boolean);
    if (hops.length) return hops[hops.length - 1]!;
  }
  return (c.env as Partial<HttpBindings> | undefined)?.incoming?.socket.remoteAddress ?? 'unknown';
}

/**
 * CSRF defence for form posts. A browser says where a form came from:
 * Sec-Fetch-Site (which pages cannot forge), else Origin, else Referer. A post
 * from another site is refused (403); one with none of these (a mail client,
 * curl) is let through, since it carries no victim's browser state to abuse.
 */
export function sameOriginOnly(publicUrl: string): MiddlewareHandler {
  return async (c, next) => {
    if (!sameOrigin(c.req.raw.headers, publicUrl)) throw new HTTPException(403, { message: 'cross-site form post refused' });
    await next();
  };
}

function sameOrigin(headers: Headers, publicUrl: string): boolean {
  const site = headers.get('sec-fetch-site');
  if (site !== null) return site === 'same-origin' || site === 'none';
  const allowed = new Set([new URL(publicUrl).origin]);
  const host = headers.get('host');
  if (host) allowed.add(`http://${host}`).add(`https://${host}`);
  const origin = headers.get('origin');
  if (origin !== null) return allowed.has(origin);
  const referer = headers.get('referer');
  if (referer !== null) {
    try {
      return allowed.has(new URL(referer).origin);
    } catch {
      return false;
    }
  }
  return true;
}
