import { describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/index.js';

const bytes = (s: string) => new TextEncoder().encode(s);
const now = new Date('2026-12-01T12:00:00Z');
const rss = (channel: string, ns = '') =>
  bytes(
    `<?xml version="1.0"?><rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"${ns}><channel><title>Harbour news</title>${channel}</channel></rss>`,
  );

describe('parseFeed: HTTP headers', () => {
  const atom = bytes(
    '<feed xmlns="http://www.w3.org/2005/Atom"><title>Moved</title><link href="posts/"/><entry><id>a1</id><link href="posts/1"/></entry></feed>',
  );

  it('resolves relative links against Content-Location, itself resolved against the URL', async () => {
    const feed = await parseFeed(atom, { url: 'https://old.harbour.test/rss/feed.xml', headers: { 'content-location': '/mirror/feed.xml' }, now });
    expect(feed.link).toBe('https://old.harbour.test/mirror/posts/');
    expect(feed.items[0]!.link).toBe('https://old.harbour.test/mirror/posts/1');
  });

  it('puts xml:base above Content-Location', async () => {
    const based = bytes('<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://cdn.harbour.test/a/"><link href="posts/"/></feed>');
    const feed = await parseFeed(based, { url: 'https://harbour.test/feed.xml', headers: { 'content-location': 'https://elsewhere.test/x/' }, now });
    expect(feed.link).toBe('https://cdn.harbour.test/a/posts/');
  });

  it('ignores a Content-Location that is not http(s)', async () => {
    const feed = await parseFeed(atom, { url: 'https://harbour.test/rss/feed.xml', headers: { 'content-location': "javascript:alert('x')" }, now });
    expect(feed.link).toBe('https://harbour.test/rss/posts/');
  });

  it('takes the language from Content-Language only when the feed names none', async () => {
    const plain = await parseFeed(rss('<item><title>One</title></item>'), { url: 'https://harbour.test/f', headers: { 'content-language': 'nl-BE, fr' }, now });
    expect(plain.lang).toBe('nl-BE');
    expect(plain.items[0]!.lang).toBe('nl-BE');
    const own = await parseFeed(rss('<language>de</language>'), { url: 'https://harbour.test/f', headers: { 'content-language': 'nl' }, now });
    expect(own.lang).toBe('de');
  });

  it('reads the charset from a Content-Type header', async () => {
    const latin1 = new Uint8Array([...bytes('<rss><channel><title>Caf'), 0xe9, ...bytes('</title></channel></rss>')]);
    const feed = await parseFeed(latin1, { headers: { 'content-type': 'application/rss+xml; charset=iso-8859-1' }, now });
    expect(feed.title).toBe('Café');
  });
});

describe('parseFeed: feed images', () => {
  it('reads the RSS <image> with its link, title and size', async () => {
    const feed = await parseFeed(
      rss('<image><url>/logo.png</url><link>https://harbour.test/</link><title>Harbour</title><width>88</width><height>31</height></image>'),
      { url: 'https://harbour.test/feed.xml', now },
    );
    expect(feed.image).toEqual({ url: 'https://harbour.test/logo.png', link: 'https://harbour.test/', title: 'Harbour', width: 88, height: 31 });
  });

  it('reads the RSS 1.0 image that sits beside the channel', async () => {
    const rdf = bytes(
      '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"><channel><title>T</title><image rdf:resource="https://harbour.test/r.png"/></channel><image rdf:about="https://harbour.test/r.png"><url>https://harbour.test/r.png</url><title>R</title></image></rdf:RDF>',
    );
    expect((await parseFeed(rdf, { now })).image).toMatchObject({ url: 'https://harbour.test/r.png', title: 'R' });
  });

  it('falls back to itunes:image, written with href or url', async () => {
    expect((await parseFeed(rss('<itunes:image href="https://pod.test/cover.jpg"/>'), { now })).image?.url).toBe('https://pod.test/cover.jpg');
    expect((await parseFeed(rss('<itunes:image url="https://pod.test/c2.jpg"/>'), { now })).image?.url).toBe('https://pod.test/c2.jpg');
  });

  it('reads an Atom logo, else its icon', async () => {
    const logo = bytes('<feed xmlns="http://www.w3.org/2005/Atom"><icon>/i.ico</icon><logo>/wide.png</logo></feed>');
    expect((await parseFeed(logo, { url: 'https://atom.test/f', now })).image?.url).toBe('https://atom.test/wide.png');
    const icon = bytes('<feed xmlns="http://www.w3.org/2005/Atom"><icon>/i.ico</icon></feed>');
    expect((await parseFeed(icon, { url: 'https://atom.test/f', now })).image?.url).toBe('https://atom.test/i.ico');
  });

  it('reads a JSON Feed icon', async () => {
    const json = bytes(
      JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', home_page_url: 'https://j.test/', icon: 'https://j.test/icon.png', items: [] }),
    );
    expect((await parseFeed(json, { now })).image).toMatchObject({ url: 'https://j.test/icon.png', link: 'https://j.test/' });
  });

  it('has no image when the feed gives none', async () => {
    expect((await parseFeed(rss(''), { now })).image).toBeNull();
  });
});

describe('parseFeed: item pictures and enclosures', () => {
  const item = async (xml: string) =>
    (await parseFeed(rss(`<item><title>Boats</title><link>https://harbour.test/1</link>${xml}</item>`), { url: 'https://harbour.test/feed.xml', now }))
      .items[0]!;

  it('takes an image enclosure as the picture and lists every enclosure', async () => {
    const i = await item('<enclosure url="/a.mp3" type="audio/mpeg" length="1200"/><enclosure url="https://img.test/e.jpg" type="image/jpeg" length="99"/>');
    expect(i.image).toBe('https://img.test/e.jpg');
    expect(i.enclosures).toEqual([
      { url: 'https://harbour.test/a.mp3', type: 'audio/mpeg', length: 1200 },
      { url: 'https://img.test/e.jpg', type: 'image/jpeg', length: 99 },
    ]);
  });

  it('reads media:thumbnail and an image media:content', async () => {
    expect((await item('<media:thumbnail url="https://img.test/t.jpg"/>')).image).toBe('https://img.test/t.jpg');
    expect((await item('<media:content url="https://img.test/c.jpg" medium="image"/>')).image).toBe('https://img.test/c.jpg');
  });

  it('looks inside media:group', async () => {
    expect(
      (
        await item(
          '<media:group><media:content url="https://img.test/v.mp4" medium="video"/><media:content url="https://img.test/g.jpg" type="image/jpeg"/></media:group>',
        )
      ).image,
    ).toBe('https://img.test/g.jpg');
  });

  it('reads an item itunes:image', async () => {
    expect((await item('<itunes:image href="https://pod.test/ep.jpg"/>')).image).toBe('https://pod.test/ep.jpg');
  });

  it('reads Atom link rel="enclosure"', async () => {
    const feed = await parseFeed(
      bytes('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e</id><link rel="enclosure" href="/p.png" type="image/png" length="5"/></entry></feed>'),
      { url: 'https://atom.test/f', now },
    );
    expect(feed.items[0]).toMatchObject({ image: 'https://atom.test/p.png', enclosures: [{ url: 'https://atom.test/p.png', type: 'image/png', length: 5 }] });
  });

  it('reads JSON Feed image, banner_image and image attachments', async () => {
    const json = (item: object) => bytes(JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: '1', ...item }] }));
    expect((await parseFeed(json({ image: 'https://j.test/i.jpg', banner_image: 'https://j.test/b.jpg' }), { now })).items[0]!.image).toBe(
      'https://j.test/i.jpg',
    );
    expect((await parseFeed(json({ banner_image: 'https://j.test/b.jpg' }), { now })).items[0]!.image).toBe('https://j.test/b.jpg');
    const att = (await parseFeed(json({ attachments: [{ url: 'https://j.test/a.png', mime_type: 'image/png', size_in_bytes: 7 }] }), { now })).items[0]!;
    expect(att).toMatchObject({ image: 'https://j.test/a.png', enclosures: [{ url: 'https://j.test/a.png', type: 'image/png', length: 7 }] });
  });
});

describe('parseFeed: title and summary fidelity', () => {
  it('decodes entities in a text title once', async () => {
    const i = (await parseFeed(rss('<item><title>Fish &amp;amp; chips &#38; more</title></item>'), { now })).items[0]!;
    expect(i.title).toBe('Fish &amp; chips & more');
  });

  it('escapes text/plain Atom content exactly once', async () => {
    const feed = await parseFeed(
      bytes('<feed xmlns="http://www.w3.org/2005/Atom"><entry><id>e</id><content type="text">a &lt;b&gt; &amp;amp; c</content></entry></feed>'),
      { now },
    );
    expect(feed.items[0]!.html).toBe('a &lt;b&gt; &amp;amp; c');
  });

  it('keeps an empty channel description as an empty string', async () => {
    expect((await parseFeed(rss('<description/>'), { now })).description).toBe('');
    expect((await parseFeed(rss(''), { now })).description).toBeNull();
  });

  it('reads a plain <summary> beside <description>: the first is the summary, the other the content', async () => {
    const i = (await parseFeed(rss('<item><summary>Short</summary><description>Long text</description></item>'), { now })).items[0]!;
    expect(i).toMatchObject({ summary: 'Short', html: 'Long text' });
  });
});
