import { DigestError, type Feed } from '../domain/index.js';
import { decodeDocument } from './charset.js';
import type { DraftFeed } from './feed-draft.js';
import { normalizeFeed } from './normalize-feed.js';
import { readAtom } from './read-atom.js';
import { readJsonFeed } from './read-json-feed.js';
import { readRss } from './read-rss.js';
import { ATOM_NAMESPACES, KNOWN_PREFIXES, NAMESPACE_ALIASES, NS, RSS_NAMESPACES } from './xml-fields.js';
import { decodeEntities, elementChildren, expansionBudget, parseXml, type XmlElement } from './xml-tree.js';
import { resolveUrl } from './resolve-url.js';
import { fixC1Controls, stripForbiddenControls } from './control-characters.js';

export interface ParseFeedOptions {
  /** Where the bytes came from: the base for relative links, and named in errors. */
  url?: string | undefined;
  contentType?: string | null | undefined;
  /** The clock for clamping future dates (tests pin it). */
  now?: Date;
  /** The fetch limit: DTD entities never expand a document past it. */
  maxBytes?: number | undefined;
  /**
   * The HTTP response headers, lower-case names. Content-Location (resolved against `url`)
   * is the document's base below any xml:base; Content-Language is the feed's language
   * when the document names none; Content-Type stands in for `contentType`.
   */
  headers?: Readonly<Record<string, string | string[] | undefined>> | undefined;
}

const RSS_ROOTS = new Set(['rss', 'rdf', 'channel', 'scriptingnews']);

/**
 * Bytes of an RSS, Atom or JSON feed to a normalized Feed. Charset from BOM,
 * Content-Type, XML prolog, else detected. The lenient XML reader takes
 * undefined entities, bare `&`, unclosed tags; C0/C1 control characters are
 * fixed while decoding. A document whose root still is not a feed is repaired
 * (junk before the prolog, double escaping) and read once more before giving
 * up with one line that names the feed and the reason.
 */
export async function parseFeed(bytes: Uint8Array, opts: ParseFeedOptions = {}): Promise<Feed> {
  const where = opts.url ? { url: opts.url } : {};
  const contentType = opts.contentType ?? headerValue(opts.headers, 'content-type');
  const text = stripForbiddenControls(fixC1Controls(decodeDocument(bytes, { contentType, kind: 'xml' })));
  // A feed served from another place than it lives: its relative links point from there.
  const location = resolveUrl(headerValue(opts.headers, 'content-location')?.trim() ?? null, opts.url ?? null);
  const base = location && /^https?:/i.test(location) ? location : (opts.url ?? null);
  const maxExpanded = expansionBudget(text.length, opts.maxBytes);
  let draft: DraftFeed | null;
  try {
    draft = readDocument(text, base, maxExpanded) ?? readDocument(repairXml(text), base, maxExpanded);
  } catch (e) {
    // An entity bomb: the reader names the limit, this names the feed.
    if (e instanceof DigestError) throw new DigestError(e.code, e.message, where);
    throw e;
  }
  if (!draft) throw new DigestError('FEED_PARSE', whyNotAFeed(text, contentType), where);
  // A feed that declares no language may still be served with one ("en-US, fr": the first).
  draft.lang ??= headerValue(opts.headers, 'content-language')?.split(',')[0]?.trim() || null;
  return normalizeFeed(draft, { url: base ?? undefined, now: opts.now ?? new Date() });
}

function headerValue(headers: ParseFeedOptions['headers'], name: string): string | null {
  const v = headers?.[name];
  return (Array.isArray(v) ? v[0] : v) ?? null;
}

function readDocument(text: string, url: string | null, maxExpanded: number): DraftFeed | null {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      return readJsonFeed(JSON.parse(trimmed));
    } catch {
      return null;
    }
  }
  const { root } = parseXml(text, KNOWN_PREFIXES, maxExpanded);
  return root ? readRoot(root, url) : null;
}

function readRoot(root: XmlElement, url: string | null): DraftFeed | null {
  if (root.local === 'feed') {
    // An Atom draft namespace nobody else used (echo, "newformat"): read it as Atom.
    canonicalNamespaces(root, ATOM_NAMESPACES.has(root.ns) ? null : root.ns, NS.atom10);
    return readAtom(root, url);
  }
  if (RSS_ROOTS.has(root.local)) {
    const channel = elementChildren(root).find((e) => e.local === 'channel');
    const own = channel && !RSS_NAMESPACES.has(channel.ns) ? channel.ns : !RSS_NAMESPACES.has(root.ns) && root.local === 'rss' ? root.ns : null;
    canonicalNamespaces(root, own, '');
    return readRss(root, url);
  }
  return null;
}

/** Maps namespace aliases to their canonical URI, and the document's own unknown default namespace to `to`. */
function canonicalNamespaces(el: XmlElement, own: string | null, to: string): void {
  el.ns = el.ns === own ? to : (NAMESPACE_ALIASES[el.ns] ?? el.ns);
  for (const c of el.children) if (typeof c !== 'string') canonicalNamespaces(c, own, to);
}

/**
 * Faults the lenient parser cannot read past: junk before the prolog (PHP
 * warnings, a second BOM, an HTML error banner) hides the root element; a
 * double-escaped document (`&lt;rss&gt;`) hides it too. Undefined entities,
 * bare `&` and control characters need no repair: the parser and the decoder
 * already take them.
 */
function repairXml(text: string): string {
  let s = text;
  if (!/<(rss|rdf:RDF|feed|channel)\b/i.test(s) && /&lt;(rss|rdf:RDF|feed)\b/i.test(s)) s = decodeEntities(s);
  const start = s.search(/<\?xml|<(rss|rdf:RDF|feed|channel)\b/i);
  return start > 0 ? s.slice(start) : s;
}

function whyNotAFeed(text: string, contentType: string | null | undefined): string {
  const head = text.slice(0, 2048).trimStart();
  if (!head) return 'the document is empty';
  if (/^(<!doctype html|<html)/i.test(head) || /^text\/html/i.test(contentType ?? '')) {
    return 'this is an HTML page, not a feed (look for a <link rel="alternate" type="application/rss+xml"> on it)';
  }
  if (head.startsWith('{')) return 'JSON that is not a JSON Feed (no "items" array)';
  const root = parseXml(text).root;
  if (!root) return 'no XML element found';
  return `not an RSS, Atom or JSON feed (root element <${root.name}>)`;
}
