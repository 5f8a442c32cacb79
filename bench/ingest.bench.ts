/**
 * Bench `ingest`: 500 feeds served by local HTTP servers that answer each
 * request after 50 ms. With a global limit of C requests in flight, no fetcher
 * can finish faster than 500 × 50 ms / C; the line reports how close
 * fetchFeeds (HTTP, decompression, parsing, normalizing) comes to that bound.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { fetchFeeds } from '../src/ingest/index.js';
import type { FeedSource } from '../src/domain/index.js';
import { round, timeBest, type BenchLine } from './bench-line.js';

const FEEDS = 500;
const LATENCY_MS = 50;
const CONCURRENCY = 16;
/** Ten servers on ten ports are ten hosts, so the per-host limit is exercised too without capping the global one. */
const HOSTS = 10;
const PER_HOST = 4;

function feedXml(n: number): Buffer {
  const items = Array.from(
    { length: 20 },
    (_, i) =>
      `<item><title>Story ${n}-${i} &amp; more</title><link>https://bench.example/${n}/${i}?utm_source=rss</link><guid>${n}-${i}</guid>` +
      `<pubDate>Tue, 24 Nov 2026 10:${String(i).padStart(2, '0')}:00 GMT</pubDate>` +
      `<description><![CDATA[<p>Paragraph one of story ${i} in feed ${n}, with <a href="/rel">a link</a>.</p><script>x()</script>]]></description></item>`,
  ).join('');
  return zlib.gzipSync(`<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${n}</title><link>https://bench.example/</link>${items}</channel></rss>`);
}

async function startServers(): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const bodies = Array.from({ length: FEEDS }, (_, n) => feedXml(n));
  const servers = await Promise.all(
    Array.from({ length: HOSTS }, async () => {
      const server = http.createServer((req, res) => {
        const n = Number((req.url ?? '').slice(1));
        setTimeout(() => {
          res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-encoding': 'gzip' });
          res.end(bodies[n]);
        }, LATENCY_MS);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      return server;
    }),
  );
  const urls = Array.from({ length: FEEDS }, (_, n) => `http://127.0.0.1:${(servers[n % HOSTS]!.address() as AddressInfo).port}/${n}`);
  const close = async () => {
    await Promise.all(servers.map((s) => new Promise<void>((r) => { s.closeAllConnections(); s.close(() => r()); })));
  };
  return { urls, close };
}

export async function run(): Promise<BenchLine[]> {
  const { urls, close } = await startServers();
  try {
    const sources: FeedSource[] = urls.map((url, n) => ({ url, name: `feed ${n}`, tags: [] }));
    let failures = 0;
    const wallMs = await timeBest(async () => {
      const results = await fetchFeeds(sources, { concurrency: CONCURRENCY, perHost: PER_HOST, retries: 0 });
      failures = results.filter((r) => r.status !== 'ok').length;
    }, 2);
    if (failures) throw new Error(`ingest bench: ${failures} of ${FEEDS} feeds failed`);
    const boundMs = (FEEDS * LATENCY_MS) / CONCURRENCY;
    const fraction = round(boundMs / wallMs);
    return [
      {
        bench: 'ingest',
        metric: `fraction of the concurrency bound: ${FEEDS} feeds x ${LATENCY_MS} ms latency / ${CONCURRENCY} in flight (baseline = bound in ms)`,
        ours: fraction,
        baseline: round(boundMs, 1),
        ratio: fraction,
      },
      { bench: 'ingest', metric: `wall ms to fetch and parse ${FEEDS} feeds (baseline = concurrency bound in ms)`, ours: round(wallMs, 1), baseline: round(boundMs, 1), ratio: fraction },
    ];
  } finally {
    await close();
  }
}
