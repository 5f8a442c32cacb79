import { charRunSpans, charRuns, wordFinder } from '../lang/index.js';
import type { Lexicon } from './lexicon.js';
import type { Sentence } from './split-sentences.js';

/** Two lines in a mail: at most two short sentences, about forty words. */
const MAX_GIST_WORDS = 40;
/** A lone sentence may run a little longer before it is cut at a clause. */
const MAX_SENTENCE_WORDS = 45;
/** For scripts written without spaces, where words cannot be counted by them. */
const MAX_GIST_CHARS = 300;
const MIN_WORDS = 6;
/** Only the opening of a news article competes: it is written to carry the story. */
export const LEAD_SENTENCES = 8;
/** What the story is about shows in its first few thousand characters; reading on costs without changing the pick. */
const CENTRALITY_CHARS = 5000;
const wordsOf = charRuns(/[\p{L}\p{N}]/u);
const wordSpans = charRunSpans(/[\p{L}\p{N}]/u);
const FIRST_WORD = /[\p{L}\p{N}]+/u;
const QUOTE_MARK = /[“”„«»"「」]/;
/** A dateline opening the lead ("JAKARTA, KOMPAS.com - ", "SYDNEY, Nov 25 (AP) — ", "KUALA LUMPUR: "): the source, not the story. */
const DATELINE = /^(?:\p{Lu}[\p{Lu}\s.'-]{2,}(?:,\s*[\p{L}.]{2,30}(?:\s+\d{1,2})?)?(?:\s*\([^)]{1,30}\))?|\([^)]{1,30}\))(?:\s*[-–—]+|:)\s+/u;

// The arrays buildGist reads are pushed into literals, not mapped or filtered: an empty
// mapped or filtered array is of another kind, and V8 drops the optimised code that meets it.
function contentWords(text: string, lex: Lexicon): string[] {
  const out: string[] = [];
  for (const w of wordsOf(text.toLowerCase())) if (w.length > 2 && !lex.stopwords.has(w)) out.push(w);
  return out;
}

function firstWord(text: string): string {
  return (FIRST_WORD.exec(text)?.[0] ?? '').toLowerCase();
}

/**
 * One or two sentences of the lead's news, about forty words, extractive: the
 * lead sentences scored by how much they share with the title and the rest of
 * the article (`text`), earlier ones preferred, quoted ones left out; the best
 * one that fits, then a second when both fit; returned in reading order.
 */
export function buildGist(text: string, sentences: readonly Sentence[], title: string | null, lex: Lexicon): string[] {
  const titleWords = new Set(title ? contentWords(title, lex) : []);
  const lead = sentences
    .slice(0, LEAD_SENTENCES)
    .map((s, i) => ({ s, i }))
    .filter(({ s }) => wordsOf(s.text).length >= MIN_WORDS);
  // Quoted words belong in the quotes list; the gist reports, unless the lead
  // is all quotes. A sentence opening on a pronoun ("Ia menambahkan …") leans
  // on the one before it, so it cannot stand alone in a gist.
  const reported = lead.filter(({ s }) => !QUOTE_MARK.test(s.text) && !lex.pronouns.has(firstWord(s.text)));
  const pool = reported.length ? reported : lead;
  if (!pool.length) return sentences.slice(0, 1).map((s) => s.text);
  const poolWords: string[][] = [];
  for (const { s } of pool) poolWords.push(contentWords(s.text, lex));
  // How often the article's opening uses each word the pool's sentences hold: only those are looked up, not every word counted.
  const freq = new Map<string, number>();
  for (const words of poolWords) for (const w of words) freq.set(w, 0);
  const opening = text.slice(0, CENTRALITY_CHARS).toLowerCase();
  const poolWordAt = wordFinder(freq.keys());
  wordSpans(opening, (start, end) => {
    const w = poolWordAt(opening, start, end);
    if (w !== undefined) freq.set(w, freq.get(w)! + 1);
  });
  const ranked: { s: Sentence; i: number; score: number; text: string }[] = [];
  pool.forEach(({ s, i }, k) => {
    const words = poolWords[k]!;
    let central = 0;
    let onTitle = 0;
    for (const w of words) {
      central += Math.min(freq.get(w)!, 5);
      if (titleWords.has(w)) onTitle++;
    }
    central /= Math.sqrt(words.length + 1);
    ranked.push({ s, i, score: central + onTitle * 1.5 + (LEAD_SENTENCES - i) * 0.6, text: s.text.replace(DATELINE, '') });
  });
  ranked.sort((a, b) => b.score - a.score);
  const first = ranked.find((c) => fits(c.text, MAX_SENTENCE_WORDS));
  if (!first) return [shorten(ranked[0]!.text)];
  const second = ranked.find((c) => c !== first && fits(`${first.text} ${c.text}`, MAX_GIST_WORDS));
  return (second ? [first, second] : [first]).sort((a, b) => a.i - b.i).map((c) => c.text);
}

/** Within `words` words and MAX_GIST_CHARS characters; a module function, not a closure tsx's keepNames names per gist. */
function fits(text: string, words: number): boolean {
  return wordsIn(text) <= words && text.length <= MAX_GIST_CHARS;
}

const SPACE = /\s/;

/** Whitespace-separated words, as `text.split(/\s+/).filter(Boolean)` counts them: a scan, as it runs for every candidate and pair of them. */
function wordsIn(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Every whitespace character is one UTF-16 code unit; ASCII decided by its code.
    const space = code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : SPACE.test(text[i]!);
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** A sentence too long for a gist, cut at its last clause break within the limit and marked as cut. */
function shorten(text: string): string {
  const words = text.split(/\s+/).filter(Boolean).slice(0, MAX_GIST_WORDS);
  let cut = words.join(' ').slice(0, MAX_GIST_CHARS);
  const clause = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf('; '), cut.lastIndexOf(' – '), cut.lastIndexOf(' — '));
  cut = clause > cut.length / 2 ? cut.slice(0, clause) : cut.replace(/\s+\S*$/, '');
  return `${cut.replace(/[\s,;:–—-]+$/, '')} …`;
}
