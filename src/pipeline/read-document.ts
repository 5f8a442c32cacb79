import type { ExtractedArticle } from '../domain/article.js';
import type { Summary } from '../domain/summary.js';
import { extractArticle } from '../extract/index.js';
import { decodeDocument, fetchPage } from '../ingest/index.js';
import { summarizeArticle } from '../summarize/index.js';

/** A document handed in as bytes: a file, stdin, or a page already fetched. */
export interface DocumentBytes {
  bytes: Uint8Array;
  /** Content-Type when the bytes came over HTTP: its charset counts. */
  contentType?: string | null;
  /** Where the page lives: a line that only repeats it is dropped. */
  url?: string | null;
}

/**
 * The article of a page given as bytes, decoded the way a fetched page is
 * (BOM, header, `<meta charset>`, UTF-8, then detection), so a legacy page
 * read from a file reads the same as from its server.
 */
export function documentArticle(doc: DocumentBytes): ExtractedArticle {
  return articleOf(decodeDocument(doc.bytes, { contentType: doc.contentType ?? null, kind: 'html' }), doc.url ?? null);
}

/** The article at a URL the operator typed: theirs to fetch, though where it redirects is still checked. */
export async function pageArticle(url: string): Promise<ExtractedArticle> {
  const page = await fetchPage(url, { trustFirstUrl: true });
  return articleOf(page.html, page.url);
}

/**
 * The summary of a document: HTML goes through extraction first; plain text
 * is the title on its first line, then paragraphs. `lang` wins over detection.
 */
export function summarizeDocument(doc: DocumentBytes, o: { lang?: string | null } = {}): Summary {
  const lang = o.lang ?? null;
  const content = decodeDocument(doc.bytes, { contentType: doc.contentType ?? null, kind: 'html' });
  if (looksLikeHtml(content)) {
    const page = extractArticle(content, { lang, ...(doc.url && { url: doc.url }) });
    return summarizeArticle(page.text, { lang: lang ?? page.lang, title: page.title });
  }
  const [first = '', ...rest] = content.split(/\r?\n/);
  return summarizeArticle(rest.join('\n'), { lang, title: first.trim() || null });
}

function articleOf(html: string, url: string | null): ExtractedArticle {
  const a = extractArticle(html, url ? { url } : {});
  // Only the contract's keys: the page's picture is for stories, not for `extract --json`.
  return { title: a.title, lang: a.lang, text: a.text };
}

function looksLikeHtml(s: string): boolean {
  return /^\s*(<!doctype html|<html|<head|<body|<article|<p[\s>]|<div)/i.test(s);
}
