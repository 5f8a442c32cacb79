import zlib from 'node:zlib';
import type { ServerResponse } from 'node:http';
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { fetchFeeds, fetchPage, type FeedHttpState, type FeedStateStore } from '../../src/ingest/index.js';
import type { FeedSource } from '../../src/domain/index.js';
import { rss, startServer, type LocalServer } from '../helpers/local-server.js';

const source = (url: string, name = url): FeedSource => ({ url, name, tags: [] });
/** The test server is on loopback, which redirects and article links may not reach by default. */
const LOOPBACK_ALLOWED = { privateAddresses: { allowHosts: ['127.0.0.1'] } };
const FEED = rss('Good feed', [{ title: 'One', link: 'https://example.org/1', guid: 'g1', date: 'Tue, 10 Jun 2003 04:00:00 GMT' }]);

/** The store contract, kept in memory. */
class MemoryStateStore implements FeedStateStore {
  readonly rows = new Map<string, FeedHttpState & { status: string; error: string | null; itemCount: number }>();
  async get(url: string) {
    const r = this.rows.get(url);
    return r ? { etag: r.etag, lastModified: r.lastModified } : null;
  }
  async put(url: string, state: FeedHttpState & { status: 'ok' | 'not-modified' | 'error'; error: string | null; fetchedAt: string; itemCount: number }) {
    this.rows.set(url, state);
  }
}

let server: LocalServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

describe('fetchFeeds against a local HTTP server', () => {
  it('does a conditional GET on the second run and does not parse a 304', async () => {
    server = await startServer({
      '/feed': (req, res) => {
        if (req.headers['if-none-match'] === '"v1"' && req.headers['if-modified-since'] === 'Tue, 10 Jun 2003 04:00:00 GMT') {
          res.writeHead(304, { 'content-encoding': 'gzip', etag: '"v1"' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml', etag: '"v1"', 'last-modified': 'Tue, 10 Jun 2003 04:00:00 GMT' });
        res.end(FEED);
      },
    });
    const state = new MemoryStateStore();
    const first = await fetchFeeds([source(server.url('/feed'))], { state });
    expect(first[0]!.status).toBe('ok');
    expect(first[0]!.feed!.items.map((i) => i.id)).toEqual(['g1']);
    expect(state.rows.get(server.url('/feed'))).toMatchObject({ etag: '"v1"', status: 'ok', itemCount: 1 });

    const second = await fetchFeeds([source(server.url('/feed'))], { state });
    expect(second[0]).toMatchObject({ status: 'not-modified', feed: null, error: null });
    expect(state.rows.get(server.url('/feed'))).toMatchObject({ etag: '"v1"', status: 'not-modified' });
    expect(server.hits.get('/feed')).toHaveLength(2);
  });

  it('sends a real User-Agent, an Accept header for feeds and accepts compressed bodies', async () => {
    server = await startServer({
      '/feed': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(FEED));
      },
    });
    const [r] = await fetchFeeds([source(server.url('/feed'))]);
    expect(r!.status).toBe('ok');
    expect(r!.feed!.title).toBe('Good feed');
    const headers = server.hits.get('/feed')![0]!;
    expect(headers['user-agent']).toMatch(/news-digest/);
    expect(headers['accept']).toMatch(/application\/rss\+xml/);
    expect(headers['accept-encoding']).toMatch(/gzip/);
  });

  it.each([
    ['br', (b: string) => zlib.brotliCompressSync(b)],
    ['deflate', (b: string) => zlib.deflateSync(b)],
    ['deflate', (b: string) => zlib.deflateRawSync(b)],
  ])('decodes a %s body', async (encoding, compress) => {
    server = await startServer({
      '/feed': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': encoding });
        res.end(compress(FEED));
      },
    });
    const [r] = await fetchFeeds([source(server.url('/feed'))]);
    expect(r!.feed?.items[0]?.title).toBe('One');
  });

  it('gives up on a server that does not answer within the timeout', async () => {
    server = await startServer({ '/slow': () => {} });
    const [r] = await fetchFeeds([source(server.url('/slow'))], { timeoutMs: 300, retries: 0 });
    expect(r!.status).toBe('error');
    expect(r!.error!.code).toBe('FEED_FETCH');
    expect(r!.error!.message).toMatch(/timed out after 300 ms/);
  });

  it('retries a timeout before giving up', async () => {
    server = await startServer({ '/slow': () => {} });
    const [r] = await fetchFeeds([source(server.url('/slow'))], { timeoutMs: 200, retries: 1, backoffMs: 10 });
    expect(r!.error!.message).toMatch(/2 attempts/);
    expect(server.hits.get('/slow')).toHaveLength(2);
  });

  it('refuses a body over the size limit, declared or streamed', async () => {
    const big = rss('Big', [{ title: 'x'.repeat(5000), link: 'https://example.org/x' }]);
    server = await startServer({
      '/declared': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-length': String(Buffer.byteLength(big)) });
        res.end(big);
      },
      '/chunked': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' });
        res.end(zlib.gzipSync(big));
      },
    });
    const results = await fetchFeeds([source(server.url('/declared')), source(server.url('/chunked'))], { maxBytes: 1000 });
    for (const r of results) {
      expect(r.status).toBe('error');
      expect(r.error!.message).toMatch(/limit of 1000/);
    }
  });

  it('detects a redirect loop and follows ordinary redirects', async () => {
    server = await startServer({
      '/a': (_req, res) => {
        res.writeHead(301, { location: '/b' });
        res.end();
      },
      '/b': (_req, res) => {
        res.writeHead(302, { location: '/a' });
        res.end();
      },
      '/moved': (_req, res) => {
        res.writeHead(308, { location: '/feed' });
        res.end();
      },
      '/feed': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(FEED);
      },
    });
    const [loop, moved] = await fetchFeeds([source(server.url('/a')), source(server.url('/moved'))], LOOPBACK_ALLOWED);
    expect(loop!.error!.message).toMatch(/redirect loop/);
    expect(moved!.status).toBe('ok');
  });

  it('stops after five redirects', async () => {
    const routes: Record<string, (req: unknown, res: ServerResponse) => void> = {};
    for (let i = 0; i < 8; i++) {
      routes[`/r${i}`] = (_req, res) => {
        res.writeHead(302, { location: `/r${i + 1}` });
        res.end();
      };
    }
    server = await startServer(routes);
    const [r] = await fetchFeeds([source(server.url('/r0'))], LOOPBACK_ALLOWED);
    expect(r!.error!.message).toMatch(/more than 5 redirects/);
    expect(server.hits.get('/r5')).toHaveLength(1);
    expect(server.hits.get('/r6')).toBeUndefined();
  });

  it('takes the language from Content-Language when the feed names none', async () => {
    server = await startServer({
      '/feed': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml', 'content-language': 'id-ID, en' });
        res.end(FEED);
      },
    });
    const [r] = await fetchFeeds([source(server.url('/feed'))]);
    expect(r!.feed!.lang).toBe('id-ID');
  });

  it('reads a windows-1251 feed whose Content-Type names no charset', async () => {
    const body = iconv.encode(
      rss('Новости', [{ title: 'Привет, мир', link: 'https://example.org/ru' }], '<?xml version="1.0" encoding="windows-1251"?>'),
      'windows-1251',
    );
    server = await startServer({
      '/ru': (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(body);
      },
    });
    const [r] = await fetchFeeds([source(server.url('/ru'))]);
    expect(r!.feed!.title).toBe('Новости');
    expect(r!.feed!.items[0]!.title).toBe('Привет, мир');
  });

  it('waits for Retry-After on a 429 and then succeeds', async () => {
    let calls = 0;
    server = await startServer({
      '/busy': (_req, res) => {
        if (calls++ === 0) {
          res.writeHead(429, { 'retry-after': '1' });
          res.end();
          return;
        }
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.end(FEED);
      },
    });
    const [r] = await fetchFeeds([source(server.url('/busy'))], { retries: 1 });
    expect(r!.status).toBe('ok');
    expect(server.hits.get('/busy')).toHaveLength(2);
  });

  it('does not wait for a Retry-After beyond the limit and says why', async () => {
    server = await startServer({
      '/busy': (_req, res) => {
        res.writeHead(503, { 'retry-after': '7200' });
        res.end();
      },
    });
    const [r] = await fetchFeeds([source(server.url('/busy'))], { retries: 3, maxRetryAfterMs: 5000 });
    expect(r!.error!.message).toMatch(/HTTP 503 \(server asks to retry after 7200 s\)/);
    expect(server.hits.get('/busy')).toHaveLength(1);
  });

  it('says so when the URL is an HTML page rather than a feed', async () => {
    server = await startServer({
      '/page': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        res.end('<!DOCTYPE html><html><head><title>Blog</title></head><body><p>Hello</p></body></html>');
      },
    });
    const [r] = await fetchFeeds([source(server.url('/page'))]);
    expect(r!.status).toBe('error');
    expect(r!.error!.code).toBe('FEED_PARSE');
    expect(r!.error!.describe()).toBe(
      `${server.url('/page')}: this is an HTML page, not a feed (look for a <link rel="alternate" type="application/rss+xml"> on it)`,
    );
  });

  it('keeps going when one feed of several fails, results in the order of the list', async () => {
    server = await startServer({
      '/good1': (_req, res) => res.end(FEED),
      '/bad': (_req, res) => {
        res.writeHead(500);
        res.end();
      },
      '/good2': (_req, res) => res.end(FEED),
    });
    const progress: number[] = [];
    const list = ['/good1', '/bad', '/missing', '/good2'].map((p) => source(server!.url(p), p));
    const results = await fetchFeeds(list, { retries: 1, backoffMs: 5, onProgress: (done) => progress.push(done) });
    expect(results.map((r) => [r.source.name, r.status])).toEqual([
      ['/good1', 'ok'],
      ['/bad', 'error'],
      ['/missing', 'error'],
      ['/good2', 'ok'],
    ]);
    expect(results[1]!.error!.message).toMatch(/HTTP 500.*2 attempts/);
    expect(results[2]!.error!.message).toMatch(/HTTP 404/);
    expect(progress).toEqual([1, 2, 3, 4]);
  });

  it('keeps the validators of the last good fetch when a fetch fails', async () => {
    let fail = false;
    server = await startServer({
      '/feed': (_req, res) => {
        if (fail) {
          res.writeHead(404);
          res.end();
          return;
        }
        res.writeHead(200, { etag: '"e1"' });
        res.end(FEED);
      },
    });
    const state = new MemoryStateStore();
    await fetchFeeds([source(server.url('/feed'))], { state });
    fail = true;
    const [r] = await fetchFeeds([source(server.url('/feed'))], { state });
    expect(r!.status).toBe('error');
    expect(state.rows.get(server.url('/feed'))).toMatchObject({ etag: '"e1"', status: 'error', error: 'HTTP 404 Not Found' });
  });

  it('never has more requests in flight to one host than perHost', async () => {
    let inFlight = 0;
    let most = 0;
    const routes: Record<string, (req: unknown, res: ServerResponse) => void> = {};
    for (let i = 0; i < 12; i++) {
      routes[`/f${i}`] = (_req, res) => {
        inFlight++;
        most = Math.max(most, inFlight);
        setTimeout(() => {
          inFlight--;
          res.end(FEED);
        }, 20);
      };
    }
    server = await startServer(routes);
    const results = await fetchFeeds(
      Object.keys(routes).map((p) => source(server!.url(p))),
      { concurrency: 8, perHost: 3 },
    );
    expect(results.every((r) => r.status === 'ok')).toBe(true);
    expect(most).toBeLessThanOrEqual(3);
    expect(most).toBeGreaterThan(1);
  });

  it('reads local feed files relative to baseDir', async () => {
    const fixtures = new URL('./fixtures/', import.meta.url);
    const [r, missing] = await fetchFeeds([source('atom.xml'), source('no-such-file.xml')], { baseDir: fixtures.pathname });
    expect(r!.status).toBe('ok');
    expect(r!.feed!.title).toBe('Atom fixture');
    expect(missing!.error!.message).toMatch(/cannot read the file: ENOENT/);
  });
});

describe('fetchPage', () => {
  it('decodes a page by its <meta charset> and reports the final URL', async () => {
    const html = iconv.encode('<html><head><meta charset="windows-1251"><title>т</title></head><body><p>Статья</p></body></html>', 'windows-1251');
    server = await startServer({
      '/old': (_req, res) => {
        res.writeHead(301, { location: '/article' });
        res.end();
      },
      '/article': (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(html);
      },
    });
    const page = await fetchPage(server.url('/old'), LOOPBACK_ALLOWED);
    expect(page.url).toBe(server.url('/article'));
    expect(page.html).toContain('<p>Статья</p>');
    expect(server.hits.get('/article')![0]!['accept']).toMatch(/^text\/html/);
  });

  it('refuses what is not a page', async () => {
    server = await startServer({
      '/img': (_req, res) => {
        res.writeHead(200, { 'content-type': 'image/png' });
        res.end(Buffer.alloc(10));
      },
    });
    await expect(fetchPage(server.url('/img'), LOOPBACK_ALLOWED)).rejects.toMatchObject({
      code: 'FEED_FETCH',
      message: 'not a web page (Content-Type: image/png)',
    });
  });
});
