import Parser from 'rss-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';
import { offlinePages, runDigest } from '../../src/pipeline/index.js';
import { article } from '../fixtures/articles.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

interface Entry {
  id: string;
  title: string;
  link: string;
  date: string;
}

describe('the archive as Atom and JSON Feed', () => {
  let t: TestServer;
  const ids: string[] = [];

  beforeAll(async () => {
    t = await startTestServer({
      config: ['digests:', '  - { key: daily, name: Morning Brief, lang: en }', '  - { key: weekly, name: Weekly Long Reads, lang: en }'],
    });
    const s = t.app.services;
    await s.store.subscribers.add({ email: 'ana@example.org', status: 'confirmed' }, new Date().toISOString());
    const daily = t.app.config.digests[0]!;
    for (const batch of [['a1', 'a2'], ['b1']]) {
      const at = new Date().toISOString();
      await s.store.articles.add(
        batch.map((id) => ({ article: article(id, { published: at }), fingerprint: `fp-${id}`, bands: [] })),
        at,
      );
      const r = await runDigest(daily, { ...t.app.pipeline, fetchPage: offlinePages }, { noFetch: true });
      expect(r.outcome).toBe('sent');
      ids.unshift(r.editionId!);
      t.advance(3_600_000);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  async function get(path: string): Promise<{ type: string; body: string }> {
    const r = await t.request(path);
    expect(r.status, path).toBe(200);
    return { type: r.headers.get('content-type')!, body: await r.text() };
  }

  it('Atom and JSON Feed carry the same editions, newest first, read alike by parseFeed and rss-parser', async () => {
    const atom = await get('/archive/daily/feed.xml');
    const json = await get('/archive/daily/feed.json');
    expect(atom.type).toBe('application/atom+xml; charset=utf-8');
    expect(json.type).toBe('application/feed+json; charset=utf-8');

    const ours = async (f: { type: string; body: string }, url: string) => {
      const feed = await parseFeed(new TextEncoder().encode(f.body), { url, contentType: f.type });
      return {
        feed,
        entries: feed.items.map((i): Entry => ({ id: i.id, title: i.title ?? '', link: i.link ?? '', date: new Date(i.published!).toISOString() })),
      };
    };
    const fromAtom = await ours(atom, `${t.url}/archive/daily/feed.xml`);
    const fromJson = await ours(json, `${t.url}/archive/daily/feed.json`);
    const rss = await new Parser().parseString(atom.body);
    const fromRssParser = rss.items.map((i): Entry => ({
      id: String(i.id),
      title: i.title ?? '',
      link: i.link ?? '',
      date: new Date(i.isoDate!).toISOString(),
    }));

    expect(fromAtom.feed.title).toBe('Morning Brief');
    expect(rss.title).toBe('Morning Brief');
    expect(fromAtom.entries).toEqual(fromRssParser);
    expect(fromJson.entries).toEqual(fromAtom.entries);

    const editions = await Promise.all(ids.map(async (id) => (await t.app.services.store.editions.get(id))!));
    expect(fromAtom.entries.map((e) => e.link)).toEqual(ids.map((id) => `${t.url}/archive/${encodeURIComponent(id)}`));
    expect(fromAtom.entries.map((e) => e.date)).toEqual(editions.map((e) => new Date(e.createdAt).toISOString()));
    expect(fromAtom.entries.map((e) => e.title)).toEqual([
      expect.stringMatching(/^Morning Brief · 1 story · /),
      expect.stringMatching(/^Morning Brief · 2 stories · /),
    ]);
    expect(new Set(fromAtom.entries.map((e) => e.id)).size).toBe(2);
    for (const e of fromAtom.entries) expect(e.id).toMatch(/^tag:127\.0\.0\.1,\d{4}-\d\d-\d\d:daily\//);
  });

  it('each entry is the whole edition, without the reader links of a mail', async () => {
    const feed = JSON.parse((await get('/archive/daily/feed.json')).body) as { version: string; items: { content_html: string; url: string }[] };
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1');
    const [newest, older] = feed.items;
    for (const [item, stories] of [
      [newest!, ['b1']],
      [older!, ['a1', 'a2']],
    ] as const) {
      for (const id of stories) expect(item.content_html).toContain(article(id).title);
      expect(item.content_html).not.toMatch(/\/unsubscribe\/|\/preferences\/|ana@example\.org/);
      expect(item.content_html).not.toMatch(/<html|<head/);
      expect((await t.request(new URL(item.url).pathname)).status).toBe(200);
    }
    const rss = await new Parser().parseString((await get('/archive/daily/feed.xml')).body);
    expect(rss.items[1]!.content).toContain(article('a2').title);
  });

  it('a digest without editions has an empty feed; an unknown digest none; the archive page links both feeds', async () => {
    const weekly = await parseFeed(new TextEncoder().encode((await get('/archive/weekly/feed.xml')).body), {});
    expect(weekly.title).toBe('Weekly Long Reads');
    expect(weekly.items).toEqual([]);
    expect((await t.request('/archive/nope/feed.xml')).status).toBe(404);
    expect((await t.request('/archive/nope/feed.json')).status).toBe(404);
    const list = (await get('/archive')).body;
    expect(list).toContain('<a href="/archive/daily/feed.xml" type="application/atom+xml">Atom</a>');
    expect(list).toContain('<a href="/archive/weekly/feed.json" type="application/feed+json">JSON Feed</a>');
  });
});
