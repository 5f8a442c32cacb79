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
const BLANK_LINE = /^[ \t]*$/;
/** Whitespace that collapsing would change: any but a space, or two spaces. Most lines have none, and a test is far cheaper than a replace. */
const UNEVEN_SPACE = /[^\S ]| {2}/;
/**
 * A junk line that is only a label ("À lire aussi :", "Leia também", "Lesen Sie auch", "Mehr zum Thema:"): up to three
 * words, a colon only at its end, and no name ending it unless the colon does (a byline, "Von Katrin Wendler", labels nothing).
 */
const LINK_LABEL = /^(?:[^\s:]+(?:\s+[^\s:]+){0,2}\s*:|(?:[^\s:]+\s+){0,2}(?!\p{Lu}\p{Ll})[^\s:]+)$/u;
/** A headline: a line of at most twenty words not closed by a sentence's end or a colon. */
const LINKED_HEADLINE = /^(?:\S+\s+){0,19}\S*[^\s.!?…:;,"”»]$/u;

/**
 * Splits plain text into paragraphs (blank-line separated; single newlines
 * inside one are spaces; in a text without blank lines, every line is one) and drops junk lines, which extraction may let
 * through and which must never reach a gist, quote or figure.
 */
export function buildDocument(text: string, lang: string): Document {
  const kept: string[] = [];
  const normalised = text.replace(/\r\n?/g, '\n');
  // One split into lines, not a regex split into blocks then lines (several times dearer): a blank line is one of
  // spaces and tabs between two others, where `\n[ \t]*\n` would split.
  const rawLines = normalised.split('\n');
  const blank = rawLines.map((l, i) => i > 0 && i < rawLines.length - 1 && BLANK_LINE.test(l));
  // Without any blank line, the text has one paragraph per line (`summarize FILE`, the dev set's files).
  const paragraphed = blank.includes(true);
  let lines: string[] = [];
  const endBlock = (): void => {
    if (lines.length) kept.push(lines.join(' '));
    lines = [];
  };
  let afterLabel = false;
  rawLines.forEach((raw, i) => {
    if (!paragraphed || blank[i]) endBlock();
    const l = (UNEVEN_SPACE.test(raw) ? raw.replace(/\s+/g, ' ') : raw).trim();
    if (!l) return;
    if (isJunkLine(l, lang)) {
      afterLabel = LINK_LABEL.test(l);
      return;
    }
    // "Leia também" alone on its line, then the other story's headline: the link's text is junk too.
    if (!(afterLabel && LINKED_HEADLINE.test(l))) lines.push(l);
    afterLabel = false;
  });
  endBlock();
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  for (const p of kept) {
    paragraphs.push({ text: p, start: offset, end: offset + p.length });
    offset += p.length + PARAGRAPH_BREAK.length;
  }
  return { text: kept.join(PARAGRAPH_BREAK), paragraphs };
}
