import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import zlib from 'node:zlib';
import { DigestError } from '../domain/index.js';
import { guardedLookup, PrivateAddressRefused, type PrivateAddressPolicy } from './private-address.js';

export interface FetchOptions {
  /** Whole request, headers and body, per attempt. */
  timeoutMs?: number;
  /** Until the TCP/TLS connection is up. */
  connectTimeoutMs?: number;
  /** Decompressed body size limit. */
  maxBytes?: number;
  userAgent?: string;
  /** Extra request headers (conditional GET headers go here). */
  headers?: Record<string, string>;
  /** Attempts after the first, for timeouts, connection errors, 5xx, 429. */
  retries?: number;
  /** First backoff delay; doubled on each retry, with jitter. */
  backoffMs?: number;
  /** A Retry-After longer than this is not waited for: the fetch fails instead. */
  maxRetryAfterMs?: number;
  /** Runs each attempt, e.g. inside a concurrency slot; waits between attempts happen outside it. */
  schedule?: <T>(attempt: () => Promise<T>) => Promise<T>;
  /** Private addresses (loopback, RFC 1918, link-local...) the fetch may reach; by default none. */
  privateAddresses?: PrivateAddressPolicy;
  /** The first URL is the operator's own (a feed of their list, a URL they typed): only redirects are checked. */
  trustFirstUrl?: boolean;
}

export interface HttpResponse {
  status: number;
  /** Final URL after redirects. */
  url: string;
  headers: IncomingHttpHeaders;
  body: Uint8Array;
}

const DEFAULT_USER_AGENT = 'news-digest/0.1 (+https://github.com/news-digest/news-digest; feed reader)';
const MAX_REDIRECTS = 5;

/** Something worth trying again: a timeout, a reset, a 5xx, a 429. */
class Retryable extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null = null,
  ) {
    super(message);
  }
}

/**
 * GET with everything feeds in the wild need: redirects (at most 5, loops
 * detected), gzip/deflate/br, connect and total timeouts, a body size limit,
 * Retry-After on 429/503, retries with exponential backoff. Every hop but a
 * trusted first one is refused when it would connect into a private network
 * (see guardedLookup). Resolves for 2xx and 304; everything else becomes a
 * DigestError('FEED_FETCH') naming the URL.
 */
export async function httpGet(url: string, accept: string, opts: FetchOptions = {}): Promise<HttpResponse> {
  const retries = opts.retries ?? 2;
  const schedule = opts.schedule ?? ((f) => f());
  for (let attempt = 0; ; attempt++) {
    try {
      return await schedule(() => followRedirects(url, accept, opts));
    } catch (e) {
      if (!(e instanceof Retryable)) throw e;
      const maxWait = opts.maxRetryAfterMs ?? 60_000;
      if (attempt >= retries || (e.retryAfterMs !== null && e.retryAfterMs > maxWait)) {
        const later = e.retryAfterMs !== null ? ` (server asks to retry after ${Math.ceil(e.retryAfterMs / 1000)} s)` : '';
        throw new DigestError('FEED_FETCH', `${e.message}${later}, gave up after ${attempt + 1} attempt${attempt ? 's' : ''}`, { url });
      }
      const backoff = (opts.backoffMs ?? 500) * 2 ** attempt * (0.75 + Math.random() / 2);
      await sleep(e.retryAfterMs ?? backoff);
    }
  }
}

async function followRedirects(url: string, accept: string, opts: FetchOptions): Promise<HttpResponse> {
  const visited = new Set<string>();
  let current = url;
  for (let hop = 0; ; hop++) {
    visited.add(current);
    const res = await requestOnce(current, accept, opts, hop > 0 || !opts.trustFirstUrl);
    if (res.location === null) return { status: res.status, url: current, headers: res.headers, body: res.body };
    let next: string;
    try {
      next = new URL(res.location, current).href;
    } catch {
      throw new DigestError('FEED_FETCH', `HTTP ${res.status} to an invalid Location: ${res.location.slice(0, 200)}`, { url });
    }
    if (visited.has(next)) throw new DigestError('FEED_FETCH', `redirect loop (${res.status} back to ${next})`, { url });
    if (hop + 1 > MAX_REDIRECTS) throw new DigestError('FEED_FETCH', `more than ${MAX_REDIRECTS} redirects`, { url });
    current = next;
  }
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Uint8Array;
  /** Set for a redirect. */
  location: string | null;
}

function requestOnce(url: string, accept: string, opts: FetchOptions, guarded: boolean): Promise<RawResponse> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.reject(new DigestError('FEED_FETCH', 'not a valid URL', { url }));
  }
  if (target.protocol !== 'http:' && target.protocol !== 'https:') {
    return Promise.reject(new DigestError('FEED_FETCH', `unsupported scheme ${target.protocol}`, { url }));
  }
  const timeoutMs = opts.timeoutMs ?? 20_000;
  const connectTimeoutMs = opts.connectTimeoutMs ?? Math.min(10_000, timeoutMs);
  const maxBytes = opts.maxBytes ?? 10 * 1024 * 1024;
  const lib = target.protocol === 'https:' ? https : http;
  let lookup: ReturnType<typeof guardedLookup> = null;
  try {
    lookup = guarded ? guardedLookup(target, opts.privateAddresses ?? {}) : null;
  } catch (e) {
    return Promise.reject(new DigestError('FEED_FETCH', (e as Error).message, { url }));
  }
  return new Promise<RawResponse>((resolve, reject) => {
    let settled = false;
    const finish = (err: Error | null, value?: RawResponse) => {
      if (settled) return;
      settled = true;
      clearTimeout(total);
      clearTimeout(connect);
      if (err) {
        req.destroy();
        reject(err);
      } else resolve(value!);
    };
    const req = lib.get(target, {
      headers: {
        'user-agent': opts.userAgent ?? DEFAULT_USER_AGENT,
        accept,
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': '*',
        ...opts.headers,
      },
      // A checked connection gets its own socket: a pooled one may have been opened unchecked.
      ...(lookup && { lookup, agent: false }),
    });
    const total = setTimeout(() => finish(new Retryable(`timed out after ${timeoutMs} ms`)), timeoutMs);
    const connect = setTimeout(() => finish(new Retryable(`could not connect within ${connectTimeoutMs} ms`)), connectTimeoutMs);
    req.on('socket', (socket) => {
      if (!socket.connecting) clearTimeout(connect);
      else socket.once(target.protocol === 'https:' ? 'secureConnect' : 'connect', () => clearTimeout(connect));
    });
    req.on('error', (e: NodeJS.ErrnoException) => {
      if (e instanceof PrivateAddressRefused) return finish(new DigestError('FEED_FETCH', e.message, { url }));
      const permanent = e.code === 'ENOTFOUND' || e.code === 'ERR_INVALID_URL' || e.code?.startsWith('ERR_TLS') || e.code?.includes('CERT');
      finish(
        permanent ? new DigestError('FEED_FETCH', `${e.code ?? 'error'}: ${e.message}`, { url }) : new Retryable(`${e.code ?? 'network error'}: ${e.message}`),
      );
    });
    req.on('response', (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location;
      if (status >= 300 && status < 400 && status !== 304) {
        res.resume();
        if (!location) return finish(new DigestError('FEED_FETCH', `HTTP ${status} without a Location header`, { url }));
        return finish(null, { status, headers: res.headers, body: new Uint8Array(0), location });
      }
      if (status === 429 || status === 503) {
        res.resume();
        return finish(new Retryable(`HTTP ${status}`, retryAfterMs(res.headers['retry-after'])));
      }
      if (status >= 500) {
        res.resume();
        return finish(new Retryable(`HTTP ${status}`));
      }
      if (status !== 304 && (status < 200 || status >= 300)) {
        res.resume();
        return finish(new DigestError('FEED_FETCH', `HTTP ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`, { url }));
      }
      const declared = Number(res.headers['content-length']);
      if (declared > maxBytes) {
        res.resume();
        return finish(new DigestError('FEED_FETCH', `body of ${declared} bytes exceeds the limit of ${maxBytes}`, { url }));
      }
      const tooBig = () => new DigestError('FEED_FETCH', `body exceeds the limit of ${maxBytes} bytes`, { url });
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) {
          // Settle first: destroying the response emits 'aborted', which would read as a retryable cut.
          finish(tooBig());
          res.destroy();
        } else chunks.push(chunk);
      });
      res.on('aborted', () => finish(new Retryable('connection closed mid-body')));
      res.on('error', (e) => finish(new Retryable(`connection error mid-body: ${e.message}`)));
      res.on('end', () => {
        const encoding = (res.headers['content-encoding'] ?? '').trim().toLowerCase();
        decompress(Buffer.concat(chunks), encoding, maxBytes).then(
          (body) => finish(null, { status, headers: res.headers, body, location: null }),
          (e: NodeJS.ErrnoException) =>
            finish(e.code === 'ERR_BUFFER_TOO_LARGE' ? tooBig() : new DigestError('FEED_FETCH', `cannot decode the ${encoding} body: ${e.message}`, { url })),
        );
      });
    });
  });
}

/**
 * Decompresses a whole body, stopping at `maxBytes` of output (a small gzip
 * can hold gigabytes). "deflate" is zlib-wrapped by the standard and raw from
 * some servers: the first byte tells them apart.
 */
function decompress(raw: Buffer, encoding: string, maxBytes: number): Promise<Buffer> {
  // A 304 or an empty 200 may still name an encoding: there is nothing to decode.
  if (raw.length === 0) return Promise.resolve(raw);
  const opts = { maxOutputLength: maxBytes };
  const run = (f: (b: Buffer, o: zlib.ZlibOptions, cb: (e: Error | null, r: Buffer) => void) => void) =>
    new Promise<Buffer>((resolve, reject) => f(raw, opts, (e, r) => (e ? reject(e) : resolve(r))));
  if (encoding === 'gzip' || encoding === 'x-gzip') return run(zlib.gunzip);
  if (encoding === 'deflate') return run((raw[0]! & 0x0f) === 8 ? zlib.inflate : zlib.inflateRaw);
  if (encoding === 'br') {
    return new Promise((resolve, reject) => zlib.brotliDecompress(raw, opts, (e, r) => (e ? reject(e) : resolve(r))));
  }
  return Promise.resolve(raw);
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
function retryAfterMs(value: string | undefined, now = Date.now()): number | null {
  if (!value) return null;
  if (/^\s*\d+\s*$/.test(value)) return Number(value) * 1000;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : Math.max(0, t - now);
}
