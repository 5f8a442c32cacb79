import { escapeAttribute, escapeText } from 'entities';
import { resolveUrl } from './resolve-url.js';
import { elementChildren, textOf, type XmlElement } from './xml-tree.js';

/** Namespace URIs a feed reader looks at, lower case (the parser lower-cases them). */
export const NS = {
  atom10: 'http://www.w3.org/2005/atom',
  atom03: 'http://purl.org/atom/ns#',
  rss10: 'http://purl.org/rss/1.0/',
  rss09: 'http://my.netscape.com/rdf/simple/0.9/',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  dcterms: 'http://purl.org/dc/terms/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  xhtml: 'http://www.w3.org/1999/xhtml',
  media: 'http://search.yahoo.com/mrss/',
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
} as const;

/** Prefixes feeds often use without declaring them. */
export const KNOWN_PREFIXES: Record<string, string> = {
  dc: NS.dc,
  dcterms: NS.dcterms,
  content: NS.content,
  atom: NS.atom10,
  media: NS.media,
  itunes: NS.itunes,
  rdf: NS.rdf,
  xhtml: NS.xhtml,
};

/** Misspelt or outdated namespace URIs seen in real feeds, to the one readers check. */
export const NAMESPACE_ALIASES: Record<string, string> = {
  'http://search.yahoo.com/mrss': NS.media,
  'http://purl.org/dc/elements/1.1': NS.dc,
  'http://purl.org/rss/1.0/modules/content': NS.content,
  'http://www.w3.org/2005/atom/': NS.atom10,
};

/** Namespaces whose elements count as "plain RSS" (none, RSS 1.0, RSS 0.9, the Userland 0.91 one). */
export const RSS_NAMESPACES = new Set([
  '',
  NS.rss10,
  NS.rss09,
  'http://backend.userland.com/rss',
  'http://backend.userland.com/rss2',
  'http://blogs.law.harvard.edu/tech/rss',
  'http://purl.org/net/rss1.1#',
]);
export const ATOM_NAMESPACES = new Set([NS.atom10, NS.atom03, '']);

/** First child with that local name whose namespace is in `namespaces` (any namespace when omitted). */
export function child(el: XmlElement, local: string, namespaces?: ReadonlySet<string> | string): XmlElement | undefined {
  for (const c of el.children) {
    if (typeof c === 'string' || c.local !== local) continue;
    if (!namespaces || (typeof namespaces === 'string' ? c.ns === namespaces : namespaces.has(c.ns))) return c;
  }
  return undefined;
}

export function children(el: XmlElement, local: string, namespaces?: ReadonlySet<string> | string): XmlElement[] {
  return elementChildren(el).filter((c) => c.local === local && (!namespaces || (typeof namespaces === 'string' ? c.ns === namespaces : namespaces.has(c.ns))));
}

/** Trimmed text of the first matching child, or null when absent or empty. */
export function childText(el: XmlElement, local: string, namespaces?: ReadonlySet<string> | string): string | null {
  const c = child(el, local, namespaces);
  if (!c) return null;
  const t = textOf(c).trim();
  return t || null;
}

/** An attribute by local name, whatever prefix it was written with. */
export function attr(el: XmlElement, local: string): string | null {
  if (el.attrs[local] !== undefined) return el.attrs[local]!;
  // CDF writes HREF; some feeds prefix attributes they need not.
  for (const [k, v] of Object.entries(el.attrs)) {
    const name = k.slice(k.indexOf(':') + 1).toLowerCase();
    if (name === local && !k.startsWith('xmlns')) return v;
  }
  return null;
}

/** The base URL in effect inside `el`, given its parent's. */
export function baseOf(el: XmlElement, parentBase: string | null): string | null {
  const own = el.attrs['xml:base'];
  return own === undefined ? parentBase : (resolveUrl(own.trim(), parentBase) ?? parentBase);
}

export function langOf(el: XmlElement, parentLang: string | null): string | null {
  const own = el.attrs['xml:lang'] ?? el.attrs['lang'];
  return own === undefined ? parentLang : own.trim() || null;
}

const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/** The children of an element written back as HTML (for inline XHTML content). */
export function innerHtml(el: XmlElement): string {
  let s = '';
  for (const c of el.children) {
    if (typeof c === 'string') {
      s += escapeText(c);
      continue;
    }
    const attrs = Object.entries(c.attrs)
      .filter(([k]) => k !== 'xmlns' && !k.startsWith('xmlns:'))
      .map(([k, v]) => ` ${k}="${escapeAttribute(v)}"`)
      .join('');
    const name = c.ns === NS.xhtml ? c.local : c.name;
    s += VOID.has(c.local) && c.children.length === 0 ? `<${name}${attrs} />` : `<${name}${attrs}>${innerHtml(c)}</${name}>`;
  }
  return s;
}

/** Content that mixes text and child elements (unescaped HTML inside RSS) is HTML; else its text. */
export function markupOf(el: XmlElement): string {
  return el.children.some((c) => typeof c !== 'string') ? innerHtml(el) : textOf(el);
}
