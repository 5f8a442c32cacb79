import { decodeHTML } from 'entities';
import type { DraftFeed, DraftImage, DraftItem } from './feed-draft.js';
import { textOf, type XmlElement } from './xml-tree.js';
import { ATOM_NAMESPACES, attr, baseOf, child, children, childText, innerHtml, langOf, NS } from './xml-fields.js';
import { resolveUrl } from './resolve-url.js';

/** Atom 1.0 and 0.3. */
export function readAtom(root: XmlElement, docBase: string | null): DraftFeed {
  const base = baseOf(root, docBase);
  const lang = langOf(root, null);
  return {
    title: textConstruct(child(root, 'title', ATOM_NAMESPACES), 'text'),
    link: alternateLink(root, base),
    lang,
    description: textConstruct(child(root, 'subtitle', ATOM_NAMESPACES) ?? child(root, 'tagline', ATOM_NAMESPACES), 'html'),
    image: feedImage(root, base),
    base,
    items: children(root, 'entry', ATOM_NAMESPACES).map((e) => readEntry(e, base, lang)),
  };
}

function readEntry(el: XmlElement, parentBase: string | null, feedLang: string | null): DraftItem {
  const base = baseOf(el, parentBase);
  const contentEl = child(el, 'content', ATOM_NAMESPACES);
  const summaryEl = child(el, 'summary', ATOM_NAMESPACES);
  const content = textConstruct(contentEl, 'html');
  const mediaGroup = child(el, 'group', NS.media);
  const mediaDescription = child(el, 'description', NS.media) ?? (mediaGroup ? child(mediaGroup, 'description', NS.media) : undefined);
  const summary = textConstruct(summaryEl ?? mediaDescription, 'html');
  const author = child(el, 'author', ATOM_NAMESPACES) ?? child(el, 'contributor', ATOM_NAMESPACES);
  const image = children(el, 'link', ATOM_NAMESPACES).find((l) => attr(l, 'rel') === 'enclosure' && (attr(l, 'type') ?? '').startsWith('image/'));
  const thumb = child(el, 'thumbnail', NS.media);
  return {
    id: atomId(el, base),
    title: textConstruct(child(el, 'title', ATOM_NAMESPACES), 'text'),
    link: alternateLink(el, base),
    date:
      lastText(el, 'published') ??
      lastText(el, 'issued') ??
      lastText(el, 'updated') ??
      lastText(el, 'modified') ??
      lastText(el, 'created') ??
      childText(el, 'date', NS.dc),
    author: author ? readAtomPerson(author) : childText(el, 'creator', NS.dc),
    html: content ?? summary,
    summary,
    image: image ? attr(image, 'href') : thumb ? attr(thumb, 'url') : null,
    enclosures: children(el, 'link', ATOM_NAMESPACES).flatMap((l) => {
      const href = attr(l, 'href');
      return attr(l, 'rel') === 'enclosure' && href ? [{ url: href, type: attr(l, 'type'), length: attr(l, 'length') }] : [];
    }),
    lang: langOf(el, feedLang),
    categories: children(el, 'category', ATOM_NAMESPACES)
      .map((c) => attr(c, 'term') ?? textOf(c))
      .concat(children(el, 'subject', NS.dc).map(textOf), children(el, 'category', NS.media).map(textOf)),
    base: baseOf(contentEl ?? summaryEl ?? el, base),
  };
}

/** The feed's logo (wide), else its icon (square). */
function feedImage(root: XmlElement, base: string | null): DraftImage | null {
  const el = child(root, 'logo', ATOM_NAMESPACES) ?? child(root, 'icon', ATOM_NAMESPACES);
  const url = el ? textOf(el).trim() : '';
  return el && url ? { url: resolveUrl(url, baseOf(el, base)) ?? url, link: null, title: null, width: null, height: null } : null;
}

/** A repeated date element: the last one counts, as in other readers. */
function lastText(el: XmlElement, local: string): string | null {
  const all = children(el, local, ATOM_NAMESPACES);
  const last = all[all.length - 1];
  return last ? textOf(last).trim() || null : null;
}

/** Atom ids are IRIs: a relative one is resolved like a link. */
function atomId(el: XmlElement, base: string | null): string | null {
  const id = childText(el, 'id', ATOM_NAMESPACES);
  return id !== null && base !== null && /^[/.]/.test(id) ? resolveUrl(id, base) : id;
}

/** `<author><name>…</name><email>…</email></author>` as one display string. */
export function readAtomPerson(el: XmlElement): string | null {
  const name = childText(el, 'name');
  if (name) return name;
  return childText(el, 'email') ?? (textOf(el).trim() || null);
}

function alternateLink(el: XmlElement, base: string | null): string | null {
  const links = children(el, 'link', ATOM_NAMESPACES);
  const alt =
    links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate' && /html/.test(attr(l, 'type') ?? 'text/html')) ??
    links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate');
  if (!alt) return null;
  // Atom 0.3 feeds sometimes put the URL in the element instead of href.
  return resolveUrl(attr(alt, 'href') ?? (textOf(alt).trim() || null), baseOf(alt, base));
}

/**
 * An Atom text construct as HTML (`as: 'html'`) or as plain text (`as: 'text'`),
 * honouring type="text|html|xhtml", Atom 0.3's mode="escaped|base64" and MIME types.
 */
function textConstruct(el: XmlElement | undefined, as: 'html' | 'text'): string | null {
  if (!el) return null;
  const type = (attr(el, 'type') ?? 'text').toLowerCase();
  const mode = (attr(el, 'mode') ?? '').toLowerCase();
  let value: string;
  let isHtml: boolean;
  if (mode === 'base64' || (type.includes('/') && !type.startsWith('text/') && !type.includes('xml'))) {
    value = Buffer.from(textOf(el).replace(/\s+/g, ''), 'base64').toString('utf8');
    isHtml = !type.startsWith('text/plain');
  } else if (type === 'xhtml' || type.includes('xhtml') || (type.includes('xml') && mode !== 'escaped')) {
    // Atom 1.0's type="xhtml" wraps the content in a <div> that is not part of it; Atom 0.3's MIME types do not.
    const div = type === 'xhtml' ? child(el, 'div', NS.xhtml) : undefined;
    const onlyDiv = div && el.children.every((c) => c === div || (typeof c === 'string' && !c.trim()));
    value = innerHtml(onlyDiv ? div : el);
    isHtml = true;
  } else if (el.children.some((c) => typeof c !== 'string')) {
    // Escaped HTML wrapped in an undeclared <div xmlns="xhtml">: the div is a container, its text is the HTML.
    const div = child(el, 'div');
    value = div && el.children.every((c) => c === div || (typeof c === 'string' && !c.trim())) ? textOf(div) : innerHtml(el);
    isHtml = true;
  } else {
    value = textOf(el);
    isHtml = type === 'html' || type === 'text/html' || mode === 'escaped';
  }
  if (as === 'text') return isHtml ? htmlToText(value) : value;
  return isHtml ? value : escapeForHtml(value);
}

function escapeForHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function htmlToText(html: string): string {
  return decodeHTML(html.replace(/<[^>]*>/g, ''));
}
