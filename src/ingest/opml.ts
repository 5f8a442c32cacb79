import { escapeAttribute } from 'entities';
import { DigestError, type FeedSource } from '../domain/index.js';
import { decodeDocument } from './charset.js';
import { elementChildren, parseXml, type XmlElement } from './xml-tree.js';

/** An outline an import left out, and why: the CLI prints one line for each. */
export interface SkippedOutline {
  /** The outline's title (or text), with its folders: "News / Tagesschau". */
  outline: string;
  reason: string;
}

export interface OpmlImport {
  feeds: FeedSource[];
  skipped: SkippedOutline[];
}

/**
 * Feeds of an OPML subscription list. The bytes are decoded as a feed is (BOM,
 * then the XML prolog's encoding). Nested outlines keep their folder path
 * (`folder`) and also become tags, so digests can select by folder; outlines
 * with children are folders. Only http(s) feed URLs are taken (`feed://` is
 * read as https): a subscription list must never make the program read a
 * local file or run a script URL.
 */
export function parseOpml(input: Uint8Array | string, file?: string): OpmlImport {
  const where = file ? { file } : {};
  const xml = typeof input === 'string' ? input : decodeDocument(input, { kind: 'xml' });
  const { root } = parseXml(xml);
  if (!root || root.local !== 'opml') throw new DigestError('INPUT_INVALID', 'not an OPML document (no <opml> root)', where);
  const body = elementChildren(root).find((e) => e.local === 'body');
  if (!body) throw new DigestError('INPUT_INVALID', 'OPML without a <body>', where);
  const feeds: FeedSource[] = [];
  const skipped: SkippedOutline[] = [];
  const seen = new Set<string>();
  const walk = (el: XmlElement, folder: string[]) => {
    for (const o of elementChildren(el).filter((e) => e.local === 'outline')) {
      const get = (k: string) => (Object.entries(o.attrs).find(([a]) => a.toLowerCase() === k.toLowerCase())?.[1] ?? '').trim();
      const rawUrl = get('xmlUrl');
      const name = get('title') || get('text');
      const skip = (reason: string) => skipped.push({ outline: [...folder, name || rawUrl || '(untitled)'].join(' / '), reason });
      if (!rawUrl) {
        if (elementChildren(o).some((c) => c.local === 'outline')) walk(o, name ? [...folder, name] : folder);
        else skip('no xmlUrl');
        continue;
      }
      const url = feedUrl(rawUrl);
      if (!url) {
        skip(`refused "${rawUrl}": only http(s) feed URLs are imported`);
        continue;
      }
      if (seen.has(url)) {
        skip(`same xmlUrl as an earlier outline: ${url}`);
        continue;
      }
      seen.add(url);
      const lang = get('language');
      const htmlUrl = get('htmlUrl');
      const tags = [
        ...folder,
        ...get('category')
          .split(/[,\s]+/)
          .map((t) => t.replace(/^\//, '')),
      ].filter(Boolean);
      feeds.push({
        url,
        name: name || url,
        ...(lang ? { lang } : {}),
        ...(htmlUrl && feedUrl(htmlUrl) ? { htmlUrl: feedUrl(htmlUrl)! } : {}),
        ...(folder.length ? { folder } : {}),
        tags: [...new Set(tags)],
      });
    }
  };
  walk(body, []);
  return { feeds, skipped };
}

/** The URL as an absolute http(s) URL (`feed://host/x` and `feed:https://…` unwrapped), or null. */
function feedUrl(raw: string): string | null {
  const unwrapped = raw.replace(/^feed:(?=https?:)/i, '').replace(/^feed:\/\//i, 'https://');
  try {
    const u = new URL(unwrapped);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** A folder of the export: its feeds and sub-folders in the order they first appear in the list. */
interface OpmlFolder {
  name: string;
  items: (FeedSource | OpmlFolder)[];
}

/**
 * An OPML 2.0 document of the feed list: feeds nested in their folders, tags
 * other than the folder names in `category`, `htmlUrl` kept.
 */
export function toOpml(sources: FeedSource[], title: string): string {
  const a = (s: string) => escapeAttribute(s);
  const root: OpmlFolder = { name: '', items: [] };
  for (const s of sources) {
    let at = root;
    for (const name of s.folder ?? []) {
      let sub = at.items.find((i): i is OpmlFolder => 'items' in i && i.name === name);
      if (!sub) at.items.push((sub = { name, items: [] }));
      at = sub;
    }
    at.items.push(s);
  }
  const lines = (folder: OpmlFolder, depth: number): string[] =>
    folder.items.flatMap((item) => {
      const pad = '  '.repeat(depth);
      if ('items' in item) return [`${pad}<outline text="${a(item.name)}" title="${a(item.name)}">`, ...lines(item, depth + 1), `${pad}</outline>`];
      const category = item.tags.filter((t) => !(item.folder ?? []).includes(t));
      const extra = [
        item.htmlUrl ? ` htmlUrl="${a(item.htmlUrl)}"` : '',
        item.lang ? ` language="${a(item.lang)}"` : '',
        category.length ? ` category="${a(category.join(','))}"` : '',
      ].join('');
      return [`${pad}<outline type="rss" text="${a(item.name)}" title="${a(item.name)}" xmlUrl="${a(item.url)}"${extra} />`];
    });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${a(title)}</title></head>`,
    '  <body>',
    ...lines(root, 2),
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
