import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';
import { createApp, type App } from '../../src/main.js';
import { offlinePages, runDigest } from '../../src/pipeline/index.js';
import { article } from '../fixtures/articles.js';
import { cli } from '../helpers/run-cli.js';
import { writeTestConfig } from '../helpers/test-config.js';

/** Every href and src of a page that stays on this site (not http(s), not a fragment). */
function localLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&')).filter((u) => !/^(https?:|mailto:|#|data:)/.test(u));
}

describe('archive export: the archive as a static site', () => {
  const { dir, config } = writeTestConfig(['digests:', '  - { key: daily, name: Morning Brief, lang: en }', 'outboxDir: outbox']);
  const env = { DIGEST_SECRET: 'export-test-secret-0123456789abcdef' };
  const out = mkdtempSync(path.join(tmpdir(), 'nd-export-'));
  let app: App;
  const ids: string[] = [];

  beforeAll(async () => {
    app = await createApp({ configPath: config, cwd: dir, env });
    const s = app.services;
    await s.store.subscribers.add({ email: 'ana@example.org', status: 'confirmed' }, new Date().toISOString());
    for (const batch of [['x1', 'x2'], ['y1']]) {
      const at = new Date().toISOString();
      await s.store.articles.add(
        batch.map((id) => ({ article: article(id, { published: at }), fingerprint: `fp-${id}`, bands: [] })),
        at,
      );
      const r = await runDigest(app.config.digests[0]!, { ...app.pipeline, fetchPage: offlinePages }, { noFetch: true });
      ids.unshift(r.editionId!);
      await new Promise((r) => setTimeout(r, 5));
    }
  });
  afterAll(async () => {
    await app?.close();
  });

  it('writes index, one page per edition and both feeds, every link relative and pointing at a file it wrote', async () => {
    const r = await cli(['archive', 'export', '--out', out, '--config', config], { env, cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^wrote 2 editions and 2 feeds to /);

    const index = readFileSync(path.join(out, 'index.html'), 'utf8');
    const pages = localLinks(index);
    expect(pages).toEqual(['page.css', ...ids.map((id) => `${id}.html`), 'daily/feed.xml', 'daily/feed.json']);
    for (const rel of pages) expect(existsSync(path.join(out, rel)), rel).toBe(true);
    // Subscribing needs the server: that one link is absolute.
    expect(index).toContain('href="https://news.example.org/?lang=en"');

    const newest = readFileSync(path.join(out, `${ids[0]}.html`), 'utf8');
    expect(newest).toContain(article('y1').title);
    expect(newest).not.toMatch(/\/unsubscribe\/|\/preferences\/|ana@example\.org/);
    expect(localLinks(newest)).toEqual(['index.html']);
  });

  it('the feeds read back alike in parseFeed and rss-parser, their links leading to the exported pages from file://', async () => {
    const atomFile = path.join(out, 'daily/feed.xml');
    const atomUrl = pathToFileURL(atomFile).href;
    const atom = await parseFeed(readFileSync(atomFile), { url: atomUrl });
    const jsonUrl = pathToFileURL(path.join(out, 'daily/feed.json')).href;
    const json = await parseFeed(readFileSync(path.join(out, 'daily/feed.json')), { url: jsonUrl });
    const rss = await new Parser().parseString(readFileSync(atomFile, 'utf8'));
    expect(atom.items.map((i) => i.link)).toEqual(ids.map((id) => pathToFileURL(path.join(out, `${id}.html`)).href));
    // parseFeed leaves a JSON Feed's relative links as written; a reader resolves them against the feed's address.
    expect(json.items.map((i) => [i.id, i.title, new URL(i.link!, jsonUrl).href, i.published])).toEqual(
      atom.items.map((i) => [i.id, i.title, i.link, i.published]),
    );
    expect(rss.items.map((i) => [i.id, i.title, new URL(i.link!, atomUrl).href])).toEqual(atom.items.map((i) => [i.id, i.title, i.link]));
  });

  it('with --base-url the feeds link to where the site will be hosted; without --out it says what is missing', async () => {
    const hosted = mkdtempSync(path.join(tmpdir(), 'nd-export-'));
    expect(
      (await cli(['archive', 'export', '--out', hosted, '--base-url', 'https://archive.example.org/brief/', '--config', config], { env, cwd: dir })).code,
    ).toBe(0);
    const feed = JSON.parse(readFileSync(path.join(hosted, 'daily/feed.json'), 'utf8')) as { feed_url: string; items: { url: string }[] };
    expect(feed.feed_url).toBe('https://archive.example.org/brief/daily/feed.json');
    expect(feed.items.map((i) => i.url)).toEqual(ids.map((id) => `https://archive.example.org/brief/${id}.html`));
    const bad = await cli(['archive', 'export', '--config', config], { env, cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--out DIR/);
  });
});
