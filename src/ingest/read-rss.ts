import type { DraftFeed, DraftImage, DraftItem } from './feed-draft.js';
import { readAtomPerson } from './read-atom.js';
import { elementChildren, textOf, type XmlElement } from './xml-tree.js';
import { attr, baseOf, child, children, childText, langOf, markupOf, NS, RSS_NAMESPACES } from './xml-fields.js';

const ITEM_NAMES = new Set(['item', 'entry']);

/**
 * RSS 0.9x, 1.0 (RDF) and 2.0, including items that RSS 1.0 puts beside the
 * channel, and Microsoft's CDF (HREF/LASTMOD attributes, ABSTRACT elements).
 */
export function readRss(root: XmlElement, docBase: string | null): DraftFeed {
  const rootBase = baseOf(root, docBase);
  const channel = child(root, 'channel') ?? root;
  const base = baseOf(channel, rootBase);
  const lang = langOf(channel, langOf(root, null)) ?? childText(channel, 'language') ?? childText(channel, 'language', NS.dc);
  const itemEls = [...elementChildren(channel), ...(channel === root ? [] : elementChildren(root))].filter(
    (e) => ITEM_NAMES.has(e.local) && (RSS_NAMESPACES.has(e.ns) || e.ns === root.ns),
  );
  return {
    title: childText(channel, 'title', RSS_NAMESPACES) ?? childText(channel, 'title', NS.dc),
    link: rssLink(channel) ?? attr(channel, 'href'),
    lang,
    description:
      textField(channel, 'description') ??
      textField(channel, 'abstract') ??
      textField(channel, 'subtitle', NS.itunes) ??
      textField(channel, 'summary', NS.itunes) ??
      // An empty <description/> is a description that says nothing, not a missing one.
      (child(channel, 'description', RSS_NAMESPACES) ? '' : null),
    image: channelImage(root, channel),
    base,
    items: itemEls.map((el) => readItem(el, base, lang)),
  };
}

function readItem(el: XmlElement, parentBase: string | null, feedLang: string | null): DraftItem {
  const base = baseOf(el, parentBase);
  const guidEl = child(el, 'guid', RSS_NAMESPACES);
  const guid = guidEl ? textOf(guidEl).trim() || null : null;
  const guidIsLink = guid !== null && attr(guidEl!, 'ispermalink')?.toLowerCase() !== 'false' && /^https?:\/\//i.test(guid);
  const mediaGroup = child(el, 'group', NS.media);
  // <description> and a plain <summary> both: the first is the summary, the other the content.
  const [firstText, secondText] = elementChildren(el)
    .filter((c) => (c.local === 'description' || c.local === 'summary') && RSS_NAMESPACES.has(c.ns))
    .map(markupOf)
    .filter((v) => v.trim());
  const description =
    firstText ??
    textField(el, 'description', NS.dc) ??
    textField(el, 'abstract') ??
    textField(el, 'summary', NS.itunes) ??
    textField(el, 'description', NS.media) ??
    (mediaGroup ? textField(mediaGroup, 'description', NS.media) : null);
  const content =
    textField(el, 'encoded', NS.content) ??
    textField(el, 'body', NS.xhtml) ??
    textField(el, 'body') ??
    textField(el, 'fullitem') ??
    textField(el, 'content', NS.atom10) ??
    secondText ??
    null;
  return {
    id: guid ?? attr(el, 'about'),
    title: childText(el, 'title', RSS_NAMESPACES) ?? childText(el, 'title', NS.dc) ?? childText(el, 'title', NS.media),
    link: rssLink(el) ?? attr(el, 'href') ?? (guidIsLink ? guid : null),
    date:
      childText(el, 'pubdate', RSS_NAMESPACES) ??
      childText(el, 'date', NS.dc) ??
      childText(el, 'published', NS.atom10) ??
      childText(el, 'updated', NS.atom10) ??
      childText(el, 'issued', NS.dcterms) ??
      childText(el, 'modified', NS.dcterms) ??
      childText(el, 'created', NS.dcterms) ??
      attr(el, 'lastmod'),
    author: rssAuthor(el),
    html: content ?? description,
    summary: description,
    image: rssImage(el),
    enclosures: children(el, 'enclosure').flatMap((enc) => {
      const url = attr(enc, 'url');
      return url ? [{ url, type: attr(enc, 'type'), length: attr(enc, 'length') }] : [];
    }),
    lang: langOf(el, null) ?? childText(el, 'language', NS.dc) ?? feedLang,
    categories: [
      // A plain <tags> element (some blog engines) lists tags separated by commas.
      ...children(el, 'tags', RSS_NAMESPACES).flatMap((t) =>
        textOf(t)
          .split(',')
          .map((tag) => tag.trim())
          .filter(Boolean),
      ),
      ...[...children(el, 'category', RSS_NAMESPACES), ...children(el, 'subject', NS.dc)].map((c) => textOf(c).trim()),
      ...itunesCategories(el),
      ...children(el, 'category', NS.media).map(textOf),
    ],
    base,
  };
}

function textField(el: XmlElement, local: string, ns: ReadonlySet<string> | string = RSS_NAMESPACES): string | null {
  const c = child(el, local, ns);
  if (!c) return null;
  const v = markupOf(c);
  return v.trim() ? v : null;
}

function rssLink(el: XmlElement): string | null {
  const plain = childText(el, 'link', RSS_NAMESPACES);
  if (plain) return plain;
  const atomLinks = children(el, 'link', NS.atom10);
  const alt = atomLinks.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? null;
  return alt ? attr(alt, 'href') : null;
}

function rssAuthor(el: XmlElement): string | null {
  const atomAuthor = child(el, 'author', NS.atom10);
  return (
    childText(el, 'creator', NS.dc) ??
    childText(el, 'author', NS.dc) ??
    childText(el, 'author', RSS_NAMESPACES) ??
    childText(el, 'author', NS.itunes) ??
    (atomAuthor ? readAtomPerson(atomAuthor) : null)
  );
}

/** iTunes categories nest: <itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>. */
function itunesCategories(el: XmlElement): string[] {
  return children(el, 'category', NS.itunes).flatMap((c) => [attr(c, 'text') ?? '', ...itunesCategories(c)]);
}

/** An item's picture: an image enclosure, then Media RSS (also inside media:group), then itunes:image. */
function rssImage(el: XmlElement): string | null {
  for (const enc of children(el, 'enclosure')) {
    if ((attr(enc, 'type') ?? '').startsWith('image/')) return attr(enc, 'url');
  }
  return mediaImage(el) ?? mediaImage(child(el, 'group', NS.media)) ?? itunesImage(el);
}

function mediaImage(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const media =
    child(el, 'thumbnail', NS.media) ?? children(el, 'content', NS.media).find((m) => (attr(m, 'medium') ?? attr(m, 'type') ?? '').startsWith('image'));
  return media ? attr(media, 'url') : null;
}

/** itunes:image href (some write url=, or the URL as text), or the older itunes:link rel="image". */
function itunesImage(el: XmlElement): string | null {
  const itunes = child(el, 'image', NS.itunes);
  if (itunes) return attr(itunes, 'href') ?? attr(itunes, 'url') ?? (textOf(itunes).trim() || null);
  const link = children(el, 'link', NS.itunes).find((l) => attr(l, 'rel') === 'image');
  return link ? attr(link, 'href') : null;
}

/**
 * The channel's <image> (RSS 1.0 puts it beside the channel, the channel only points to it),
 * else its itunes:image or Media RSS thumbnail.
 */
function channelImage(root: XmlElement, channel: XmlElement): DraftImage | null {
  const images = [...children(channel, 'image', RSS_NAMESPACES), ...(channel === root ? [] : children(root, 'image', RSS_NAMESPACES))];
  for (const img of images) {
    const url = childText(img, 'url', RSS_NAMESPACES) ?? attr(img, 'about');
    if (url) {
      return {
        url,
        link: childText(img, 'link', RSS_NAMESPACES),
        title: childText(img, 'title', RSS_NAMESPACES),
        width: childText(img, 'width', RSS_NAMESPACES),
        height: childText(img, 'height', RSS_NAMESPACES),
      };
    }
  }
  const url = itunesImage(channel) ?? mediaImage(channel);
  return url ? { url, link: null, title: null, width: null, height: null } : null;
}
