import type { Lexicon } from './lexicon.js';
import { isTitle } from './title-word.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

/** A body the article names by its initials or a clipped word, with the words after it ("FNV Metaal", "RSUD Poso", "Polres Metro Bekasi Kota"). */
export interface ShortNamedBody {
  name: string;
  at: number;
  /** The initials or the clipped word opening the name, lowercase ("rsud", "polres"). */
  short: string;
}

/** Initials, maybe closed by a lowercase letter ("PLN", "RSUD", "NZa"); not a Roman numeral ("II", "XIV"). */
const INITIALS = /^(?![IVXLCDM]+$)\p{Lu}{2,6}\p{Ll}?$/u;
/** A character of a word, or one joining two words into one token ("PMI-Jakarta", "D’Ancona"), as the tokenizer reads them. */
const WORD_CHAR = /[\p{L}\p{M}\p{N}'’-]/u;
/** Capitalized words taken after the short name, at most: "Polres Metro Bekasi Kota". */
const MAX_TAIL = 3;
/**
 * A character with a lowercase form: where a word that may be a short name opens (`isCapitalized`, `INITIALS`). The
 * lookahead, a cheap class holding every such character, lets the scan pass other ASCII without testing the property classes.
 */
const CAPITAL = /(?=[A-Z\u0080-\u{10FFFF}])[\p{Lu}\p{Changes_When_Lowercased}]/gu;
const SPACE = /\s/;
/** A capital as `INITIALS` reads one: a run without a second one past its first capital holds no initials. */
const SECOND_CAPITAL = /\p{Lu}/u;
/** The rest of a run of characters between spaces (sticky). */
const SPACE_FREE = /\S*/uy;
/** From the end of a word, the runs between spaces that hold the tail's words at most (sticky): each run holds a token or more. */
const TAIL_RUNS = new RegExp(`(?:\\s*\\S+){1,${MAX_TAIL}}`, 'uy');

/** The clipped words a pack lists as short forms of bodies ("polres"), per pack. */
const clippedByLexicon = new WeakMap<Lexicon, ReadonlySet<string>>();
function clippedWords(lex: Lexicon): ReadonlySet<string> {
  let clipped = clippedByLexicon.get(lex);
  if (!clipped) {
    clipped = new Set(Object.values(lex.pack.bodyShortForms ?? {}).flatMap((forms) => forms.split('|')));
    clippedByLexicon.set(lex, clipped);
  }
  return clipped;
}

/**
 * The bodies named short, remembered per article by its quotes' list (one per article, dropped with it): a resolver reads
 * the same part of an article twice in a row, without guessing and then with.
 */
const readByQuotes = new WeakMap<
  readonly { start: number; end: number }[],
  { text: string; lex: Lexicon; isPersonWord: (word: string) => boolean; found: readonly ShortNamedBody[] }
>();

/**
 * The bodies named by initials or by a clipped word the pack lists as one
 * (`bodyShortForms`), in reading order, up to a title; never a title
 * ("AKP Yosef Rante"), a time word, a person's name or words someone said.
 */
export function shortNamedBodies(
  text: string,
  lex: Lexicon,
  isPersonWord: (word: string) => boolean,
  quotes: readonly { start: number; end: number }[],
): readonly ShortNamedBody[] {
  const last = readByQuotes.get(quotes);
  if (last !== undefined && last.text === text && last.lex === lex && last.isPersonWord === isPersonWord) return last.found;
  const found = readShortNamedBodies(text, lex, isPersonWord, quotes);
  readByQuotes.set(quotes, { text, lex, isPersonWord, found });
  return found;
}

/**
 * The bodies named short before `at`, as `shortNamedBodies(text.slice(0, at), …)`
 * finds them, read off the whole text's (remembered) list: a resolver asks at
 * many places of one article. A name running across `at`, or a cut inside a
 * word, is read from the cut text.
 */
export function shortNamedBodiesBefore(
  text: string,
  at: number,
  lex: Lexicon,
  isPersonWord: (word: string) => boolean,
  quotes: readonly { start: number; end: number }[],
): readonly ShortNamedBody[] {
  // A cut inside a word makes a word of its own ("AKBP" cut to "AK", "PMI-Jakarta" to "PMI"): read the cut text.
  if (WORD_CHAR.test(text[at - 1] ?? ' ') && WORD_CHAR.test(text[at] ?? ' ')) return readShortNamedBodies(text.slice(0, at), lex, isPersonWord, quotes);
  const all = shortNamedBodies(text, lex, isPersonWord, quotes);
  let n = 0;
  while (n < all.length && all[n]!.at < at) {
    if (all[n]!.at + all[n]!.name.length > at) return readShortNamedBodies(text.slice(0, at), lex, isPersonWord, quotes);
    n++;
  }
  return all.slice(0, n);
}

function readShortNamedBodies(
  text: string,
  lex: Lexicon,
  isPersonWord: (word: string) => boolean,
  quotes: readonly { start: number; end: number }[],
): ShortNamedBody[] {
  const clipped = clippedWords(lex);
  const out: ShortNamedBody[] = [];
  // Only the space-free runs holding a capital are tokenized, not the whole article: a token never holds a space, so a run
  // tokenizes alone as it does in the whole text, and a word that may be a short name opens on a capital.
  CAPITAL.lastIndex = 0;
  for (let capital = CAPITAL.exec(text); capital; capital = CAPITAL.exec(text)) {
    let from = capital.index;
    while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
    SPACE_FREE.lastIndex = capital.index;
    const to = capital.index + SPACE_FREE.exec(text)![0].length;
    CAPITAL.lastIndex = to;
    // Initials take two capitals: a run with one only can hold a short name where the pack lists clipped words ("Polres").
    if (clipped.size === 0 && !SECOND_CAPITAL.test(text.slice(capital.index + capital[0].length, to))) continue;
    for (const w of tokenize(text.slice(from, to), from)) {
      // Lowercased only for a word that may be a short name: most are not.
      if (!w.isWord || !(INITIALS.test(w.text) || (isCapitalized(w.text) && clipped.has(w.text.toLowerCase())))) continue;
      const short = w.text.toLowerCase();
      if (lex.timeWords.has(short) || isTitle(w.text, lex) || isPersonWord(w.text) || quotes.some((q) => q.start <= w.start && w.start < q.end)) continue;
      const tail: string[] = [];
      TAIL_RUNS.lastIndex = w.end;
      const run = tokenize(TAIL_RUNS.exec(text)?.[0] ?? '');
      for (const [k, next] of run.entries()) {
        const t = next.text;
        const lower = t.toLowerCase();
        // A word heading a place may also be a title's ("Kota" of "Wali Kota"): after the short name it is the place's.
        // So is a title word inside a name the article gives whole again ("PT Sinar Pangan Nusantara"), no person after it.
        const title = isTitle(t, lex) && !lex.placeHeads.has(lower) && !repeatedWhole(text, [w.text, ...tail], run.slice(k), lex);
        // A title opens a person's name ("… Kota Kombes Rudi"); a place's word may read as a name elsewhere ("RSUD Poso"), so no name check.
        if (tail.length === MAX_TAIL || !isCapitalized(t) || lex.stopwords.has(lower) || title || lex.calendarWords.has(lower)) break;
        tail.push(t);
      }
      out.push({ name: [w.text, ...tail].join(' '), at: w.start, short });
    }
  }
  return out;
}

/** True when the short name, its tail and the capitalized words from `rest` on occur together more than once in `text`. */
function repeatedWhole(text: string, head: readonly string[], rest: readonly Token[], lex: Lexicon): boolean {
  const more: string[] = [];
  for (const t of rest) {
    if (!isCapitalized(t.text) || lex.stopwords.has(t.text.toLowerCase())) break;
    more.push(t.text);
  }
  if (more.length < 2) return false;
  const whole = [...head, ...more].join(' ');
  const first = text.indexOf(whole);
  return first >= 0 && text.indexOf(whole, first + 1) >= 0;
}

/**
 * Whether a body's common noun may stand for a body named short: its words'
 * initials open the initials ("rumah sakit" for "RSUD"), or the pack lists the
 * clipped word as the noun's ("polisi" for "Polres").
 */
export function shortFormOf(noun: string, body: ShortNamedBody, lex: Lexicon): boolean {
  const words = noun.split(' ');
  if (words.length >= 2 && body.short.startsWith(words.map((w) => w.charAt(0)).join(''))) return true;
  return (lex.pack.bodyShortForms?.[noun]?.split('|') ?? []).includes(body.short);
}
