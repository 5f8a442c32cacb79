import type { Lexicon } from './lexicon.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

const ROMAN_NUMERAL = /^[IVX]+$/;
/** Longest stretch of text read for one name with its titles. */
const NAME_PHRASE_CHARS = 160;
/** Longest apposition skipped between a name and its verb. */
const APPOSITION_TOKENS = 10;

/** Who a phrase names: a name, a pronoun, someone unnamed ("a spokesman"), or nobody. */
export type Mention = { kind: 'name'; name: string } | { kind: 'pronoun' } | { kind: 'unnamed' };

/** How often a phrase occurs in the article as whole words, to tell a name from a place or body before it. */
export interface WordCounts {
  count(phrase: string): number;
  /** True when the phrase opens a sentence somewhere: the subject of its own sentence ("Arief menambahkan"). */
  opensSentence(phrase: string): boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export function countWords(text: string): WordCounts {
  const cache = new Map<string, number>();
  const openers = new Map<string, boolean>();
  return {
    count(phrase: string): number {
      let n = cache.get(phrase);
      if (n !== undefined) return n;
      // An empty phrase would match at every offset forever.
      if (!phrase) return 0;
      n = 0;
      for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) {
        const edgeBefore = at === 0 || !LETTER_OR_DIGIT.test(text[at - 1]!);
        const after = text[at + phrase.length];
        if (edgeBefore && (after === undefined || !LETTER_OR_DIGIT.test(after))) n++;
      }
      cache.set(phrase, n);
      return n;
    },
    opensSentence(phrase: string): boolean {
      let hit = openers.get(phrase);
      if (hit === undefined) {
        const escaped = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        hit = new RegExp(`(?:^|[.!?]["”’»]?\\s+|\\n\\s*)${escaped}(?![\\p{L}])`, 'u').test(text);
        openers.set(phrase, hit);
      }
      return hit;
    },
  };
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
  // Drop the longest leading part that also stands on its own elsewhere
  // ("Ukraina Volodymyr Zelenskyy", "Jawa Barat Dedi Mulyadi"), keeping two
  // words; unless it is how the person is called later ("Arief menambahkan"
  // after "Arief Prasetyo Adi") and the surname is not.
  if (run.length < 3) return run.length ? run.join(' ') : null;
  const surnameRecurs = counts.count(run[run.length - 1]!) > counts.count(run.join(' '));
  for (let k = run.length - 2; k >= 1; k--) {
    const prefix = run.slice(0, k).join(' ');
    const alone = counts.count(prefix) > counts.count(`${prefix} ${run[k]}`);
    if (alone && (surnameRecurs || !counts.opensSentence(prefix))) {
      run.splice(0, k);
      break;
    }
  }
  return run.join(' ');
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
  const tokens = tokenize(text.slice(0, NAME_PHRASE_CHARS));
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
  // A name and its titles fit in the last few words.
  const tokens = tokenize(text.slice(-NAME_PHRASE_CHARS));
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.isWord && lex.fillers.has(tokens[i]!.text.toLowerCase())) i--;
  // An apposition between the name and the verb: "Smith, the mayor, said", "Smith, 45, said".
  if (tokens[i]?.text === ',') {
    let j = i - 1;
    while (j >= 0 && i - j <= APPOSITION_TOKENS && tokens[j]!.text !== ',') j--;
    if (j > 0 && tokens[j]!.text === ',') i = j - 1;
  }
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
