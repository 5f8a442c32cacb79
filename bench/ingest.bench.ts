/**
 * Bench `ingest`: 500 feeds served by local HTTP servers that answer each
 * request after 50 ms. With a global limit of C requests in flight, no fetcher
 * can finish faster than 500 × 50 ms / C; the line reports how close
 * fetchFeeds (HTTP, decompression, parsing, normalizing) comes to that bound.
 */
import http from 'node:http';
import { Worker } from 'node:worker_threads';
import Parser from 'rss-parser';
import { fetchFeeds, parseFeed } from '../src/ingest/index.js';
import type { FeedSource } from '../src/domain/index.js';
import { round, timeBest, type BenchLine } from './bench-line.js';

const FEEDS = 500;
const LATENCY_MS = 50;
const CONCURRENCY = 16;
/** Ten servers on ten ports are ten hosts, so the per-host limit is exercised too without capping the global one. */
const HOSTS = 10;
const PER_HOST = 4;

/**
 * The servers run in a worker thread, as real servers run elsewhere: their 50 ms
 * timers must not wait behind the fetcher's own parsing on the main thread.
 * Plain JavaScript, evaluated by the worker.
 */
const SERVER_CODE = `
const http = require('node:http');
const zlib = require('node:zlib');
const { parentPort, workerData } = require('node:worker_threads');
const { feeds, hosts, latencyMs } = workerData;
function feedXml(n) {
  let items = '';
  for (let i = 0; i < 20; i++) {
    items += '<item><title>Story ' + n + '-' + i + ' &amp; more</title><link>https://bench.example/' + n + '/' + i + '?utm_source=rss</link>' +
      '<guid>' + n + '-' + i + '</guid><pubDate>Tue, 24 Nov 2026 10:' + String(i).padStart(2, '0') + ':00 GMT</pubDate>' +
      '<description><![CDATA[<p>Paragraph one of story ' + i + ' in feed ' + n + ', with <a href="/rel">a link</a>.</p><script>x()</script>]]></description></item>';
  }
  return zlib.gzipSync('<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ' + n + '</title><link>https://bench.example/</link>' + items + '</channel></rss>');
}
const bodies = Array.from({ length: feeds }, (_, n) => feedXml(n));
const servers = [];
let listening = 0;
for (let h = 0; h < hosts; h++) {
  const server = http.createServer((req, res) => {
    const n = Number(req.url.slice(1));
    setTimeout(() => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', 'content-encoding': 'gzip' });
      res.end(bodies[n]);
    }, latencyMs);
  });
  servers.push(server);
  server.listen(0, '127.0.0.1', () => {
    if (++listening === hosts) parentPort.postMessage(servers.map((s) => s.address().port));
  });
}
parentPort.on('message', () => { for (const s of servers) { s.closeAllConnections(); s.close(); } parentPort.close(); });
`;

async function startServers(): Promise<{ urls: string[]; close: () => Promise<void> }> {
  const worker = new Worker(SERVER_CODE, { eval: true, workerData: { feeds: FEEDS, hosts: HOSTS, latencyMs: LATENCY_MS } });
  const ports = await new Promise<number[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const urls = Array.from({ length: FEEDS }, (_, n) => `http://127.0.0.1:${ports[n % HOSTS]}/${n}`);
  const close = async () => {
    worker.postMessage('close');
    await new Promise((r) => worker.once('exit', r));
  };
  return { urls, close };
}

/** The same fetches by a bare node:http loop (keep-alive, body read and dropped): what this machine allows right now. */
async function bareClient(urls: string[]): Promise<void> {
  const agent = new http.Agent({ keepAlive: true });
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      await new Promise<void>((resolve, reject) => http.get(url, { agent }, (res) => res.resume().on('end', resolve).on('error', reject)).on('error', reject));
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  agent.destroy();
}

/**
 * Parsing alone, against rss-parser (the common choice, which we replaced because it
 * refuses or hangs on broken feeds): feeds per second on the same documents.
 */
async function parseSpeed(): Promise<BenchLine> {
  const docs = Array.from({ length: 300 }, (_, n) => {
    let items = '';
    for (let i = 0; i < 20; i++) {
      items += `<item><title>Story ${n}-${i} &amp; more</title><link>https://bench.example/${n}/${i}</link><guid>${n}-${i}</guid><pubDate>Tue, 24 Nov 2026 10:00:00 GMT</pubDate><description><![CDATA[<p>Paragraph of story ${i} in feed ${n}, with <a href="/rel">a link</a>.</p>]]></description></item>`;
    }
    return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Feed ${n}</title><link>https://bench.example/</link>${items}</channel></rss>`;
  });
  const bytes = docs.map((d) => new TextEncoder().encode(d));
  const oursMs = await timeBest(async () => {
    for (const b of bytes) await parseFeed(b, { url: 'https://bench.example/feed' });
  }, 3);
  const theirsMs = await timeBest(async () => {
    for (const d of docs) await new Parser({ defaultRSS: 2 }).parseString(d);
  }, 3);
  const ours = round((docs.length * 1000) / oursMs, 1);
  const baseline = round((docs.length * 1000) / theirsMs, 1);
  return {
    bench: 'ingest',
    metric: 'feeds parsed per second (20 items each): parseFeed with charset, repair, normalize and sanitize vs rss-parser parseString',
    ours,
    baseline,
    ratio: round(ours / baseline),
  };
}

export async function run(): Promise<BenchLine[]> {
  const parse = await parseSpeed();
  const { urls, close } = await startServers();
  try {
    const sources: FeedSource[] = urls.map((url, n) => ({ url, name: `feed ${n}`, tags: [] }));
    let failures = 0;
    const wallMs = await timeBest(async () => {
      const results = await fetchFeeds(sources, { concurrency: CONCURRENCY, perHost: PER_HOST, retries: 0 });
      failures = results.filter((r) => r.status !== 'ok').length;
    }, 3);
    if (failures) throw new Error(`ingest bench: ${failures} of ${FEEDS} feeds failed`);
    const bareMs = await timeBest(() => bareClient(urls), 3);
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
      {
        bench: 'ingest',
        metric: `wall ms to fetch and parse ${FEEDS} feeds (baseline = concurrency bound in ms)`,
        ours: round(wallMs, 1),
        baseline: round(boundMs, 1),
        ratio: fraction,
      },
      {
        bench: 'ingest',
        metric: `wall ms to fetch and parse ${FEEDS} feeds vs a bare node:http loop that only downloads them (same limits, same run)`,
        ours: round(wallMs, 1),
        baseline: round(bareMs, 1),
        ratio: round(bareMs / wallMs),
      },
      parse,
    ];
  } finally {
    await close();
  }
}
