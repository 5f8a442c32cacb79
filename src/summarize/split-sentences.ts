import type { Lexicon } from './lexicon.js';
import type { Document } from './document.js';

// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const INITIAL = /^\p{Lu}$/u;
const LOWER_OPENS = /^[\s"”’»]*\p{Ll}/u;

/** A sentence with its place in `Document.text`. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  paragraph: number;
}

const segmenters = new Map<string, Intl.Segmenter>();

function segmenterFor(lang: string): Intl.Segmenter {
  let s = segmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, s);
  }
  return s;
}

/** Closing mark expected for each opening double mark (single marks double as apostrophes). */
const PAIRS: Record<string, string> = { '“': '”', '„': '“', '«': '»', '「': '」', '"': '"' };
/** The same pairs by UTF-16 code unit (all marks are one unit), so the scan builds no string per character. */
const PAIR_CODES = new Map(Object.entries(PAIRS).map(([open, close]) => [open.charCodeAt(0), close.charCodeAt(0)]));

/** True when `s` leaves a double quote open. */
function quoteOpen(s: string): boolean {
  const stack: number[] = [];
  // The length read once: sentences come in several string representations, which makes `s.length` a megamorphic lookup.
  for (let i = 0, n = s.length; i < n; i++) {
    const code = s.charCodeAt(i);
    if (stack.length && code === stack[stack.length - 1]) stack.pop();
    else {
      const close = PAIR_CODES.get(code);
      if (close !== undefined) stack.push(close);
    }
  }
  return stack.length > 0;
}
const WORDISH = /[\p{L}.]/u;

/** The word ending in the period that ends `text` ("Dr", "U.S"), or null; a scan, since end-anchored regexes rescan. */
function wordBeforeFinalPeriod(text: string): string | null {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  if (text[end - 1] !== '.') return null;
  let start = end - 1;
  while (start > 0 && WORDISH.test(text[start - 1]!)) start--;
  return start < end - 1 ? text.slice(start, end - 1) : null;
}

/**
 * True when a break after `left` is not a real sentence end: an abbreviation
 * ("Dr.", "U.S."), a single initial ("J."), a quote still open, or a next
 * piece starting in lowercase ("“Go,” he said" split after the mark).
 */
function shouldJoin(left: string, right: string, lex: Lexicon): boolean {
  const word = wordBeforeFinalPeriod(left);
  if (word) {
    const w = word.toLowerCase();
    if (lex.abbreviations.has(w) || INITIAL.test(word)) return true;
  }
  if (LOWER_OPENS.test(right)) return true;
  return quoteOpen(left);
}

/**
 * Sentences of the paragraphs in order, paragraphs never sharing one; stops
 * after the paragraph where `limit` sentences are reached.
 */
export function splitSentences(doc: Document, lex: Lexicon, limit = Infinity): Sentence[] {
  const out: Sentence[] = [];
  const seg = segmenterFor(lex.pack.code);
  for (const [index, p] of doc.paragraphs.entries()) {
    if (out.length >= limit) break;
    let pending: { text: string; start: number } | null = null;
    for (const s of seg.segment(p.text)) {
      if (pending && shouldJoin(pending.text, s.segment, lex)) {
        pending.text += s.segment;
        continue;
      }
      if (pending) push(pending, index);
      pending = { text: s.segment, start: p.start + s.index };
    }
    if (pending) push(pending, index);
  }
  return out;

  function push(piece: { text: string; start: number }, paragraph: number): void {
    const text = piece.text.trim();
    if (!text) return;
    const lead = piece.text.length - piece.text.trimStart().length;
    out.push({ text, start: piece.start + lead, end: piece.start + lead + text.length, paragraph });
  }
}
