import { PARAGRAPH_BREAK } from './document.js';
import type { Document } from './document.js';

/** Quoted words found in the text, before anyone is credited with them. */
export interface RawQuote {
  /** The words without the marks (paragraph continuations joined by a space). */
  text: string;
  /** Offset of the opening mark in `Document.text`. */
  start: number;
  /** Offset just after the closing mark. */
  end: number;
  /** Paragraph of the opening mark. */
  paragraph: number;
}

/** Closing marks accepted for each opening mark, in every language. */
const CLOSERS: Readonly<Record<string, string>> = {
  '“': '”',
  '„': '“”',
  '‚': '‘’',
  '‘': '’',
  '«': '»',
  '»': '«',
  '‹': '›',
  '「': '」',
  '『': '』',
  '"': '"',
  "'": "'",
};

/**
 * Closers of a quote typed with mixed marks („…" or “…" where the keyboard gave a
 * straight closing mark, "…” where it gave a curly one), tried only when the proper
 * closer never comes, so a straight quote nested in „…“ still reads as nested.
 */
const MIXED_CLOSERS: Readonly<Record<string, string>> = {
  '„': '"',
  '“': '"',
  '"': '”“',
};

/** Marks that are also apostrophes, so they need a word edge on the right side. */
const APOSTROPHES = new Set(["'", '’', '‘']);
const WORDISH = /[\p{L}\p{N}]/u;
/** A single mark that, doubled, closes a double quote. */
const PAIRED_SINGLE = new Set(['’', "'"]);
const MAX_QUOTE_CHARS = 4000;
/** Any opening mark, to jump between candidates instead of testing every character. */
const MARK = /[“„‚‘«»‹「『"']|,,/g;
/** Dutch papers' typewriter quotes: ,,…'' (two commas open, two apostrophes or a double mark close). */
const DOUBLE_COMMA = ',,';
const DOUBLE_COMMA_CLOSERS = ["''", '’’', '”', '"', '“'];

function isOpener(text: string, i: number): boolean {
  if (text.startsWith(DOUBLE_COMMA, i)) return WORDISH.test(text[i + 2] ?? ' ') && !WORDISH.test(text[i - 1] ?? ' ');
  const ch = text[i]!;
  if (!(ch in CLOSERS)) return false;
  const next = text[i + 1] ?? ' ';
  if (/\s/.test(next) && ch !== '«' && ch !== '»') return false;
  if (ch === '"' || APOSTROPHES.has(ch)) return !WORDISH.test(text[i - 1] ?? ' ');
  return true;
}

function isCloser(text: string, i: number, closers: string): boolean {
  const ch = text[i]!;
  if (!closers.includes(ch)) return false;
  if (ch === '"' || APOSTROPHES.has(ch)) {
    // Don't, Jum'at, l'État: a letter on both sides is an apostrophe.
    return !WORDISH.test(text[i + 1] ?? ' ') && !/\s/.test(text[i - 1] ?? ' ');
  }
  return true;
}

/**
 * Top-level quotations in document order. A quote running over several
 * paragraphs (an opening mark at each, a closing one only at the end) is one
 * quote; a mark never closed is not a quote.
 */
export function findQuotes(doc: Document): RawQuote[] {
  const text = doc.text;
  const out: RawQuote[] = [];
  let paragraph = 0;
  let i = 0;
  while (i < text.length) {
    MARK.lastIndex = i;
    const next = MARK.exec(text);
    if (!next) break;
    i = next.index;
    while (paragraph + 1 < doc.paragraphs.length && doc.paragraphs[paragraph + 1]!.start <= i) paragraph++;
    if (!isOpener(text, i)) {
      i++;
      continue;
    }
    const found = scanQuote(text, i);
    if (!found) {
      i++;
      continue;
    }
    const words = found.parts
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[,;:]$/, '')
      .trim();
    if (words) out.push({ text: words, start: i, end: found.end, paragraph });
    i = found.end;
  }
  return out;
}

/** The quote opening at `start`: closed by its proper mark, else by a mixed one. */
function scanQuote(text: string, start: number): { parts: string[]; end: number } | null {
  if (text.startsWith(DOUBLE_COMMA, start)) return scanToDoubleCommaCloser(text, start);
  const open = text[start]!;
  const mixed = MIXED_CLOSERS[open];
  return scanToCloser(text, start, CLOSERS[open]!) ?? (mixed ? scanToCloser(text, start, mixed) : null);
}

/** The closing ,,…'' of Dutch typewriter quotes, within one paragraph. */
function scanToDoubleCommaCloser(text: string, start: number): { parts: string[]; end: number } | null {
  const from = start + DOUBLE_COMMA.length;
  for (let j = from; j < text.length && j - start < MAX_QUOTE_CHARS; j++) {
    if (text.startsWith(PARAGRAPH_BREAK, j)) return null;
    const closer = DOUBLE_COMMA_CLOSERS.find((c) => text.startsWith(c, j));
    if (closer && !WORDISH.test(text[j + closer.length] ?? ' ')) return { parts: [text.slice(from, j)], end: j + closer.length };
  }
  return null;
}

/** True when one of the characters of `chars` has this UTF-16 code. */
function includesCode(chars: string, code: number): boolean {
  for (let k = 0; k < chars.length; k++) if (chars.charCodeAt(k) === code) return true;
  return false;
}

function scanToCloser(text: string, start: number, closers: string): { parts: string[]; end: number } | null {
  const open = text[start]!;
  const parts: string[] = [];
  let from = start + 1;
  // Only a line break, a closing mark or a paired single mark can end or go on with the quote: every other character is passed over on its code.
  const stops = [PARAGRAPH_BREAK, closers, ...PAIRED_SINGLE].join('');
  for (let j = from; j < text.length && j - start < MAX_QUOTE_CHARS; j++) {
    if (!includesCode(stops, text.charCodeAt(j))) continue;
    if (text.startsWith(PARAGRAPH_BREAK, j)) {
      // Continues only if the next paragraph reopens with the same mark.
      const next = j + PARAGRAPH_BREAK.length;
      if (text[next] !== open) return null;
      parts.push(text.slice(from, j));
      from = next + 1;
      j = next;
      continue;
    }
    // Two single closing marks standing for a double one: “…,’’ (typeset from ``…'').
    if (PAIRED_SINGLE.has(text[j]!) && text[j + 1] === text[j] && (open === '“' || open === '"') && !WORDISH.test(text[j + 2] ?? ' ')) {
      parts.push(text.slice(from, j));
      return { parts, end: j + 2 };
    }
    if (isCloser(text, j, closers)) {
      parts.push(text.slice(from, j));
      return { parts, end: j + 1 };
    }
  }
  return null;
}
