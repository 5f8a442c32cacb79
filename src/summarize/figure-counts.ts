import { withoutApostrophe } from './elision.js';
import type { Lexicon } from './lexicon.js';
import { matchesOf } from './lexicon.js';
import { tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

/** Longest phrase saying what a figure counts: a short caption, not a sentence. */
const MAX_COUNTS_WORDS = 7;
/** Enough text on either side of a figure for a caption of that many words. */
const LOOK_CHARS = 100;
/** Marks that end the clause a figure sits in. */
const CLAUSE_MARK = /[,;:()[\]"“”„«»–—]|\s-\s|[.!?](?=\s|$)/;
const CLAUSE_MARKS = new RegExp(CLAUSE_MARK.source, 'g');

/** What a figure stands in, as offsets of its paragraph. */
export interface FigureSpan {
  /** Where its surface phrase starts (an approximation word or currency sign included). */
  start: number;
  /** Just after the number, its scale and unit. */
  end: number;
  /** True when a counted noun follows the number ("600.000 tentara", "45 seats"). */
  nounAfter: boolean;
  /** A share or a measure, whose linked phrase after it says of what ("80 % des clients", "45,000 hectares of bushland"). */
  measure: boolean;
  /** The words from `end` on, already tokenized by the caller (offsets in the paragraph). */
  after: readonly Token[];
}

/**
 * The short phrase, in the article's words, naming what a figure counts or
 * measures: the counted noun and the rest of its clause after the number
 * ("tentara Rusia tewas atau terluka"), a linked phrase ("in military aid"),
 * or, when the number ends what it measures, the clause before it
 * ("unemployment rose").
 */
export function figureCounts(text: string, span: FigureSpan, lex: Lexicon): string {
  const after = trimEnd(wordsAfter(text, span, lex), lex);
  // "1,2 million de foyers": the noun, not the link to the scale word.
  while (span.nounAfter && after.length > 1 && lex.figureLinks.has(withoutApostrophe(after[0]!.text.toLowerCase()))) after.shift();
  // "status tanggap darurat selama 14 hari.": a span's word that is a function word elsewhere ("hari ini") is trimmed
  // away; with nothing after it, the clause before says what lasts.
  if (span.nounAfter && after.length) return phrase(text, after);
  const first = after[0]?.text.toLowerCase() ?? '';
  const linked = lex.figureLinks.has(first) && after.length > 1 && !lex.calendarWords.has(after[1]!.text.toLowerCase());
  const before = trimEnd(wordsBefore(text, span.start, lex), lex);
  // "Las rachas de viento, de hasta 70 km/h, complican": a measure set off by commas measures the phrase before them.
  if (!before.length && !after.length) return phrase(text, trimEnd(wordsBefore(text, appositionStart(text, span.start), lex), lex));
  // "the city spent $2.1 billion on the line": the clause before and the linked phrase after.
  if (!before.length || (linked && span.measure)) return phrase(text, after);
  return linked ? `${phrase(text, before)} ${phrase(text, after)}` : phrase(text, before);
}

/** Where the comma opening a figure's apposition sits, or `at` when its clause opens otherwise. */
function appositionStart(text: string, at: number): number {
  const from0 = Math.max(0, at - LOOK_CHARS);
  let mark: RegExpExecArray | null = null;
  for (const m of matchesOf(CLAUSE_MARKS, text.slice(from0, at))) mark = m;
  return mark?.[0] === ',' ? from0 + mark.index : at;
}

/** The words as the article writes them, from the first to the last. */
function phrase(text: string, words: readonly Token[]): string {
  return words.length ? text.slice(words[0]!.start, words[words.length - 1]!.end) : '';
}

/** Words from `at` to the end of the clause, up to the cap, stopping at another number. */
function wordsAfter(text: string, span: FigureSpan, lex: Lexicon): Token[] {
  const rest = text.slice(span.end, span.end + LOOK_CHARS);
  const stop = rest.search(CLAUSE_MARK);
  const limit = span.end + (stop < 0 ? rest.length : stop);
  const out: Token[] = [];
  for (const t of span.after) {
    if (t.end > limit) break;
    if (!t.isWord || /\d/.test(t.text) || out.length >= MAX_COUNTS_WORDS) break;
    const lower = t.text.toLowerCase();
    if (out.length === 0 && lex.calendarWords.has(lower)) break;
    // A new clause: "passengers a day and has cut …", "… that …", "… said".
    if (out.length > 0 && (lex.conjunctions.has(lower) || lex.complementizers.has(lower))) break;
    if (out.length > 0 && lex.verbWords.has(lower)) break;
    out.push(t);
  }
  return out;
}

/** The clause before `at`, its last few words, from after a reporting verb or "that" ("… said the city spent"). */
function wordsBefore(text: string, at: number, lex: Lexicon): Token[] {
  const from0 = Math.max(0, at - LOOK_CHARS);
  const head = text.slice(from0, at);
  let cut = 0;
  for (const m of matchesOf(CLAUSE_MARKS, head)) cut = m.index + m[0].length;
  const words = tokenize(head.slice(cut), from0 + cut).filter((t) => t.isWord && !/\d/.test(t.text));
  let from = 0;
  words.forEach((w, i) => {
    const lower = w.text.toLowerCase();
    if (lex.complementizers.has(lower) || lex.conjunctions.has(lower) || lex.verbWords.has(lower)) from = i + 1;
  });
  // Leading function words ("while", "yang") but not articles: "the city spent".
  while (from < words.length && lex.stopwords.has(words[from]!.text.toLowerCase()) && !lex.articles.has(words[from]!.text.toLowerCase())) from++;
  return words.slice(Math.max(from, words.length - MAX_COUNTS_WORDS));
}

/** Drops function words a caption should not end on ("of", "dan", "bei"). */
function trimEnd(words: Token[], lex: Lexicon): Token[] {
  let n = words.length;
  while (n > 0) {
    const w = words[n - 1]!.text.toLowerCase();
    if (!lex.stopwords.has(w) && !lex.figureLinks.has(w) && !lex.prepositions.has(w) && !lex.articles.has(w) && !lex.approxWordSet.has(w)) break;
    n--;
  }
  return words.slice(0, n);
}
