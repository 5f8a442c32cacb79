import type { ExtractedArticle } from '../domain/index.js';
import { toDigestError } from '../domain/index.js';
import { detectLanguage } from '../lang/index.js';
import { blockParagraphs } from './block-text.js';
import { withoutJunkLines } from './junk-lines.js';
import { declaredLanguage, normalizeLanguage } from './page-language.js';
import { parseDocument } from './parse-document.js';
import { pageTags } from './page-tags.js';
import { linkedomReadability } from './readability-on-linkedom.js';
import type { PageTags } from './page-tags.js';
import { pruneBoilerplate, pruneCaptions } from './prune-boilerplate.js';
import { withoutPageEchoes } from './page-echoes.js';

export interface ExtractOptions {
  /** The address the page was fetched from: a line that only repeats it is dropped. */
  url?: string;
  /** A language already known (from the feed); wins over what the page declares. */
  lang?: string | null;
}

/** Title from the page's own metadata, read before Readability rewrites the DOM. */
function metadataTitle(tags: PageTags): string | null {
  const title = tags.meta('property', 'og:title') ?? tags.title?.textContent;
  return title?.replace(/\s+/g, ' ').trim() || null;
}

const IMAGE_METAS = [
  ['property', 'og:image:secure_url'],
  ['property', 'og:image'],
  ['name', 'twitter:image'],
  ['property', 'twitter:image'],
] as const;

/** The picture the page names for sharing: og:image (or its secure_url), else twitter:image, resolved against the page. */
function metadataImage(tags: PageTags, url: string | undefined): string | null {
  const src = IMAGE_METAS.map(([attr, value]) => tags.meta(attr, value)?.trim()).find(Boolean);
  if (!src) return null;
  try {
    return new URL(src, url).href;
  } catch {
    return null;
  }
}

/**
 * Titles often carry the site's name ("Headline | Example News"); the page's
 * own <h1> is the headline alone when the title contains it.
 */
function withoutSiteName(title: string | null, h1: string | null): string | null {
  return title && h1 && h1.length >= 12 && title.length > h1.length && title.includes(h1) ? h1 : title;
}

/** Where the page says it lives; sites print it as text in share widgets. */
function pageUrls(tags: PageTags, url: string | undefined): string[] {
  const declared = [tags.canonical, tags.meta('property', 'og:url')];
  return [url, ...declared].filter((u): u is string => Boolean(u));
}

/**
 * The main text of an article page, without the page around it. A page with
 * no article gives empty text (see isUsableArticle); a failure of the parser
 * itself is an EXTRACT_FAILED DigestError.
 */
export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  try {
    return extract(html, opts);
  } catch (e) {
    throw toDigestError(e, 'EXTRACT_FAILED', opts.url ? { url: opts.url } : {});
  }
}

function extract(html: string, opts: ExtractOptions): ExtractedArticle {
  const doc = parseDocument(html);
  const tags = pageTags(doc);
  const fallbackTitle = metadataTitle(tags);
  const image = metadataImage(tags, opts.url);
  const h1 = tags.h1?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const urls = pageUrls(tags, opts.url);
  const pageLang = normalizeLanguage(opts.lang) ?? declaredLanguage(doc, tags);

  if (doc.body) pruneCaptions(doc.body);
  // keepClasses: the class names are what tells boilerplate apart after Readability.
  // charThreshold: below it Readability starts over with its cleaning relaxed, up to four
  // times, re-parsing the page each time; a 250-character news brief is an article.
  const Readability = linkedomReadability();
  const result = new Readability<Element>(doc, { serializer: (node) => node as Element, keepClasses: true, charThreshold: 250 }).parse();
  const content = result?.content;
  if (content) pruneBoilerplate(content);
  const paragraphs = content ? blockParagraphs(content) : [];
  const title = withoutSiteName(result?.title?.replace(/\s+/g, ' ').trim() || fallbackTitle, h1);
  const text = withoutPageEchoes(withoutJunkLines(paragraphs, pageLang), { title, urls }).join('\n\n');

  const lang = pageLang ?? (text ? detectLanguage(text) : null);
  return { title, lang, text, image };
}
