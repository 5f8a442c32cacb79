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
const BLANK_LINE = /\n[ \t]*\n/;
/** Whitespace that collapsing would change: any but a space, or two spaces. Most lines have none, and a test is far cheaper than a replace. */
const UNEVEN_SPACE = /[^\S ]| {2}/;

/**
 * Splits plain text into paragraphs (blank-line separated; single newlines
 * inside one are spaces; in a text without blank lines, every line is one) and drops junk lines, which extraction may let
 * through and which must never reach a gist, quote or figure.
 */
export function buildDocument(text: string, lang: string): Document {
  const kept: string[] = [];
  const normalised = text.replace(/\r\n?/g, '\n');
  // Without any blank line, the text has one paragraph per line (`summarize FILE`, the dev set's files).
  const blocks = BLANK_LINE.test(normalised) ? normalised.split(BLANK_LINE) : normalised.split('\n');
  for (const block of blocks) {
    const lines = block
      .split('\n')
      .map((l) => (UNEVEN_SPACE.test(l) ? l.replace(/\s+/g, ' ') : l).trim())
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
