import type { MiddlewareHandler } from 'hono';
import type { SafeHtml } from './html.js';

/** What a page handler answers; `respond` makes it a Response and the app adds the security headers. */
export interface Reply {
  status: number;
  /** HTML page, plain text for machines (healthz), the bytes of an image, a feed. */
  body: SafeHtml | string | Uint8Array;
  type?: keyof typeof TYPES;
  /** A page that shows an edition's own HTML (inline styles, remote images). */
  archive?: boolean;
  headers?: Record<string, string>;
}

const PAGE_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";
// Mail HTML carries inline styles and remote images, but never scripts, forms or frames.
const ARCHIVE_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; font-src https:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES = {
  html: 'text/html; charset=utf-8',
  text: 'text/plain; charset=utf-8',
  css: 'text/css; charset=utf-8',
  icon: 'image/x-icon',
  json: 'application/json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
  feedJson: 'application/feed+json; charset=utf-8',
} as const;

export function respond(reply: Reply): Response {
  const body = reply.body instanceof Uint8Array ? reply.body : String(reply.body);
  // Response takes bytes backed by a plain ArrayBuffer, which ours are.
  return new Response(body as string | Uint8Array<ArrayBuffer>, {
    status: reply.status,
    headers: {
      'Content-Type': TYPES[reply.type ?? 'html'],
      'Content-Length': String(typeof body === 'string' ? Buffer.byteLength(body) : body.length),
      'Content-Security-Policy': reply.archive ? ARCHIVE_CSP : PAGE_CSP,
      ...reply.headers,
    },
  });
}

/** Every answer, error pages included: no framing, no sniffing, no Referer to other sites, no caching. */
export function securityHeaders(https: boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const h = c.res.headers;
    if (!h.has('Content-Security-Policy')) h.set('Content-Security-Policy', PAGE_CSP);
    h.set('X-Frame-Options', 'DENY');
    h.set('X-Content-Type-Options', 'nosniff');
    // Token links must never leak to another site through Referer; same-origin
    // (not no-referrer) so the browser still sends a real Origin on our form posts.
    h.set('Referrer-Policy', 'same-origin');
    h.set('Cross-Origin-Opener-Policy', 'same-origin');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
    if (!h.has('Cache-Control')) h.set('Cache-Control', 'no-store');
    if (https) h.set('Strict-Transport-Security', 'max-age=31536000');
  };
}
