import type { Lexicon } from './lexicon.js';
import { isTitle } from './title-word.js';
import { isCapitalized } from './tokenize.js';
import type { Token } from './tokenize.js';

/** A joint speaker's name cut at its one conjunction ("Brösel und Adelmann"). */
export interface JointParts {
  first: string;
  conjunction: string;
  second: string;
}

/** Characters after the first full name within which the second must follow it for the two to be the pair. */
const PAIR_CHARS = 120;
/** What ends a clause between two names: not one pair then. */
const CLAUSE_STOP = /[.!?;:«»“”"„]/;
const LETTER = /\p{L}/u;
/** The next word after spaces. */
const NEXT_WORD = /^[ \u00A0]+([\p{L}][\p{L}'’-]*)/u;

/**
 * The halves of a joint speaker's name: two names of capitalized words (and
 * name particles, "Van der Plas") around one conjunction. Null for a name with
 * none, with two, or with a half that is no name ("Weber und die Polizei").
 */
export function jointParts(name: string, lex: Lexicon): JointParts | null {
  const words = name.split(' ');
  const at = words.findIndex((w, k) => k > 0 && k < words.length - 1 && lex.conjunctions.has(w));
  if (at < 0 || words.some((w, k) => k !== at && lex.conjunctions.has(w))) return null;
  const nameWord = (w: string): boolean => isCapitalized(w) || lex.nameParticles.has(w);
  const first = words.slice(0, at);
  const second = words.slice(at + 1);
  if (![...first, ...second].every(nameWord) || !isCapitalized(first[0]!) || !isCapitalized(second[0]!)) return null;
  return { first: first.join(' '), conjunction: words[at]!, second: second.join(' ') };
}

/** Of a pair a half resolved to (the pair credited before: "Koen Hermsen" of "Annelies van der Plas en Koen Hermsen"), the half ending in it. */
function ownHalf(full: string, part: string, lex: Lexicon): string {
  const parts = jointParts(full, lex);
  if (!parts) return full;
  return [parts.first, parts.second].find((half) => ` ${half}`.endsWith(` ${part}`)) ?? part;
}

/**
 * The half of a pair of two full names that holds a shorter name, its particle written either way ("Otero" or "Dos Santos" of
 * "Beatriz Otero Vilariño y Xiana dos Santos Barreiro", read as one name where the conjunction is a name particle); null when
 * `full` is no such pair or neither half holds it alone. A pair sharing one surname ("João e Teresa Almeida") stays whole, and
 * so does one credited together where the conjunction is no particle, read as two names.
 */
export function halfHolding(full: string, part: string, lex: Lexicon): string | null {
  const parts = jointParts(full, lex);
  if (!parts || !lex.nameParticles.has(parts.conjunction) || !parts.first.includes(' ') || !parts.second.includes(' ')) return null;
  const held = ` ${part.toLowerCase()} `;
  const holders = [parts.first, parts.second].filter((half) => ` ${half.toLowerCase()} `.includes(held));
  return holders.length === 1 ? holders[0]! : null;
}

/** Most capitalized words a half's full name runs on past the word the credit calls it by ("Ratna" in "Ratna Sari Dewi"). */
const GROWN_WORDS = 3;

/** Where `words` stand in `text` from `from`, as whole words; -1 when they do not. */
function wordAt(text: string, words: string, from: number): number {
  for (let at = text.indexOf(words, from); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text[at - 1];
    const after = text[at + words.length];
    if ((before === undefined || !LETTER.test(before)) && (after === undefined || !LETTER.test(after))) return at;
  }
  return -1;
}

/** The name at `at` run on over the capitalized words after it that are no title ("Ratna" → "Ratna Sari Dewi"). */
function grown(text: string, at: number, name: string, lex: Lexicon): string {
  const words = [name];
  let rest = text.slice(at + name.length);
  for (let m = NEXT_WORD.exec(rest); m && words.length <= GROWN_WORDS; m = NEXT_WORD.exec(rest)) {
    const w = m[1]!;
    if (!isCapitalized(w) || isTitle(w, lex) || lex.stopwords.has(w.toLowerCase()) || lex.calendarWords.has(w.toLowerCase())) break;
    words.push(w);
    rest = rest.slice(m[0].length);
  }
  return words.join(' ');
}

/**
 * The full names of two people credited together by shorter ones ("sagten
 * Brösel und Adelmann", "kata Hendra dan Ratna"): each half as a lone name
 * resolves (`full`), or run on where the article names the two so, in that
 * order and one clause ("Wakil Bupati Ratna Sari Dewi"), or else each given
 * name run on to the one full name it opens in the article. Null unless the
 * article names them together so, or each half opens one name only, so that
 * a half is never taken for someone else who shares a word with it.
 */
export function fullPair(name: string, text: string, lex: Lexicon, full: (part: string) => string): string | null {
  const parts = jointParts(name, lex);
  if (!parts) return null;
  const first = ownHalf(full(parts.first), parts.first, lex);
  const second = ownHalf(full(parts.second), parts.second, lex);
  for (let at = wordAt(text, first, 0); at >= 0; at = wordAt(text, first, at + 1)) {
    const from = at + first.length;
    const link = wordAt(text.slice(from, from + PAIR_CHARS), parts.conjunction, 0);
    const to = link < 0 ? -1 : wordAt(text.slice(0, from + PAIR_CHARS), second, from + link);
    if (to < 0 || CLAUSE_STOP.test(text.slice(from, to))) continue;
    const a = first === parts.first ? grown(text, at, first, lex) : first;
    const b = second === parts.second ? grown(text, to, second, lex) : second;
    if (a !== parts.first || b !== parts.second) return `${a} ${parts.conjunction} ${b}`;
  }
  // Named apart before ("O atacante Wellington Souza … O zagueiro Diego Alves Pinto"): each given name grown to the one full name it opens.
  const a = first === parts.first ? onlyGrown(text, first, lex) : first;
  const b = second === parts.second ? onlyGrown(text, second, lex) : second;
  return a && b && (a !== parts.first || b !== parts.second) ? `${a} ${parts.conjunction} ${b}` : null;
}

/** The one full name `word` opens wherever the article runs it on ("Wellington" → "Wellington Souza"); `word` when none, null when several. */
function onlyGrown(text: string, word: string, lex: Lexicon): string | null {
  const names = new Set<string>();
  for (let at = wordAt(text, word, 0); at >= 0; at = wordAt(text, word, at + 1)) {
    const name = grown(text, at, word, lex);
    if (name !== word) names.add(name);
  }
  return names.size > 1 ? null : ([...names][0] ?? word);
}

/** A conjunction and one capitalized word after a full name, then a lowercase word or a mark ("… dan Suminah sudah"). */
const ONE_WORD_PARTNER = /^[ \u00A0]+(\p{Ll}+)[ \u00A0]+(\p{Lu}\p{Ll}{2,})(?=[ \u00A0]+\p{Ll}|[,.;:!?)]|$)/u;

/**
 * The conjunction and partner named by one word after a full name ("Slamet
 * Riyadi dan Suminah"): a person who goes by one name, no title, body,
 * place or date; or null.
 */
export function oneWordPartner(after: string, lex: Lexicon): string | null {
  const m = ONE_WORD_PARTNER.exec(after);
  if (!m || !lex.conjunctions.has(m[1]!)) return null;
  const word = m[2]!;
  const lower = word.toLowerCase();
  if (isTitle(word, lex) || lex.stopwords.has(lower) || lex.bodyWords.has(lower) || lex.places.has(lower) || lex.calendarWords.has(lower)) return null;
  return `${m[1]} ${word}`;
}

/** One body's name in a list: up to three capitalized words ("Uila Uil", "SUD-Rail"). */
const ITEM = String.raw`\p{Lu}[\p{L}\p{N}'’-]*(?:[ \u00A0]\p{Lu}[\p{L}\p{N}'’-]*){0,2}`;
/** A list of bodies' names joined by commas and one conjunction (group 1 the conjunction). */
const BODY_LIST = new RegExp(String.raw`(?<![\p{L}\p{N}])${ITEM}(?:,[ \u00A0]+${ITEM})*[ \u00A0]+(\p{Ll}+)[ \u00A0]+${ITEM}(?![\p{L}\p{N}])`, 'gu');

/**
 * The bodies a plural verb's subject lists with the one named ("…», hanno
 * dichiarato in una nota congiunta Fim, Fiom e Uilm"): all of them as one
 * speaker, as written; or null when `name` stands in no such list in `rest`.
 */
export function bodyList(name: string, rest: string, lex: Lexicon): string | null {
  for (const m of rest.matchAll(BODY_LIST)) {
    if (!lex.conjunctions.has(m[1]!) || !` ${m[0].replace(/,/g, ' ')} `.includes(` ${name} `)) continue;
    const titled = m[0].split(/[\s,]+/).some((w) => isTitle(w, lex) || lex.calendarWords.has(w.toLowerCase()));
    return titled ? null : m[0];
  }
  return null;
}

/** Words between a statement's noun and the list of bodies that issued it ("nota congiunta", "comunicado conjunto"). */
const STATEMENT_WORDS = 2;

/** The bodies listed right after a statement's noun and an adjective or two ("in una nota congiunta Fim, Fiom e Uilm"), or null. */
export function listAfterStatement(clause: string, lex: Lexicon): string | null {
  for (const m of clause.matchAll(BODY_LIST)) {
    const before = clause
      .slice(0, m.index)
      .split(/[^\p{L}]+/u)
      .filter(Boolean)
      .slice(-1 - STATEMENT_WORDS);
    if (!lex.conjunctions.has(m[1]!) || !before.some((w) => lex.spokespersonWords.has(w.toLowerCase()))) continue;
    return bodyList(m[0].split(/,|\s/)[0]!, m[0], lex);
  }
  return null;
}

/**
 * True when the word at `i` closes a subject counting two or three people
 * after its article ("the two bosses", "les deux élus", "i tre sindaci"):
 * the people named together before speak.
 */
export function countedPeople(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const noun = tokens[i];
  const count = tokens[i - 1];
  const article = tokens[i - 2];
  if (!noun?.isWord || !count?.isWord || !article?.isWord || (isCapitalized(noun.text) && !lex.pack.nounsCapitalized)) return false;
  const n = lex.pack.numberWords[count.text.toLowerCase()] ?? 0;
  return n >= 2 && n <= 3 && lex.articles.has(article.text.toLowerCase()) && !lex.indefiniteArticles.has(article.text.toLowerCase());
}
