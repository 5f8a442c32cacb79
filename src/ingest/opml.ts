import { escapeAttribute } from 'entities';
import { DigestError, type FeedSource } from '../domain/index.js';
import { elementChildren, parseXml, type XmlElement } from './xml-tree.js';

/**
 * Feeds of an OPML subscription list. Nested outlines become tags (the folder
 * names), as feed readers export them. Outlines without xmlUrl are folders.
 */
export function parseOpml(xml: string, file?: string): FeedSource[] {
  const where = file ? { file } : {};
  const { root } = parseXml(xml);
  if (!root || root.local !== 'opml') throw new DigestError('INPUT_INVALID', 'not an OPML document (no <opml> root)', where);
  const body = elementChildren(root).find((e) => e.local === 'body');
  if (!body) throw new DigestError('INPUT_INVALID', 'OPML without a <body>', where);
  const out: FeedSource[] = [];
  const seen = new Set<string>();
  const walk = (el: XmlElement, folders: string[]) => {
    for (const o of elementChildren(el).filter((e) => e.local === 'outline')) {
      const get = (k: string) => (Object.entries(o.attrs).find(([a]) => a.toLowerCase() === k.toLowerCase())?.[1] ?? '').trim();
      const url = get('xmlUrl');
      const name = get('title') || get('text');
      if (url) {
        if (!seen.has(url)) {
          seen.add(url);
          const lang = get('language');
          const tags = [...folders, ...get('category').split(/[,\s]+/).map((t) => t.replace(/^\//, ''))].filter(Boolean);
          out.push({ url, name: name || url, ...(lang ? { lang } : {}), tags: [...new Set(tags)] });
        }
      } else {
        walk(o, name ? [...folders, name] : folders);
      }
    }
  };
  walk(body, []);
  return out;
}

/** An OPML 2.0 document of the feed list; tags go in `category`. */
export function toOpml(sources: FeedSource[], title: string): string {
  const a = (s: string) => escapeAttribute(s);
  const lines = sources.map((s) => {
    const extra = [s.lang ? ` language="${a(s.lang)}"` : '', s.tags.length ? ` category="${a(s.tags.join(','))}"` : ''].join('');
    return `    <outline type="rss" text="${a(s.name)}" title="${a(s.name)}" xmlUrl="${a(s.url)}"${extra} />`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<opml version="2.0">',
    `  <head><title>${a(title)}</title></head>`,
    '  <body>',
    ...lines,
    '  </body>',
    '</opml>',
    '',
  ].join('\n');
}
