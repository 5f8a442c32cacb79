import { asciiFirst, LETTER_CHAR } from './ascii-first.js';
import { ELIDED_LINK, ELIDED_LINK_AND_CAPITAL } from './elision.js';
import type { Lexicon } from './lexicon.js';
import { isTitle } from './title-word.js';
import { isCapitalized } from './tokenize.js';
import { isBodyCompound } from './unnamed-speaker.js';
import { wholeWordSpots } from './whole-word-spots.js';

/**
 * A body's name cut at the conjunction inside it ("Department for
 * Environment" of "Department for Environment, Food and Rural Affairs",
 * "Ministero del Lavoro" of "Ministero del Lavoro e delle Politiche sociali"),
 * completed from where the article writes it whole.
 */

/** `[\p{L}'’-]` of the word reader, ASCII-first. */
const WORD_PART = asciiFirst("A-Za-z'’-", String.raw`\p{L}`);
/** One word or mark after spaces, read at `lastIndex` (sticky); a word may carry an elided link before a capital ("dell'Agua"). */
const NEXT = new RegExp(String.raw`[\s\u00A0]*(${LETTER_CHAR}${WORD_PART}*|[^\s\p{L}])`, 'uy');
const LETTER = /\p{L}/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Characters read after the name for the rest of it. */
const TAIL_CHARS = 200;
/** Most words of one item of a remit listed with commas ("Ländlichen Raum"), and of the links or lowercase words before the capital after the conjunction ("e del made in Italy"). */
const ITEM_WORDS = 3;
/** Most link words between two capitals of the remit ("Territorio de Levante", "Cohésion des territoires"). */
const LINK_WORDS = 2;
/** Most words read before a name for the body's noun and its links ("le ministère de la Transition"). */
const HEAD_LINKS = 2;

interface Word {
  text: string;
  /** Offset of its end in the text read. */
  end: number;
}

/** The words (and marks, one per entry) of `text`, elided links split from their capital; the first `most` of them. */
function wordsOf(text: string, most = Infinity): Word[] {
  const out: Word[] = [];
  NEXT.lastIndex = 0;
  // The count asked before the next search, not after it: wordsOf(…, 1) reads one word, not two.
  for (let m = out.length < most ? NEXT.exec(text) : null; m; m = out.length < most ? NEXT.exec(text) : null) {
    const word = m[1]!;
    const at = NEXT.lastIndex;
    // Only a word with an apostrophe can be an elided link and its capital.
    const elided = word.includes("'") || word.includes('’') ? ELIDED_LINK_AND_CAPITAL.exec(word) : null;
    if (elided) out.push({ text: elided[1]!, end: at - word.length + elided[1]!.length });
    out.push({ text: elided ? elided[2]! : word, end: at });
  }
  return out;
}

/** A lowercase link inside a body's name ("del", "für", "of", "dell'"); no place preposition, after which a place follows ("in Düsseldorf"). */
function isLink(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  const link =
    ELIDED_LINK.test(word) ||
    lex.prepositions.has(lower) ||
    lex.articles.has(lower) ||
    lex.nameParticles.has(lower) ||
    lex.pack.bodyNameLinks?.includes(lower) === true;
  return !isCapitalized(word) && link && !lex.conjunctions.has(lower) && !lex.pack.placePrepositions.includes(lower);
}

/** Past `end`, the capitals the name runs on with, each after up to two links ("… de Levante", "… della Maremma"). */
function capitalsFrom(words: readonly Word[], end: number, lex: Lexicon): number {
  for (;;) {
    let j = end;
    while (j < words.length && j - end < LINK_WORDS && isLink(words[j]!.text, lex)) j++;
    const w = words[j];
    if (!w || !isCapitalized(w.text) || ACRONYM.test(w.text) || isTitle(w.text, lex) || lex.calendarWords.has(w.text.toLowerCase())) return end;
    end = j + 1;
  }
}

/** A capitalized word that may go on a body's remit: no title, no other body's noun, no initials, no date. */
function remitCapital(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return isCapitalized(word) && !isTitle(word, lex) && !isBodyCompound(word, lex) && !ACRONYM.test(word) && !lex.calendarWords.has(lower);
}

/** A lowercase word that is no function word or verb of saying: a remit's adjective ("sociali", "écologique"). */
function contentWord(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return (
    LETTER.test(word[0]!) &&
    !isCapitalized(word) &&
    !lex.stopwords.has(lower) &&
    !lex.prepositions.has(lower) &&
    !lex.articles.has(lower) &&
    !lex.conjunctions.has(lower) &&
    !lex.complementizers.has(lower) &&
    !lex.subordinators.has(lower) &&
    !lex.pronouns.has(lower) &&
    !lex.fillers.has(lower) &&
    !lex.verbAtStartRe.test(word)
  );
}

/** Where a remit's lowercase word may end the name: a mark, or a word that is no article nor noun's link (an auxiliary, a verb of saying). */
function closesName(next: Word | undefined, lex: Lexicon): boolean {
  if (!next) return true;
  if (!LETTER.test(next.text[0]!)) return next.text !== "'" && next.text !== '’';
  const lower = next.text.toLowerCase();
  return !lex.articles.has(lower) && !lex.prepositions.has(lower) && (lex.stopwords.has(lower) || lex.verbAtStartRe.test(next.text));
}

/**
 * A body's remit all in lowercase after its conjunction, words `i` to `k` ("e della sicurezza energetica", "e di vigilanza
 * ambientale"): opened by a preposition, not a bare article (whose noun may be another subject, "e il sindaco"), closed by
 * an adjective or noun of no title where the clause goes on.
 */
function lowercaseRemit(words: readonly Word[], i: number, k: number, lex: Lexicon): boolean {
  const open = words[i]!.text;
  const last = words[k - 1]!.text;
  return (
    k - i >= 2 &&
    (lex.prepositions.has(open.toLowerCase()) || ELIDED_LINK.test(open)) &&
    contentWord(last, lex) &&
    !isTitle(last, lex) &&
    words.slice(i + 1, k).every((w) => !isTitle(w.text, lex)) &&
    closesName(words[k], lex)
  );
}

/**
 * How many words from `i` a remit runs after its conjunction: links or a few lowercase words up to its first capital ("y el
 * Clima", "e del made in Italy"), capitals with links between them, and a closing lowercase adjective or linked noun before the
 * clause goes on ("Politiche sociali ha convocato", "Cohésion des territoires indique"); null when no capital comes.
 */
function remitAfter(words: readonly Word[], i: number, lex: Lexicon, bodyLike: boolean): { end: number; linked: boolean } | null {
  // Lowercase words only in a body's remit and after a link opening them ("e del made in Italy"), not a clause of its own
  // ("e diretto a Milano", "e il gol di …").
  let k = i;
  const lowercase = (w: string): boolean => isLink(w, lex) || (bodyLike && (contentWord(w, lex) || lex.prepositions.has(w.toLowerCase())));
  if (words[k] && isLink(words[k]!.text, lex)) while (k < words.length && k - i < ITEM_WORDS && lowercase(words[k]!.text)) k++;
  if (!words[k] || !remitCapital(words[k]!.text, lex)) return bodyLike && lowercaseRemit(words, i, k, lex) ? { end: k, linked: true } : null;
  const linked = k > i;
  let end = capitalsFrom(words, k + 1, lex);
  // "Politiche sociali", "Cohésion des territoires": one lowercase word closing the name, where the clause goes on after it.
  let j = end;
  while (j < words.length && j - end < LINK_WORDS && isLink(words[j]!.text, lex)) j++;
  if (words[j] && contentWord(words[j]!.text, lex) && closesName(words[j + 1], lex)) end = j + 1;
  return { end, linked };
}

/**
 * True when a name's rest may start with `first`: a comma, a capital, a link, an adjective or the conjunction, as read
 * below. Most spots of a name go on with a verb or a mark, and the one word tells so before the rest is read.
 */
function mayGoOn(first: Word | undefined, lex: Lexicon): boolean {
  if (!first) return false;
  const w = first.text;
  return w === ',' || isCapitalized(w) || isLink(w, lex) || contentWord(w, lex) || lex.conjunctions.has(w.toLowerCase());
}

/** The words a name goes on with in `read`, the text right after it, where `mayGoOn` let it; '' when none. */
function restOfName(text: string, read: string, lex: Lexicon, bodyLike: boolean, linkedName: boolean): string {
  const words = wordsOf(read);
  // "Camera di Commercio della Maremma e …": the first part's own linked capitals.
  let k = capitalsFrom(words, 0, lex);
  // "ministère de la Transition écologique et …": the first part's own adjective.
  if (words[k] && contentWord(words[k]!.text, lex) && lex.conjunctions.has(words[k + 1]?.text.toLowerCase() ?? '')) k++;
  // "Ministerium für Arbeit, Gesundheit und Soziales": items listed with commas before the conjunction.
  let listed = false;
  while (bodyLike && words[k]?.text === ',') {
    let j = k + 1;
    while (j < words.length && j - k <= ITEM_WORDS && remitCapital(words[j]!.text, lex)) j++;
    if (j === k + 1 || (words[j]?.text !== ',' && !lex.conjunctions.has(words[j]?.text.toLowerCase() ?? ''))) return '';
    listed = true;
    k = j;
  }
  if (!words[k] || !lex.conjunctions.has(words[k]!.text.toLowerCase())) return '';
  const remit = remitAfter(words, k + 1, lex, bodyLike);
  if (!remit || (!bodyLike && !listed && !(remit.linked && linkedName))) return '';
  // "Maasziekenhuis Venlo en het Sint Servatius Ziekenhuis": a second body, no remit.
  if (words.slice(k + 1, remit.end).some((w) => isBodyCompound(w.text, lex))) return '';
  const tail = read.slice(0, words[remit.end - 1]!.end);
  // Without a link after the conjunction, what follows must be no name the article gives on its own ("… and Ofsted").
  const conjunction = words[k]!.text;
  const second = read.slice(words[k]!.end, words[remit.end - 1]!.end).trim();
  if (!remit.linked && !listed && occurrences(text, second) > occurrences(text, `${conjunction} ${second}`)) return '';
  return tail;
}

function occurrences(text: string, phrase: string): number {
  let n = 0;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + 1)) n++;
  return n;
}

/** A body's noun and its links right before `at` ("le ministère de la "): the name's head, or null. */
function headBefore(text: string, at: number, lex: Lexicon): string | null {
  const words = wordsOf(text.slice(Math.max(0, at - 60), at)).filter((w) => LETTER.test(w.text[0]!));
  let k = words.length;
  while (k > 0 && words.length - k < HEAD_LINKS && isLink(words[k - 1]!.text, lex)) k--;
  const noun = words[k - 1];
  if (k === words.length || !noun || !lex.bodyWords.has(noun.text.toLowerCase())) return null;
  // A noun, not a word spelled like one ("partito da Voghera", "left"): after its article, or capitalized.
  const article = words[k - 2]?.text.toLowerCase() ?? '';
  if (!isCapitalized(noun.text) && !lex.articles.has(article) && !ELIDED_LINK.test(article)) return null;
  const start = text.lastIndexOf(noun.text, at);
  return start < 0 ? null : text.slice(start, at);
}

/** Most words of a body's name read back past a conjunction for its noun ("Kementerian Perdagangan Dalam Negeri dan "). */
const JOINED_HEAD_WORDS = 6;

/** The first part of a body's name and its conjunction right before `at` ("Persatuan Pengguna dan ", "ministerie van Onderwijs, Cultuur en "), from the body's noun; or null. */
function joinedHeadBefore(text: string, at: number, lex: Lexicon): string | null {
  const words = wordsOf(text.slice(Math.max(0, at - 80), at));
  const last = words.length - 1;
  if (last < 1 || !lex.conjunctions.has(words[last]!.text.toLowerCase())) return null;
  for (let k = last - 1; k >= 0 && last - k <= JOINED_HEAD_WORDS; k--) {
    const w = words[k]!.text;
    // A lowercase noun heads the name where its remit hangs on a link ("ministerie van Onderwijs, Cultuur en …").
    const head = isCapitalized(w) || (k + 1 < last && isLink(words[k + 1]!.text, lex));
    if (head && isBodyCompound(w, lex)) {
      const start = text.lastIndexOf(w, at);
      return start < 0 ? null : text.slice(start, at);
    }
    // Items of the remit listed with commas before the conjunction.
    if (!isCapitalized(w) && !isLink(w, lex) && w !== ',') return null;
  }
  return null;
}

/**
 * The whole name of a body credited with a part of it: the article's words
 * after the part when they go on past a conjunction with more of its remit
 * (links then capitals: "y el Reto Demográfico"; for a body's noun also
 * capitals alone, "and Social Care", or items listed with commas), and the
 * body's noun before a part that lacks it ("le ministère de la Transition
 * écologique et de la Cohésion des territoires"), or the part before the
 * conjunction that a name after it lacks ("Persatuan Pengguna dan Alam Sekitar
 * Utara"). Else the name as it is.
 */
export function bodyNameThroughConjunction(name: string, text: string, lex: Lexicon): string {
  for (const at of wholeWordSpots(text, name)) {
    // The word after the spot first: most spots go on with a verb or a mark, and need no head read before them.
    const read = text.slice(at + name.length, at + name.length + TAIL_CHARS);
    // The rest goes on past a conjunction: where the words after the spot hold none, there is no rest to read.
    if (!mayGoOn(wordsOf(read, 1)[0], lex) || !lex.conjunctionRe.test(read)) continue;
    const head = isBodyCompound(name.split(' ')[0]!, lex) ? '' : (headBefore(text, at, lex) ?? '');
    const full = `${head}${name}`;
    const words = full.split(' ');
    const bodyLike = words.some((w) => isBodyCompound(w, lex));
    // "Observatorio Andaluz del Agua": a name with links of its own, as a body's remit has.
    const linkedName = words.some((w, k) => k > 0 && k < words.length - 1 && isLink(w, lex));
    const rest = restOfName(text, read, lex, bodyLike, linkedName);
    if (rest) return `${full}${rest}`;
  }
  // "Kos Sara Hidup" of "Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup": the part after the conjunction.
  if (name.split(' ').every((w) => isCapitalized(w) && !isBodyCompound(w, lex))) {
    for (const at of wholeWordSpots(text, name)) {
      const head = joinedHeadBefore(text, at, lex);
      if (head) return `${head}${name}`;
    }
  }
  return name;
}
