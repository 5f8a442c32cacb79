import type { Lexicon } from './lexicon.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

/**
 * Lowercase particles inside personal names from any language ("Ursula von
 * der Leyen", "Luiz Inácio Lula da Silva", "Anwar bin Ibrahim").
 */
const NAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'bin', 'binti', 'al', 'el', 'la', 'le', 'ter', 'ten', 'y']);

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

function isNameWord(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return (
    isCapitalized(word) &&
    !lex.stopwords.has(lower) &&
    !lex.pronouns.has(lower) &&
    !lex.calendarWords.has(lower) &&
    !lex.titles.has(lower) &&
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
  words.forEach((w, i) => {
    if (lex.titles.has(w.toLowerCase()) || possessive(w)) start = i + 1;
  });
  const run = words.slice(start).filter((w, i, all) => isNameWord(w, lex) || (NAME_PARTICLES.has(w) && i > 0 && i < all.length - 1));
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
  const lower = t.text.toLowerCase();
  if (lex.titles.has(lower) || possessive(t.text)) return true;
  if (NAME_PARTICLES.has(t.text)) return true;
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
