import { escapeUTF8 } from 'entities';

/** One edition as a feed entry. */
export interface FeedEntry {
  /** Stable across the server and an exported copy, so a reader moving between them sees no duplicates. */
  id: string;
  title: string;
  /** The edition's web page. */
  url: string;
  /** When the edition was made (ISO). */
  published: string;
  /** The whole edition as HTML, without reader-specific links. */
  html: string;
}

/** A digest's feed. */
export interface FeedMeta {
  title: string;
  lang: string;
  /** The archive page listing the editions. */
  homeUrl: string;
  /** Where this feed and its twin in the other format live. */
  atomUrl: string;
  jsonUrl: string;
  /** Stable id of the feed itself. */
  id: string;
}

/** A tag URI (RFC 4151): the same edition has the same id wherever the feed is served from. */
export function editionTagId(publicUrl: string, digestKey: string, editionId: string, createdAt: string): string {
  return `tag:${new URL(publicUrl).hostname},${createdAt.slice(0, 10)}:${digestKey}/${editionId}`;
}

export function feedTagId(publicUrl: string, digestKey: string): string {
  return `tag:${new URL(publicUrl).hostname},2026:${digestKey}`;
}

const x = (s: string) => escapeUTF8(s);

/** Atom 1.0 (RFC 4287), entries newest first, each with its whole edition as `content type="html"`. */
export function atomFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  const updated = entries[0]?.published ?? new Date(0).toISOString();
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(meta.lang)}">
<id>${x(meta.id)}</id>
<title>${x(meta.title)}</title>
<updated>${x(updated)}</updated>
<link rel="self" type="application/atom+xml" href="${x(meta.atomUrl)}"/>
<link rel="alternate" type="text/html" href="${x(meta.homeUrl)}"/>
<link rel="alternate" type="application/feed+json" href="${x(meta.jsonUrl)}"/>
<author><name>${x(meta.title)}</name></author>
<generator>news-digest</generator>
${entries
  .map(
    (e) => `<entry>
<id>${x(e.id)}</id>
<title>${x(e.title)}</title>
<link rel="alternate" type="text/html" href="${x(e.url)}"/>
<published>${x(e.published)}</published>
<updated>${x(e.published)}</updated>
<content type="html">${x(e.html)}</content>
</entry>
`,
  )
  .join('')}</feed>
`;
}

/** JSON Feed 1.1 (https://jsonfeed.org/version/1.1), items newest first, each with `content_html`. */
export function jsonFeed(meta: FeedMeta, entries: readonly FeedEntry[]): string {
  return `${JSON.stringify(
    {
      version: 'https://jsonfeed.org/version/1.1',
      title: meta.title,
      home_page_url: meta.homeUrl,
      feed_url: meta.jsonUrl,
      language: meta.lang,
      authors: [{ name: meta.title }],
      items: entries.map((e) => ({ id: e.id, url: e.url, title: e.title, content_html: e.html, date_published: e.published })),
    },
    null,
    2,
  )}\n`;
}
