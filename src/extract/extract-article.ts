import { Readability } from '@mozilla/readability';
import type { ExtractedArticle } from '../domain/index.js';
import { detectLanguage } from '../lang/index.js';
import { blockParagraphs } from './block-text.js';
import { withoutJunkLines } from './junk-lines.js';
import { declaredLanguage, normalizeLanguage } from './page-language.js';
import { parseDocument } from './parse-document.js';
import { pruneBoilerplate, pruneCaptions } from './prune-boilerplate.js';
import { withoutHeadline } from './headline.js';

export interface ExtractOptions {
  /** The page's address, so relative links resolve. */
  url?: string;
  /** A language already known (from the feed); wins over what the page declares. */
  lang?: string | null;
}

/** Title from the page's own metadata, read before Readability rewrites the DOM. */
function metadataTitle(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = og ?? doc.querySelector('title')?.textContent;
  return title?.replace(/\s+/g, ' ').trim() || null;
}

/** The main text of an article page, without the page around it. */
export function extractArticle(html: string, opts: ExtractOptions = {}): ExtractedArticle {
  const doc = parseDocument(html);
  const fallbackTitle = metadataTitle(doc);
  const pageLang = normalizeLanguage(opts.lang) ?? declaredLanguage(doc);

  if (doc.body) pruneCaptions(doc.body);
  // keepClasses: the class names are what tells boilerplate apart after Readability.
  const result = new Readability<Element>(doc, { serializer: (node) => node as Element, keepClasses: true }).parse();
  const content = result?.content;
  if (content) pruneBoilerplate(content);
  const paragraphs = content ? blockParagraphs(content) : [];
  const title = result?.title?.replace(/\s+/g, ' ').trim() || fallbackTitle;
  const text = withoutHeadline(withoutJunkLines(paragraphs, pageLang), title).join('\n\n');

  const lang = pageLang ?? (text ? detectLanguage(text) : null);
  return { title, lang, text };
}
