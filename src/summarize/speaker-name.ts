import type { Lexicon } from './lexicon.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

const ROMAN_NUMERAL = /^[IVX]+$/;

/** Who a phrase names: a name, a pronoun, someone unnamed ("a spokesman"), or nobody. */
export type Mention = { kind: 'name'; name: string } | { kind: 'pronoun' } | { kind: 'unnamed' };

/** How often each capitalized word and word pair occurs, to tell a name's first word from a separate one. */
export interface WordCounts {
  single: Map<string, number>;
  pair: Map<string, number>;
}

export function countWords(tokens: readonly Token[]): WordCounts {
  const single = new Map<string, number>();
  const pair = new Map<string, number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.isWord || !isCapitalized(t.text)) continue;
    single.set(t.text, (single.get(t.text) ?? 0) + 1);
    const next = tokens[i + 1];
    if (next?.isWord) pair.set(`${t.text} ${next.text}`, (pair.get(`${t.text} ${next.text}`) ?? 0) + 1);
  }
  return { single, pair };
}

function possessive(word: string): boolean {
  return /['’]s$/i.test(word);
}

const titleCache = new WeakMap<Lexicon, Map<string, boolean>>();

/**
 * A title or role word, also inside a compound: "primeiro-ministro",
 * "minister-president", "Finanzminister", "Ministerpräsidentin".
 */
export function isTitle(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lex.titles.has(lower)) return true;
  let cache = titleCache.get(lex);
  if (!cache) titleCache.set(lex, (cache = new Map()));
  let hit = cache.get(lower);
  if (hit === undefined) {
    const parts = lower.split('-');
    hit =
      (parts.length > 1 && lex.titles.has(parts[parts.length - 1]!)) ||
      lex.compoundTitles.some((t) => lower.length > t.length + 2 && (lower.endsWith(t) || lower.endsWith(`${t}in`)));
    cache.set(lower, hit);
  }
  return hit;
}

function isNameWord(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return (
    isCapitalized(word) &&
    !ROMAN_NUMERAL.test(word) &&
    !lex.stopwords.has(lower) &&
    !lex.pronouns.has(lower) &&
    !lex.calendarWords.has(lower) &&
    !isTitle(word, lex) &&
    !possessive(word)
  );
}

/**
 * The canonical name inside a phrase of titles and names: everything up to the
 * last title or possessive is a role ("sekretaris jenderal Nato Mark Rutte",
 * "Nato's Mark Rutte"); a leading word of a long run that also occurs on its
 * own in the article is an organisation or place ("Nato", "Ukraina").
 */
export function canonicalName(words: readonly string[], lex: Lexicon, counts: WordCounts): string | null {
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    if (!isTitle(words[i]!, lex) && !possessive(words[i]!)) continue;
    // "ministre de la Défense", "presidente del Consiglio": the department belongs to the role.
    let j = i + 1;
    while (j < words.length && j - i <= 2 && !isCapitalized(words[j]!)) j++;
    if (j > i + 1 && j < words.length && !isTitle(words[j]!, lex)) i = j;
    start = i + 1;
  }
  const rest = words.slice(start);
  const first = rest.findIndex((w) => isNameWord(w, lex));
  const last = rest.findLastIndex((w) => isNameWord(w, lex));
  const run = first < 0 ? [] : rest.slice(first, last + 1).filter((w) => isNameWord(w, lex) || lex.nameParticles.has(w));
  while (run.length > 2) {
    const first = run[0]!;
    const together = counts.pair.get(`${first} ${run[1]}`) ?? 0;
    if ((counts.single.get(first) ?? 0) > together) run.shift();
    else break;
  }
  return run.length ? run.join(' ') : null;
}

function isNamePhraseWord(t: Token, lex: Lexicon): boolean {
  if (!t.isWord) return false;
  if (isTitle(t.text, lex) || possessive(t.text)) return true;
  if (lex.nameParticles.has(t.text) || /['’]$/.test(t.text)) return true;
  return isNameWord(t.text, lex);
}

/** Drops trailing lowercase words (a title word used as a preposition, "dalam"). */
function trimTail(words: Token[]): Token[] {
  let end = words.length;
  while (end > 0 && !isCapitalized(words[end - 1]!.text)) end--;
  return words.slice(0, end);
}

/** Who is named at the start of `text` ("kata sekretaris jenderal Nato Mark Rutte pada …" after the verb). */
export function mentionAfter(text: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const tokens = tokenize(text);
  let i = 0;
  // Leading articles or prepositions: "said the Kremlin", "kata para analis".
  while (i < 2 && tokens[i]?.isWord && lex.stopwords.has(tokens[i]!.text.toLowerCase())) {
    if (lex.pronouns.has(tokens[i]!.text.toLowerCase())) return { kind: 'pronoun' };
    i++;
  }
  const first = tokens[i];
  if (!first || !first.isWord) return null;
  if (lex.pronouns.has(first.text.toLowerCase())) return { kind: 'pronoun' };
  const phrase: Token[] = [];
  for (; i < tokens.length && phrase.length < 8; i++) {
    const t = tokens[i]!;
    if (t.text === '.' && phrase.length && lex.abbreviations.has(phrase[phrase.length - 1]!.text.toLowerCase())) continue;
    if (!isNamePhraseWord(t, lex)) break;
    phrase.push(t);
  }
  const name = canonicalName(
    trimTail(phrase).map((t) => t.text),
    lex,
    counts,
  );
  if (name) return { kind: 'name', name };
  // A role, then the name in apposition: "dijo el presidente del Gobierno, Pedro Sánchez".
  const comma = tokens[i];
  if (comma?.text === ',' && phrase.some((t) => isTitle(t.text, lex))) {
    const named = mentionAfter(text.slice(comma.end), lex, counts);
    if (named?.kind === 'name') return named;
  }
  return isCapitalized(first.text) || lex.calendarWords.has(first.text.toLowerCase()) ? null : { kind: 'unnamed' };
}

/** Who is named at the end of `text`, right before a verb of saying ("Tetapi Rutte juga" before "mengatakan"). */
export function mentionBefore(text: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const tokens = tokenize(text);
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.isWord && lex.fillers.has(tokens[i]!.text.toLowerCase())) i--;
  const last = tokens[i];
  if (!last || !last.isWord) return null;
  if (lex.pronouns.has(last.text.toLowerCase())) return { kind: 'pronoun' };
  const phrase: Token[] = [];
  for (; i >= 0 && phrase.length < 8; i--) {
    const t = tokens[i]!;
    if (!isNamePhraseWord(t, lex)) break;
    phrase.unshift(t);
  }
  const name = canonicalName(
    phrase.map((t) => t.text),
    lex,
    counts,
  );
  if (name) return { kind: 'name', name };
  return isCapitalized(last.text) ? null : { kind: 'unnamed' };
}
