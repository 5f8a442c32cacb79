import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/errors.js';
import { loadFeedList } from '../../src/ingest/index.js';
import { createApp, type App } from '../../src/main.js';
import { collectArticles, offlinePages, type PageFetcher } from '../../src/pipeline/index.js';
import { writeTestConfig } from '../helpers/test-config.js';

const TUNNEL_PAGE = `<!doctype html><html lang="en"><head><title>Harbour tunnel opens</title></head><body><nav>Home | World</nav><article><h1>Harbour tunnel opens</h1>
<p>The harbour tunnel opened to traffic on Monday after four years of work, the port authority said, and around 40,000 trucks a day are expected to use it.</p>
<p>"It takes the lorries out of the old town for good," said port director Ines Varga, who called the opening the end of a long wait for residents.</p>
<p>The tunnel cost 1.1 billion euros and runs for 2.4 kilometres under the harbour basin, linking the container terminal directly to the motorway.</p></article>
<footer>Copyright Example Wire</footer></body></html>`;

/** A feed of teasers, read from a file: the pages behind them come from the test's page fetcher alone. */
function teaserFeed(dir: string): void {
  const item = (slug: string, title: string) =>
    `<item><title>${title}</title><link>https://wire.example.org/${slug}</link><guid>${slug}</guid><pubDate>Tue, 24 Nov 2026 06:00:00 GMT</pubDate><description>Only a teaser of the ${slug} story.</description></item>`;
  writeFileSync(
    path.join(dir, 'feed.xml'),
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example.org/</link><language>en</language>${item('tunnel', 'Harbour tunnel opens')}${item('gone', 'Gone story')}</channel></rss>`,
  );
  writeFileSync(path.join(dir, 'feeds.yaml'), 'feeds:\n  - { url: feed.xml, name: Wire }\n');
}

describe('article pages come from the injected page fetcher', () => {
  let app: App;
  afterEach(async () => {
    await app.close();
  });

  async function collect(fetchPage: PageFetcher) {
    const { dir, config } = writeTestConfig(['feedsFile: feeds.yaml']);
    teaserFeed(dir);
    const warnings: string[] = [];
    app = await createApp({
      configPath: config,
      cwd: dir,
      env: {},
      fetchPage,
      reporter: { event() {}, progress() {}, warn: (name, f) => warnings.push(`${name} ${JSON.stringify(f)}`) },
    });
    const r = await collectArticles(await loadFeedList(app.config.feedsFile), app.pipeline);
    return { byTitle: new Map(r.added.map((a) => [a.title, a])), warnings };
  }

  it('serves each URL its own page, and a page that fails leaves that story teaser-only with a warning', async () => {
    const asked: string[] = [];
    const { byTitle, warnings } = await collect(async (url) => {
      asked.push(url);
      if (url.endsWith('/tunnel')) return { html: TUNNEL_PAGE, url };
      throw new DigestError('FEED_FETCH', 'HTTP 404', { url });
    });
    expect(asked.sort()).toEqual(['https://wire.example.org/gone', 'https://wire.example.org/tunnel']);
    const tunnel = byTitle.get('Harbour tunnel opens')!;
    expect(tunnel.fromFeedOnly).toBe(false);
    expect(tunnel.text).toContain('40,000 trucks a day');
    expect(tunnel.text).not.toContain('Copyright');
    expect(tunnel.summary.quotes[0]).toMatchObject({ speaker: 'Ines Varga' });
    const gone = byTitle.get('Gone story')!;
    expect(gone.fromFeedOnly).toBe(true);
    expect(gone.text).toContain('Only a teaser of the gone story');
    expect(warnings.filter((w) => w.startsWith('page-failed'))).toEqual([expect.stringContaining('https://wire.example.org/gone')]);
  });

  it('offlinePages reads no page: every teaser stays teaser-only, without a warning', async () => {
    const { byTitle, warnings } = await collect(offlinePages);
    expect([...byTitle.values()].map((a) => a.fromFeedOnly)).toEqual([true, true]);
    expect(warnings).toEqual([]);
  });
});
