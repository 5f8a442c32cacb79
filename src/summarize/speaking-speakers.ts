import type { Lexicon } from './lexicon.js';
import { firstMatch, lastMatch } from './lexicon.js';
import { isTitle } from './title-word.js';
import { placeEpithet } from './unnamed-speaker.js';

// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const LONG_CAPITALIZED = /^\p{Lu}\p{L}{2,}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const SPACE_THEN_CAPITAL = /^\s\p{Lu}/u;

/** A credited quote as this pass reads it: where it sits, whom it credits, and whether it is a name or title rather than speech. */
interface CreditedSpan {
  start: number;
  end: number;
  speaker: string | null;
  kind: string;
}

/** How firmly a sighting must tie a name to speech: `loose` keeps a credit, `strict` earns one. */
type Tie = 'loose' | 'strict';

/** Most words between a speech verb and the name it credits ("ha avvertito il coordinatore della commissione … , Raffaele Donati"). */
const VERB_REACH: Record<Tie, number> = { loose: 12, strict: 6 };
/** Most words between "according to" and the name it credits ("Volgens voorzitter Dijkstra"). */
const ACCORDING_REACH: Record<Tie, number> = { loose: 4, strict: 3 };
/** Text read on either side of a name for the verb that makes it speak. */
const REACH_CHARS = 160;
/** After a name, before its own verb: a parenthesis and a lowercase apposition in commas ("Henk Dijkstra, die de motie had ingediend, zei"). */
const BEFORE_OWN_VERB = /^(?:\s*\([^()]{0,40}\))?(?:\s*,(?:\s*[\p{Ll}\d][^,.!?;:"“”„«»]{0,80},)?)?\s*/u;
/** A few lowercase words of a clause, nothing else, between a name and its speech verb. */
const OWN_CLAUSE = /^(?:\p{Ll}[\p{L}\p{M}-]*\s+){1,6}$/u;
/** What ends the stretch between a verb and the name after it: a clause's stop or a quote mark. */
const STRETCH_STOP = /[.!?;:"“”„«»]/;
/** A name and a colon opening a quote ("Albrecht: „…“"). */
const COLON_LEAD = /^\s*:\s*["“„«‚‘]/u;
/** A lowercase word and capitalized ones after a name: the body it is of ("of Marlow Securities"). */
const OF_BODY = /^\p{Ll}+\s+(?:\p{Lu}[\p{L}\p{M}'’-]*\s+){1,4}/u;
/** The rest of a sentence ending in a colon that opens a quote. */
const COLON_QUOTE_IN_SENTENCE = /^[^.!?;"“”„«»]{0,100}:\s*["“„«‚‘]/u;
/** A lowercase word right after a name: its clause goes on. */
const NEXT_WORD = /^\p{Ll}[\p{L}\p{M}-]*/u;
/** What joins the names of a credit to several people: a comma or a lowercase word ("und", "dan", "and"). */
const JOINT_NAMES = /\s*,\s*|\s+\p{Ll}+\s+/u;
/** Capitalized words ending a stretch, right before a name. */
const CAPITALS_AT_END = /(?:\p{Lu}[\p{L}\p{M}.'’-]*\s+)+$/u;
const LETTER = /[\p{L}\p{M}]/u;
const SPACE = /\s/;
const WORD_PART = /^[\p{L}\p{M}.-]$/u;
const LETTER_ALONE = /^\p{L}$/u;

/**
 * The word right before a name, past the spaces ending `text`: from its first letter on, of letters, marks, periods and
 * hyphens (what /(\p{L}[\p{L}\p{M}.-]*)\s+$/u captures), read back from the end rather than tried at every offset.
 */
function wordBefore(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && SPACE.test(text[end - 1]!)) end--;
  if (end === text.length) return undefined;
  let first = -1;
  for (let start = end; start > 0;) {
    // A surrogate pair read as the one character it is.
    const pair = start > 1 && (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    const ch = pair ? text.slice(start - 2, start) : text[start - 1]!;
    if (!WORD_PART.test(ch)) break;
    start -= ch.length;
    if (LETTER_ALONE.test(ch)) first = start;
  }
  return first < 0 ? undefined : text.slice(first, end);
}

function wordsIn(stretch: string): number {
  return stretch.split(/\s+/).filter((w) => LETTER.test(w)).length;
}

/**
 * Each name a credit holds ("Lea Hartmann und Sophie Brandt" holds two) and, for a name of several words, each capitalized
 * word of it: later references use the surname, or in Indonesian and Malay the given name.
 */
function formsOf(credit: string): string[] {
  const forms: string[] = [];
  for (const name of credit.split(JOINT_NAMES)) {
    const words = name.trim().split(' ');
    if (!words[0]) continue;
    forms.push(words.join(' '));
    // Its trailing runs too, a double surname among them ("Ruiz Gil" of "Ana Ruiz Gil").
    for (let k = 1; k < words.length - 1; k++) if (CAPITAL_FIRST.test(words[k]!)) forms.push(words.slice(k).join(' '));
    if (words.length > 1) forms.push(...words.filter((w) => LONG_CAPITALIZED.test(w)));
  }
  return forms;
}

/** True when the word before a name is a capitalized one neither a title nor an abbreviation ("Dr."): the name goes on a longer one or modifies it. */
function capitalRun(word: string | undefined, lex: Lexicon): boolean {
  return word !== undefined && CAPITAL_FIRST.test(word) && !word.endsWith('.') && !isTitle(word, lex);
}

/**
 * True when a speech verb or "according to" comes at most `most` words before the end of `before`, no stop between, and
 * the name follows the cue itself, a comma or a title, not a noun it would complement ("meminta … di lereng Gunung Sirna Galih").
 */
function cueBefore(re: RegExp | null, before: string, most: number, lex: Lexicon): boolean {
  const last = re ? lastMatch(re, before) : null;
  if (!last) return false;
  const stretch = before.slice(last.index! + last[0].length);
  if (STRETCH_STOP.test(stretch) || wordsIn(stretch) > most) return false;
  // Past the capitals before the name ("Kepala BPS Sumsel", "Unternehmenssprecherin"), what comes first is the cue, a comma, a title or a function word.
  const lead = stretch.replace(CAPITALS_AT_END, '');
  const word = wordBefore(lead);
  if (word === undefined || /,\s*$/.test(lead)) return true;
  const lower = word.toLowerCase();
  // An epithet after its article names the person too ("dijo la enfermera Ana Ruiz Gil").
  const article = wordBefore(lead.slice(0, lead.length - word.length - 1))?.toLowerCase() ?? '';
  return isTitle(word, lex) || lex.spokespersonWords.has(lower) || lex.stopwords.has(lower) || lex.articles.has(article);
}

/** Strictly inside one of `quotes`: a module-level function, not a closure made per call. */
function insideQuote(at: number, quotes: readonly CreditedSpan[]): boolean {
  return quotes.some((q) => at > q.start && at < q.end);
}

/**
 * True when the article presents `name` as speaking somewhere outside quotes: a colon after it opens a quote; a speech
 * verb or "according to" comes a few words before it ("kata Ketua Koperasi Tani Makmur, Dewi", "Volgens Dijkstra");
 * its own speech verb follows it, past a parenthesis or a lowercase apposition ("Dewi Lestari, menilai …"), or, for a
 * loose tie, any verb of a clause it is the subject of. A name that only modifies a noun before it ("Jalan Sukamaju",
 * "Dinas Pemberdayaan Masyarakat") is not the one acting there.
 */
export function presentedSpeaking(name: string, text: string, lex: Lexicon, quotes: readonly CreditedSpan[], tie: Tie): boolean {
  const names = name.split(JOINT_NAMES);
  for (const form of formsOf(name)) {
    for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
      const end = at + form.length;
      if (LETTER.test(text[at - 1] ?? ' ') || LETTER.test(text[end] ?? ' ') || insideQuote(at, quotes)) continue;
      const before = text.slice(Math.max(0, at - REACH_CHARS), at);
      const after = text.slice(end, end + REACH_CHARS);
      const capitalBefore = capitalRun(wordBefore(before), lex);
      // A word of the name inside a longer run of capitals ("Gunung Sirna Galih") is that run's, not the name used alone.
      if (!names.includes(form) && (capitalBefore || SPACE_THEN_CAPITAL.test(after))) continue;
      if (COLON_LEAD.test(after)) return true;
      if (cueBefore(lex.verbRe, before, VERB_REACH[tie], lex) || cueBefore(lex.accordingToRe, before, ACCORDING_REACH[tie], lex)) return true;
      // A name modifying the noun before it is not what acts in the clause; a title or an abbreviation ("Dr.") before it is its own.
      if (capitalBefore) continue;
      const rest = after.slice(BEFORE_OWN_VERB.exec(after)![0].length);
      // Its speech verb, right after it or past a few lowercase words of its clause ("Zamri Yusof yang berdiri di sebelahnya enggan mengulas").
      const own = firstMatch(lex.verbRe, rest);
      if (own && (own.index === 0 || OWN_CLAUSE.test(rest.slice(0, own.index)))) return true;
      if (tie === 'strict') continue;
      // Loosely, the subject of any clause: lowercase words go on from it ("Odile Marchal a pris la parole", "yang mendakwa"), or a
      // speech verb past a body it is of ("Rebecca Cho of Marlow Securities said"), or a colon opening a quote ends its sentence
      // ("Gilles Bonnin, est plus sceptique : « … »").
      if (NEXT_WORD.test(rest)) return true;
      const past = OF_BODY.exec(rest)?.[0].length ?? 0;
      if (past && firstMatch(lex.verbRe, rest.slice(past))?.index === 0) return true;
      if (COLON_QUOTE_IN_SENTENCE.test(after)) return true;
    }
  }
  return false;
}

/**
 * A credited speaker the article never presents as speaking or acting (a mountain, a village, a club only mentioned
 * in the sentence) gives way to the likeliest speaker around the quote that it presents as speaking. `likely(i, not)`
 * names that speaker for quote `i`, other than `not`, or null.
 */
export function recreditSilentSpeakers(out: CreditedSpan[], text: string, lex: Lexicon, likely: (i: number, not: string) => string | null): void {
  const memo = new Map<string, boolean>();
  const speaks = (name: string, tie: Tie): boolean => {
    const key = `${tie} ${name}`;
    let known = memo.get(key);
    if (known === undefined) memo.set(key, (known = presentedSpeaking(name, text, lex, out, tie)));
    return known;
  };
  out.forEach((o, i) => {
    if (!o.speaker || o.kind === 'name' || speaks(o.speaker, 'loose')) return;
    const other = likely(i, o.speaker);
    // Never a body's noun with its place ("der Leipziger Klub"): an epithet, not a name.
    if (other && !placeEpithet(other, text, lex) && CAPITAL_FIRST.test(other) && speaks(other, 'strict')) o.speaker = other;
  });
}
