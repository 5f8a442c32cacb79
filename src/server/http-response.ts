import type { ServerResponse } from 'node:http';
import type { SafeHtml } from './html.js';
import { PAGE_STYLE_HASH } from './page-layout.js';

/** What a route answers; the server adds the security headers. */
export interface Reply {
  status: number;
  /** HTML page, plain text for machines (healthz), or the bytes of an image. */
  body: SafeHtml | string | Uint8Array;
  type?: keyof typeof TYPES;
  /** A page that shows an edition's own HTML (inline styles, remote images). */
  archive?: boolean;
  headers?: Record<string, string>;
}

const PAGE_CSP = `default-src 'none'; style-src ${PAGE_STYLE_HASH}; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;
// Mail HTML carries inline styles and remote images, but never scripts, forms or frames.
const ARCHIVE_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src https: data:; font-src https:; form-action 'none'; base-uri 'none'; frame-ancestors 'none'";

const TYPES = { html: 'text/html; charset=utf-8', text: 'text/plain; charset=utf-8', icon: 'image/x-icon' } as const;

export function writeReply(res: ServerResponse, reply: Reply, opts: { https: boolean; head: boolean }): void {
  const body = reply.body instanceof Uint8Array ? reply.body : String(reply.body);
  res.writeHead(reply.status, {
    'Content-Type': TYPES[reply.type ?? 'html'],
    'Content-Length': Buffer.byteLength(body),
    'Content-Security-Policy': reply.archive ? ARCHIVE_CSP : PAGE_CSP,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    // Token links must never leak to another site through Referer; same-origin
    // (not no-referrer) so the browser still sends a real Origin on our form posts.
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
    'Cache-Control': 'no-store',
    ...(opts.https && { 'Strict-Transport-Security': 'max-age=31536000' }),
    ...reply.headers,
  });
  res.end(opts.head ? undefined : body);
}
