import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/main.js';
import { collectArticles, type Reporter } from '../../src/pipeline/index.js';
import { outboxTransport } from '../../src/deliver/index.js';

const root = path.resolve(import.meta.dirname, '../..');

const story = (extra: string) =>
  [
    'The regional water authority said on Tuesday that reservoir levels had fallen to 38 percent of capacity, the lowest November reading since records began.',
    '"We are asking every household to cut its use by a fifth until the rains return," said Joanna Pike, the authority\'s director, at a briefing in the capital.',
    'Farmers in the eastern valleys have already lost about 12,000 hectares of winter crops, according to the agriculture ministry, and livestock prices have dropped sharply.',
    'Forecasters expect little rain before January. The authority will decide next week whether to ban garden watering and the filling of private pools for the rest of the season.',
    extra,
  ]
    .map((p) => `<p>${p}</p>`)
    .join('');

const page = `<!doctype html><html lang="en"><head><title>Harbour tunnel opens</title></head><body>
<nav><a href="/">Home</a></nav><article><h1>Harbour tunnel opens</h1>
<p>The new harbour tunnel opened to traffic on Monday after four years of construction and a budget of $1.4 billion, the state transport agency said.</p>
<p>"This tunnel takes 40,000 trucks a day off the old bridge and out of the city centre," said transport minister Rafael Ortiz at the opening ceremony.</p>
<p>Commuters reported journeys about 15 minutes shorter on the first morning, though queues formed at the southern entrance where two lanes merge into one.</p>
<p>The agency said it would watch traffic for a month before deciding whether to open a third lane at the southern portal, which engineers had left space for when the tunnel was designed.</p>
<p>Residents near the old bridge welcomed the change. Many said the constant noise of lorries had made it hard to sleep, and shop owners hope quieter streets will bring back customers on foot.</p>
</article><footer>Copyright</footer></body></html>`;

function rss(items: { guid: string; link: string; title: string; html: string }[]): string {
  const body = items
    .map(
      (i) =>
        `<item><title>${i.title}</title><link>${i.link}</link><guid isPermaLink="false">${i.guid}</guid><pubDate>Tue, 24 Nov 2026 06:00:00 GMT</pubDate><description><![CDATA[${i.html}]]></description></item>`,
    )
    .join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Local Wire</title><link>http://127.0.0.1/</link><language>en</language>${body}</channel></rss>`;
}

describe('collectArticles against a real local HTTP server', () => {
  let server: Server;
  let base: string;
  let feedBody = '';
  let adminHits = 0;
  let app: App;
  const warnings: string[] = [];
  const reporter: Reporter = { event() {}, progress() {}, warn: (name, f) => warnings.push(`${name} ${JSON.stringify(f)}`) };

  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/feed.xml') res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feedBody);
      else if (req.url === '/tunnel') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
      else if (req.url === '/admin') {
        adminHits++;
        res.writeHead(200, { 'content-type': 'text/html' }).end(page);
      } else if (req.url === '/broken.xml') res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Not a feed</body></html>');
      else res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    const dir = mkdtempSync(path.join(tmpdir(), 'nd-collect-'));
    writeFileSync(
      path.join(dir, 'feeds.yaml'),
      `feeds:\n  - url: ${base}/broken.xml\n    name: Broken\n  - url: ${base}/feed.xml\n    name: Local Wire\n    tags: [local]\n`,
    );
    writeFileSync(
      path.join(dir, 'news-digest.yaml'),
      `feedsFile: feeds.yaml\ntemplatesDir: ${JSON.stringify(path.join(root, 'templates'))}\ndatabasePath: db.sqlite\nfetch:\n  allowHosts: ['127.0.0.1']\n`,
    );
    app = await createApp({
      configPath: path.join(dir, 'news-digest.yaml'),
      cwd: dir,
      env: {},
      reporter,
      transport: outboxTransport(path.join(dir, 'outbox')),
    });
  });

  afterAll(async () => {
    await app.close();
    server.close();
  });

  it('reads full items, fetches the page behind a teaser, and goes on past a broken feed', async () => {
    feedBody = rss([
      { guid: 'w-1', link: `${base}/water?utm_source=rss`, title: 'Reservoirs at record low', html: story('') },
      { guid: 't-1', link: `${base}/tunnel`, title: 'Harbour tunnel opens', html: '<p>The tunnel is open.</p>' },
      { guid: 'm-1', link: `${base}/missing`, title: 'Gone page', html: '<p>Only this teaser is left of the story.</p>' },
    ]);
    const r = await collectArticles(await loadSources(app), app.pipeline);
    expect(r.feeds.map((f) => f.status)).toEqual(['error', 'ok']);
    expect(warnings.some((w) => w.startsWith('feed-failed') && w.includes('/broken.xml'))).toBe(true);

    const byTitle = new Map(r.added.map((a) => [a.title, a]));
    const water = byTitle.get('Reservoirs at record low')!;
    // Keyed by the canonical URL: tracking parameters do not make a new article.
    expect(water.id).toMatch(/^https?:\/\/127\.0\.0\.1:\d+\/water$/);
    expect(water.tags).toEqual(['local']);
    expect(water.summary.quotes[0]).toMatchObject({ speaker: 'Joanna Pike' });

    const tunnel = byTitle.get('Harbour tunnel opens')!;
    expect(tunnel.fromFeedOnly).toBe(false);
    expect(tunnel.text).toContain('40,000 trucks a day');
    expect(tunnel.text).not.toContain('Copyright');

    const gone = byTitle.get('Gone page')!;
    expect(gone.fromFeedOnly).toBe(true);
    expect(gone.text).toContain('Only this teaser');
  });

  it('does not follow an article link into the private network: logged with the reason, the feed text kept', async () => {
    // Only 127.0.0.1 is allowed by this config; the same server by the name localhost is not.
    const probe = `${base.replace('127.0.0.1', 'localhost')}/admin`;
    feedBody = rss([{ guid: 'p-1', link: probe, title: 'Probe', html: '<p>The teaser of a story that links into the private network.</p>' }]);
    warnings.length = 0;
    const r = await collectArticles(await loadSources(app), app.pipeline);
    const story = r.added.find((a) => a.title === 'Probe')!;
    expect(story.fromFeedOnly).toBe(true);
    expect(story.text).toContain('links into the private network');
    expect(adminHits).toBe(0);
    expect(warnings.find((w) => w.startsWith('page-failed'))).toMatch(/refused: localhost resolves to .*, a private address \(loopback\)/);
  });

  it('does not take the same story back as new under a rewritten guid and link', async () => {
    feedBody = rss([
      {
        guid: 'w-1-rewritten',
        link: `${base}/water-again`,
        title: 'Reservoirs at record low (updated)',
        html: story('Updated at 10:00 with the ministry figures.'),
      },
      {
        guid: 'n-1',
        link: `${base}/new`,
        title: 'Something else entirely',
        html: [
          'The national orchestra announced a tour of eleven cities next spring, its first in a decade, with tickets going on sale in February.',
          '"We want to play where people live, not only where the concert halls are," conductor Ilse Marken said, adding that half the venues are schools and sports halls.',
          'The tour is funded by a grant of 2.3 million euros from the culture ministry and by private donors who asked not to be named.',
          'Rehearsals begin in March. The programme mixes symphonies by Dvořák and Sibelius with new pieces written by students from the conservatory.',
        ]
          .map((p) => `<p>${p}</p>`)
          .join(''),
      },
    ]);
    const r = await collectArticles(await loadSources(app), app.pipeline);
    const titles = r.added.map((a) => a.title);
    expect(titles).not.toContain('Reservoirs at record low (updated)');
    expect(titles).toContain('Something else entirely');
  });
});

async function loadSources(app: App) {
  const { loadFeedList } = await import('../../src/ingest/index.js');
  return loadFeedList(app.config.feedsFile);
}
