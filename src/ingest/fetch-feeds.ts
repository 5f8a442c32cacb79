import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { DigestError, toDigestError, type Feed, type FeedSource } from '../domain/index.js';
import { ConcurrencyLimiter } from './concurrency-limiter.js';
import { httpGet, type FetchOptions } from './http-client.js';
import { parseFeed } from './parse-feed.js';

export interface FeedHttpState {
  etag: string | null;
  lastModified: string | null;
}

/** Implemented by the store module, injected by the pipeline. */
export interface FeedStateStore {
  get(url: string): Promise<FeedHttpState | null>;
  put(
    url: string,
    state: FeedHttpState & { status: 'ok' | 'not-modified' | 'error'; error: string | null; fetchedAt: string; itemCount: number },
  ): Promise<void>;
}

export interface FetchedFeed {
  source: FeedSource;
  status: 'ok' | 'not-modified' | 'error';
  feed: Feed | null;
  error: DigestError | null;
}

export interface FetchFeedsOptions extends Omit<FetchOptions, 'headers' | 'schedule' | 'trustFirstUrl'> {
  state?: FeedStateStore;
  /** Relative paths and file: URLs in the list are local files resolved against this folder (default: the working directory). */
  baseDir?: string;
  onProgress?: (done: number, total: number, last: FetchedFeed) => void;
  /** Requests in flight at once (default 16). */
  concurrency?: number;
  /** Requests in flight to one host (default 2). */
  perHost?: number;
  /** The clock (tests pin it). */
  now?: () => Date;
}

/** What feed servers should answer with, in order of preference. */
const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.5, */*;q=0.1';

/**
 * Fetches and parses every feed of the list, within the concurrency limits.
 * Conditional GET with the stored ETag / Last-Modified: a 304 is not parsed.
 * One failing feed never stops the others; results come in the order of `sources`.
 */
export async function fetchFeeds(sources: FeedSource[], opts: FetchFeedsOptions = {}): Promise<FetchedFeed[]> {
  const limiter = new ConcurrencyLimiter(Math.max(1, opts.concurrency ?? 16), Math.max(1, opts.perHost ?? 2));
  let done = 0;
  return Promise.all(
    sources.map(async (source) => {
      const result = await fetchOne(source, opts, limiter).catch((e: unknown): FetchedFeed => ({
        source,
        status: 'error',
        feed: null,
        error: toDigestError(e, 'FEED_FETCH', { url: source.url }),
      }));
      opts.onProgress?.(++done, sources.length, result);
      return result;
    }),
  );
}

async function fetchOne(source: FeedSource, opts: FetchFeedsOptions, limiter: ConcurrencyLimiter): Promise<FetchedFeed> {
  const now = opts.now ?? (() => new Date());
  const local = localPath(source.url, opts.baseDir);
  if (local !== null) {
    const bytes = await readFile(local).catch((e: NodeJS.ErrnoException) => {
      throw new DigestError('FEED_FETCH', `cannot read the file: ${e.code ?? e.message}`, { url: source.url, file: local });
    });
    const feed = await parseFeed(bytes, { url: pathToFileURL(local).href, now: now(), maxBytes: opts.maxBytes });
    return { source, status: 'ok', feed, error: null };
  }
  const previous = (await opts.state?.get(source.url)) ?? null;
  const headers: Record<string, string> = {};
  if (previous?.etag) headers['if-none-match'] = previous.etag;
  if (previous?.lastModified) headers['if-modified-since'] = previous.lastModified;
  const host = hostOf(source.url);
  const save = async (r: FetchedFeed, state: FeedHttpState) => {
    await opts.state?.put(source.url, {
      ...state,
      status: r.status,
      error: r.error ? r.error.message : null,
      fetchedAt: now().toISOString(),
      itemCount: r.feed?.items.length ?? 0,
    });
    return r;
  };
  let result: FetchedFeed;
  let state: FeedHttpState = previous ?? { etag: null, lastModified: null };
  try {
    // The list is the operator's: its URLs are fetched as written, their redirects are checked.
    const res = await httpGet(source.url, FEED_ACCEPT, { ...opts, headers, trustFirstUrl: true, schedule: (attempt) => limiter.run(host, attempt) });
    if (res.status === 304) {
      result = { source, status: 'not-modified', feed: null, error: null };
    } else {
      const feed = await parseFeed(res.body, { url: res.url, headers: res.headers, now: now(), maxBytes: opts.maxBytes });
      result = { source, status: 'ok', feed, error: null };
      state = { etag: header(res.headers.etag), lastModified: header(res.headers['last-modified']) };
    }
  } catch (e) {
    // Keep the validators of the last good fetch: the next run can still get a 304.
    result = { source, status: 'error', feed: null, error: toDigestError(e, 'FEED_FETCH', { url: source.url }) };
  }
  return save(result, state);
}

function header(v: string | string[] | undefined): string | null {
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

/** The local file a list entry names (a relative path or a file: URL), or null for http(s). */
function localPath(url: string, baseDir = process.cwd()): string | null {
  if (/^https?:\/\//i.test(url)) return null;
  if (/^file:/i.test(url)) return fileURLToPath(url);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return null;
  return path.resolve(baseDir, url);
}
