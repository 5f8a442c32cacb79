import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DigestError } from '../../src/domain/index.js';
import { loadFeedList, parseOpml, saveFeedList, toOpml } from '../../src/ingest/index.js';

const dir = mkdtempSync(path.join(tmpdir(), 'feed-list-'));
function file(name: string, text: string): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
}

const GOOD = `# my feeds
feeds:
  # Indonesian news
  - url: https://news.example/rss
    name: News
    lang: id
    tags: [politik, ekonomi]
  - url: demo/local.xml
    name: Local demo
`;

describe('loadFeedList', () => {
  it('reads the list', async () => {
    expect(await loadFeedList(file('good.yaml', GOOD))).toEqual([
      { url: 'https://news.example/rss', name: 'News', lang: 'id', tags: ['politik', 'ekonomi'] },
      { url: 'demo/local.xml', name: 'Local demo', tags: [] },
    ]);
  });

  it.each([
    ['missing name', 'feeds:\n  - url: https://a.example/\n    name: A\n  - url: https://b.example/\n', 4, 'feeds[1].name'],
    ['wrong type', 'feeds:\n  - url: https://a.example/\n    name: A\n    tags: politik\n', 4, 'feeds[0].tags'],
    ['bad language', 'feeds:\n  - url: https://a.example/\n    name: A\n    lang: Indonesian!\n', 4, 'feeds[0].lang'],
    ['unknown key', 'feeds:\n  - url: https://a.example/\n    name: A\n    lnag: id\n', 4, 'feeds[0].lnag'],
    ['duplicate url', 'feeds:\n  - url: https://a.example/\n    name: A\n  - url: https://a.example/\n    name: B\n', 4, 'feeds[1].url'],
  ])('%s: names the file, the line and the field', async (_name, text, line, field) => {
    const p = file('bad.yaml', text);
    const err = await loadFeedList(p).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DigestError);
    expect(err).toMatchObject({ code: 'CONFIG_INVALID', where: { file: p, line, field } });
    expect((err as DigestError).describe()).toMatch(new RegExp(`^${p}:${line} ${field.replace(/[[\]]/g, '\\$&')}: `));
  });

  it('reports broken YAML with its line', async () => {
    const err = await loadFeedList(file('broken.yaml', 'feeds:\n  - url: "unterminated\n    name: x\n')).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'CONFIG_INVALID' });
    expect((err as DigestError).where.line).toBeGreaterThanOrEqual(2);
  });

  it('refuses a missing file instead of returning an empty list', async () => {
    await expect(loadFeedList(path.join(dir, 'nope.yaml'))).rejects.toMatchObject({ code: 'INPUT_INVALID', message: expect.stringContaining('ENOENT') });
  });
});

describe('saveFeedList', () => {
  it('round-trips and keeps comments of the entries that stay', async () => {
    const p = file('save.yaml', GOOD);
    const list = await loadFeedList(p);
    await saveFeedList(p, [
      { ...list[0]!, name: 'News (renamed)', tags: [] },
      { url: 'https://new.example/atom', name: 'New', tags: ['x'] },
    ]);
    const text = readFileSync(p, 'utf8');
    expect(text).toContain('# my feeds');
    expect(text).toContain('# Indonesian news');
    expect(await loadFeedList(p)).toEqual([
      { url: 'https://news.example/rss', name: 'News (renamed)', lang: 'id', tags: [] },
      { url: 'https://new.example/atom', name: 'New', tags: ['x'] },
    ]);
  });

  it('creates the file when there is none', async () => {
    const p = path.join(dir, 'fresh.yaml');
    await saveFeedList(p, [{ url: 'https://a.example/', name: 'A', tags: [] }]);
    expect(await loadFeedList(p)).toEqual([{ url: 'https://a.example/', name: 'A', tags: [] }]);
  });
});

describe('OPML', () => {
  const OPML = `<?xml version="1.0"?>
<opml version="1.0"><head><title>Subs</title></head><body>
  <outline text="Tech">
    <outline type="rss" text="Ars &amp; Co" xmlUrl="https://ars.example/feed" htmlUrl="https://ars.example/"/>
    <outline type="rss" title="Dup" xmlUrl="https://ars.example/feed"/>
  </outline>
  <outline type="rss" text="Berita" xmlURL="https://berita.example/rss" language="id" category="/news,/local"/>
</body></opml>`;

  it('reads feeds with their folders (also as tags) and htmlUrl, once per URL', () => {
    expect(parseOpml(OPML)).toEqual({
      feeds: [
        { url: 'https://ars.example/feed', name: 'Ars & Co', htmlUrl: 'https://ars.example/', folder: ['Tech'], tags: ['Tech'] },
        { url: 'https://berita.example/rss', name: 'Berita', lang: 'id', tags: ['news', 'local'] },
      ],
      skipped: [{ outline: 'Tech / Dup', reason: 'same xmlUrl as an earlier outline: https://ars.example/feed' }],
    });
  });

  it('round-trips through toOpml, folders and htmlUrl included', () => {
    const { feeds } = parseOpml(OPML);
    const xml = toOpml(feeds, 'My <digest>');
    expect(xml).toContain('<title>My &lt;digest&gt;</title>');
    expect(xml).toMatch(/<outline text="Tech" title="Tech">\s*<outline type="rss" text="Ars &amp; Co"[^>]*htmlUrl="https:\/\/ars\.example\/"/);
    expect(parseOpml(xml)).toEqual({ feeds, skipped: [] });
  });

  it('decodes the encoding its prolog declares', () => {
    const latin1 = Buffer.from(
      '<?xml version="1.0" encoding="ISO-8859-1"?><opml version="1.0"><body><outline text="S\u00fcddeutsche Zeitung" xmlUrl="https://sz.example/rss"/></body></opml>',
      'latin1',
    );
    expect(parseOpml(latin1).feeds[0]!.name).toBe('S\u00fcddeutsche Zeitung');
  });

  it('takes only http(s) feed URLs (feed:// as https) and names each outline it leaves out', () => {
    const { feeds, skipped } = parseOpml(`<opml><body><outline text="News">
      <outline text="Podcast" xmlUrl="feed://pod.example/rss"/>
      <outline text="Wrapped" xmlUrl="feed:https://wrapped.example/atom"/>
      <outline text="Script" xmlUrl="javascript:alert(1)"/>
      <outline text="Secrets" xmlUrl="file:///etc/passwd"/>
      <outline text="Relative" xmlUrl="rss.xml"/>
      <outline text="Just a link" htmlUrl="https://site.example/"/>
    </outline></body></opml>`);
    expect(feeds.map((f) => f.url)).toEqual(['https://pod.example/rss', 'https://wrapped.example/atom']);
    expect(skipped.map((s) => s.outline)).toEqual(['News / Script', 'News / Secrets', 'News / Relative', 'News / Just a link']);
    expect(skipped[1]!.reason).toContain('file:///etc/passwd');
    expect(skipped[3]!.reason).toBe('no xmlUrl');
  });

  it('a feed list keeps folder and htmlUrl', async () => {
    const p = path.join(mkdtempSync(path.join(tmpdir(), 'nd-opml-list-')), 'feeds.yaml');
    const { feeds } = parseOpml(OPML);
    await saveFeedList(p, feeds);
    expect(await loadFeedList(p)).toEqual(feeds);
  });

  it('refuses what is not OPML', () => {
    expect(() => parseOpml('<rss/>', 'subs.opml')).toThrow(expect.objectContaining({ code: 'INPUT_INVALID', where: { file: 'subs.opml' } }));
  });
});
