import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';
import { DigestError } from '../../src/domain/index.js';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const now = new Date('2026-11-25T12:00:00Z');

describe('parseFeed: Atom', () => {
  it('normalizes an Atom feed: base URLs, dates, author, language, sanitized HTML', async () => {
    const feed = await parseFeed(fixture('atom.xml'), { url: 'https://atom.example/feed.xml', now });
    expect(feed).toMatchObject({ title: 'Atom fixture', link: 'https://atom.example/blog/', lang: 'de', description: 'Notes &amp; more' });
    const [first, second] = feed.items;
    expect(first).toMatchObject({
      id: 'tag:atom.example,2026:1',
      title: 'Café news',
      link: 'https://atom.example/blog/posts/1?utm_source=feed',
      published: '2026-11-20T01:30:00.000Z',
      author: 'Jane Doe',
      lang: 'de',
      categories: ['coffee'],
      summary: 'A short teaser.',
      image: 'https://cdn.atom.example/img/1.jpg',
    });
    expect(first!.html).toBe('<p>Full <a href="https://cdn.atom.example/img/page.html">text</a>.</p><img src="https://cdn.atom.example/img/1.jpg" alt="" />');
    expect(second).toMatchObject({ lang: 'en', published: '2026-11-22T10:00:00.000Z', html: '1 &lt; 2 &amp; 3', author: null });
  });
});

describe('parseFeed: RSS', () => {
  it('repairs a broken RSS document instead of refusing it', async () => {
    const feed = await parseFeed(fixture('rss2-broken.xml'), { url: 'https://broken.example/feed.php', now });
    expect(feed.title).toBe('Broken & proud\u00a0feed');
    expect(feed.lang).toBe('id');
    const [tom, future, undated] = feed.items;
    expect(tom).toMatchObject({
      id: 'broken-1',
      title: 'Tom & Jerry return',
      link: 'https://broken.example/news/tom-and-jerry',
      author: 'Redaksi Broken',
      published: '2026-11-24T03:00:00.000Z',
      html: '<p>Berita <b>utama</b> hari ini.</p>',
      lang: 'id',
    });
    // A date in 2100 is a publisher's mistake: clamped to now, not left on top of every edition.
    expect(future).toMatchObject({ published: now.toISOString(), image: 'https://broken.example/pic.jpg', id: 'https://broken.example/news/future' });
    // Without a guid the id is the canonical link: tracking parameters do not make a new item.
    const tracked = await parseFeed(
      new TextEncoder().encode('<rss><channel><item><link>https://www.broken.example/a?utm_source=x#c</link></item></channel></rss>'),
      { now },
    );
    expect(tracked.items[0]!.id).toBe('https://broken.example/a');
    expect(undated).toMatchObject({ published: null, title: 'Undated été &unknownentity;', link: 'https://broken.example/news/undated' });
  });

  it('reads RSS 1.0 (RDF) with Dublin Core', async () => {
    const feed = await parseFeed(fixture('rss1.rdf'), { now });
    expect(feed).toMatchObject({ title: 'RDF fixture', lang: 'fr' });
    expect(feed.items).toEqual([
      expect.objectContaining({ id: 'https://rdf.example/a', title: 'Premier', published: '2026-11-01T00:00:00.000Z', html: 'Bonjour', lang: 'fr' }),
    ]);
  });

  it('gives every item an id, stable across parses, even without guid or link', async () => {
    const xml = '<rss><channel><title>t</title><item><title>No id</title><description>body</description></item></channel></rss>';
    const a = await parseFeed(new TextEncoder().encode(xml), { now });
    const b = await parseFeed(new TextEncoder().encode(xml), { now });
    expect(a.items[0]!.id).toMatch(/^urn:news-digest:item:[0-9a-f]{16}$/);
    expect(a.items[0]!.id).toBe(b.items[0]!.id);
  });
});

describe('parseFeed: JSON Feed', () => {
  it('reads JSON Feed 1.1', async () => {
    const feed = await parseFeed(fixture('feed.json'), { url: 'https://json.example/feed.json', now });
    expect(feed).toMatchObject({ title: 'JSON fixture', link: 'https://json.example/', lang: 'en-GB' });
    expect(feed.items[0]).toMatchObject({
      id: '1',
      author: 'Feed Author',
      html: '<p>Line one &amp; more.</p><p>Line two.</p>',
      categories: ['a', 'b'],
      published: '2026-11-02T15:00:00.000Z',
    });
    expect(feed.items[1]).toMatchObject({
      link: 'https://json.example/2',
      author: 'Item Author',
      lang: 'fr',
      image: 'https://json.example/img.png',
      html: '<p>Hi <a href="https://json.example/x">x</a></p>',
    });
  });
});

describe('parseFeed: character sets', () => {
  const doc = (prolog: string) => `${prolog}<rss><channel><title>Ünïcödé ‘quotes’</title></channel></rss>`;

  it.each([
    ['UTF-16LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(doc('<?xml version="1.0" encoding="utf-16"?>'), 'utf16le')])],
    ['UTF-16LE without BOM', Buffer.from(doc('<?xml version="1.0" encoding="utf-16"?>'), 'utf16le')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(doc(''))])],
    ['windows-1252 from the prolog', iconv.encode(doc('<?xml version="1.0" encoding="windows-1252"?>'), 'windows-1252')],
    ['undeclared windows-1252', iconv.encode(doc(''), 'windows-1252')],
  ])('%s', async (_name, bytes) => {
    const feed = await parseFeed(new Uint8Array(bytes), { now });
    expect(feed.title).toBe('Ünïcödé ‘quotes’');
  });

  it.each([
    ['shift_jis', '東京の天気予報によると、明日は全国的に晴れて気温が上がる見込みです。週末には再び雨が降る可能性があります。'],
    ['koi8-r', 'Как сообщает пресс-служба министерства, новые правила вступят в силу с первого января следующего года.'],
  ])('detects an undeclared %s feed', async (charset, text) => {
    const xml = `<rss><channel><title>${text}</title><item><title>${text}</title><description>${text} ${text}</description></item></channel></rss>`;
    const feed = await parseFeed(new Uint8Array(iconv.encode(xml, charset)), { now });
    expect(feed.title).toBe(text);
  });

  it('lets the Content-Type charset override the prolog', async () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="utf-8"?><rss><channel><title>Ещё</title></channel></rss>', 'koi8-r');
    const feed = await parseFeed(new Uint8Array(bytes), { contentType: 'application/rss+xml; charset="KOI8-R"', now });
    expect(feed.title).toBe('Ещё');
  });
});

describe('parseFeed: misconfigured servers', () => {
  it('reads a real feed served as text/html', async () => {
    const feed = await parseFeed(fixture('rss1.rdf'), { contentType: 'text/html; charset=utf-8', now });
    expect(feed.title).toBe('RDF fixture');
  });

  it('trusts the document over a header that says UTF-8 for bytes that are not', async () => {
    const bytes = iconv.encode('<?xml version="1.0" encoding="iso-8859-1"?><rss><channel><title>Café</title></channel></rss>', 'latin1');
    const feed = await parseFeed(new Uint8Array(bytes), { contentType: 'application/rss+xml; charset=utf-8', now });
    expect(feed.title).toBe('Café');
  });
});

describe('parseFeed: mislabelled UTF-8', () => {
  const title = 'Café in Zürich — “déjà vu”';
  it.each([
    ['an ISO-8859-1 prolog', '<?xml version="1.0" encoding="ISO-8859-1"?>', undefined],
    ['a windows-1252 Content-Type', '<?xml version="1.0"?>', 'application/rss+xml; charset=windows-1252'],
  ])('decodes valid UTF-8 bytes under %s as UTF-8', async (_name, prolog, contentType) => {
    const bytes = Buffer.from(`${prolog}<rss><channel><title>${title}</title></channel></rss>`, 'utf8');
    const feed = await parseFeed(new Uint8Array(bytes), { contentType, now });
    expect(feed.title).toBe(title);
  });

  it('still reads real Latin-1 bytes under an ISO-8859-1 prolog as Latin-1', async () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>Café à Genève</title></channel></rss>`, 'latin1');
    const feed = await parseFeed(new Uint8Array(bytes), { now });
    expect(feed.title).toBe('Café à Genève');
  });
});

describe('parseFeed: refusals', () => {
  it.each([
    ['', 'the document is empty'],
    ['<html><body>hi</body></html>', 'this is an HTML page, not a feed'],
    ['<opml version="2.0"><body/></opml>', 'not an RSS, Atom or JSON feed (root element <opml>)'],
    ['{"hello": 1}', 'JSON that is not a JSON Feed'],
  ])('refuses %j with one clear line', async (text, why) => {
    const err = await parseFeed(new TextEncoder().encode(text), { url: 'https://x.example/feed' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DigestError);
    expect((err as DigestError).code).toBe('FEED_PARSE');
    expect((err as DigestError).describe()).toContain(`https://x.example/feed: ${why}`);
    expect((err as DigestError).describe()).not.toContain('\n');
  });
});

describe('parseFeed: tags', () => {
  it("an RSS item's comma-separated <tags> come before its categories", async () => {
    const rss =
      '<rss version="2.0"><channel><title>t</title><item><title>x</title><tags>harbour, night ferry ,, </tags><category>Transport</category></item></channel></rss>';
    const feed = await parseFeed(new TextEncoder().encode(rss), { url: 'https://news.example/rss', now });
    expect(feed.items[0]!.categories).toEqual(['harbour', 'night ferry', 'Transport']);
  });
});
