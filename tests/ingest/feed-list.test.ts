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
    await saveFeedList(p, [{ ...list[0]!, name: 'News (renamed)', tags: [] }, { url: 'https://new.example/atom', name: 'New', tags: ['x'] }]);
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

  it('reads feeds with folders as tags, once per URL', () => {
    expect(parseOpml(OPML)).toEqual([
      { url: 'https://ars.example/feed', name: 'Ars & Co', tags: ['Tech'] },
      { url: 'https://berita.example/rss', name: 'Berita', lang: 'id', tags: ['news', 'local'] },
    ]);
  });

  it('round-trips through toOpml', () => {
    const sources = parseOpml(OPML);
    const xml = toOpml(sources, 'My <digest>');
    expect(xml).toContain('<title>My &lt;digest&gt;</title>');
    expect(parseOpml(xml)).toEqual(sources);
  });

  it('refuses what is not OPML', () => {
    expect(() => parseOpml('<rss/>', 'subs.opml')).toThrow(expect.objectContaining({ code: 'INPUT_INVALID', where: { file: 'subs.opml' } }));
  });
});
