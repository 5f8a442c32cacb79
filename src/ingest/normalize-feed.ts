import { createHash } from 'node:crypto';
import type { Feed, FeedImage, FeedItem } from '../domain/index.js';
import { canonicalUrl } from './canonical-url.js';
import type { DraftFeed, DraftImage, DraftItem } from './feed-draft.js';
import { normalizeItemDate } from './parse-date.js';
import { sanitizeHtml } from './sanitize-html.js';
import { resolveUrl } from './resolve-url.js';

/**
 * Raw reader output to the Feed every later stage relies on: absolute links,
 * ISO dates, sanitized HTML, an id on every item, language inherited from the feed.
 */
export function normalizeFeed(draft: DraftFeed, opts: { url?: string | undefined; now: Date }): Feed {
  const feedBase = draft.base ?? opts.url ?? null;
  const lang = cleanLang(draft.lang);
  return {
    title: cleanText(draft.title),
    link: resolveUrl(draft.link, feedBase),
    lang,
    description: draft.description === null ? null : sanitizeHtml(draft.description, feedBase ?? undefined),
    image: feedImage(draft.image, feedBase),
    items: draft.items.map((item) => normalizeItem(item, feedBase, lang, opts.now)),
  };
}

function normalizeItem(item: DraftItem, feedBase: string | null, feedLang: string | null, now: Date): FeedItem {
  const base = item.base ?? feedBase;
  const link = resolveUrl(item.link, base);
  const summary = item.summary === null ? null : sanitizeHtml(item.summary, base ?? undefined);
  // Without full content a reader's html is its summary: sanitize once.
  const html = item.html === null ? null : item.html === item.summary ? summary : sanitizeHtml(item.html, base ?? undefined);
  const published = normalizeItemDate(item.date, now);
  const title = cleanText(item.title);
  return {
    id: item.id?.trim() || (link ? canonicalUrl(link) : syntheticId(title, published, html ?? summary)),
    title,
    link,
    published,
    author: authorName(cleanText(item.author)),
    html: html ?? summary,
    summary,
    image: resolveUrl(item.image, base) ?? firstImage(html ?? summary),
    lang: cleanLang(item.lang) ?? feedLang,
    categories: item.categories.map((c) => c.trim()).filter(Boolean),
    enclosures: item.enclosures.flatMap((e) => {
      const url = resolveUrl(e.url, base);
      const length = Number(e.length?.trim());
      return url ? [{ url, type: e.type?.trim().toLowerCase() || null, length: e.length?.trim() && Number.isFinite(length) ? length : null }] : [];
    }),
  };
}

function feedImage(image: DraftImage | null, base: string | null): FeedImage | null {
  const url = image ? resolveUrl(image.url, base) : null;
  if (!image || !url) return null;
  return { url, link: resolveUrl(image.link, base), title: cleanText(image.title), width: pixels(image.width), height: pixels(image.height) };
}

function pixels(s: string | null): number | null {
  const n = Number(s?.trim());
  return s?.trim() && Number.isInteger(n) && n > 0 ? n : null;
}

// Items with neither guid nor link still need a stable key for "already seen".
function syntheticId(title: string | null, published: string | null, html: string | null): string {
  const h = createHash('sha1')
    .update(`${title ?? ''}\n${published ?? ''}\n${html ?? ''}`)
    .digest('hex')
    .slice(0, 16);
  return `urn:news-digest:item:${h}`;
}

function cleanText(s: string | null): string | null {
  if (s === null) return null;
  // Only ASCII whitespace: a no-break or thin space is meant.
  const t = s.replace(/[ \t\r\n]+/g, ' ').replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
  return t || null;
}

/** "jane@example.com (Jane Doe)", "Jane Doe <jane@…>", "Jane Doe (jane@…)": the name is what a reader wants. */
function authorName(s: string | null): string | null {
  if (s === null) return null;
  const m = /^\S+@\S+\s*\((.+)\)$/.exec(s) ?? /^(.+?)\s*[(<]\s*\S+@[^)>]+[)>]$/.exec(s);
  return m ? m[1]!.trim() : s;
}

function cleanLang(s: string | null): string | null {
  const t = s?.trim();
  return t ? t.replace('_', '-') : null;
}

function firstImage(html: string | null): string | null {
  const m = html ? /<img\b[^>]*\ssrc="([^"]+)"/i.exec(html) : null;
  return m ? m[1]!.replace(/&amp;/g, '&') : null;
}
