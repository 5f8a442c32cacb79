import { isJunkLine } from '../lang/index.js';

/** A paragraph of the cleaned article, with its place in `Document.text`. */
export interface Paragraph {
  text: string;
  start: number;
  end: number;
}

/** The article body as one string (paragraphs joined by blank lines) plus its paragraphs. */
export interface Document {
  text: string;
  paragraphs: Paragraph[];
}

export const PARAGRAPH_BREAK = '\n\n';

/**
 * Splits plain text into paragraphs (blank-line separated; single newlines
 * inside one are spaces) and drops junk lines, which extraction may let
 * through and which must never reach a gist, quote or figure.
 */
export function buildDocument(text: string, lang: string): Document {
  const kept: string[] = [];
  for (const block of text.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter((l) => l && !isJunkLine(l, lang));
    if (lines.length) kept.push(lines.join(' '));
  }
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const p of kept) {
    paragraphs.push({ text: p, start: offset, end: offset + p.length });
    offset += p.length + PARAGRAPH_BREAK.length;
  }
  return { text: kept.join(PARAGRAPH_BREAK), paragraphs };
}
