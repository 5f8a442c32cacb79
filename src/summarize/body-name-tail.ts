import type { Lexicon } from './lexicon.js';
import type { WordCounts } from './speaker-name.js';
import { joinNameWords } from './join-name-words.js';
import { pastLowercaseRemit } from './lowercase-body-name.js';
import { tokenize } from './tokenize.js';
import { isBodyCompound, withoutGenitive } from './unnamed-speaker.js';
import { wholeWordSpots } from './whole-word-spots.js';

/** One word after a name: a lowercase word, an elided one ("d'agglomération") or a capitalized one. */
const TAIL_WORD = /^[ \u00A0]+((?:\p{Ll}{1,3}['’])?\p{L}[\p{L}-]*)/u;
const MAX_TAIL_WORDS = 5;
const CAPITALIZED = /^\p{Lu}/u;

function functionWord(word: string, lex: Lexicon): boolean {
  const w = word.toLowerCase();
  return (
    lex.stopwords.has(w) ||
    lex.articles.has(w) ||
    lex.prepositions.has(w) ||
    lex.conjunctions.has(w) ||
    lex.complementizers.has(w) ||
    lex.fillers.has(w) ||
    lex.nameParticles.has(w) ||
    lex.pronouns.has(w) ||
    lex.verbLastWords.has(w)
  );
}

/** The words after one occurrence of `name` that may go on with it: content words up to a function word or a mark. */
function tailAt(text: string, at: number, lex: Lexicon): string[] {
  const words: string[] = [];
  let rest = text.slice(at);
  for (let m = TAIL_WORD.exec(rest); m && words.length < MAX_TAIL_WORDS; m = TAIL_WORD.exec(rest)) {
    const word = m[1]!;
    if (functionWord(word, lex) || (!words.length && CAPITALIZED.test(word))) break;
    words.push(word);
    rest = rest.slice(m[0].length);
  }
  return words;
}

/** A capitalized word after a name. */
const NEXT_CAPITALIZED = /^[ \u00A0]+(\p{Lu}[\p{L}-]*)/u;

/** True when `word` is a place: a known one, or one the article names after a place preposition ("in Leipzig"). */
function placeNamed(word: string, text: string, lex: Lexicon): boolean {
  return lex.places.has(word.toLowerCase()) || lex.pack.placePrepositions.some((p) => wholeWordSpots(text, `${p} ${word}`).length > 0);
}

/** A body's noun alone ("Polizeidirektion") with the place it goes with somewhere in the article ("die Polizeidirektion Leipzig"). */
function withPlace(name: string, text: string, lex: Lexicon): string | null {
  if (name.includes(' ') || !isBodyCompound(name, lex)) return null;
  for (const at of wholeWordSpots(text, name)) {
    const next = NEXT_CAPITALIZED.exec(text.slice(at + name.length))?.[1];
    if (next !== undefined && placeNamed(next, text, lex)) return `${name} ${next}`;
  }
  return null;
}

/** The word ending the text, with an apostrophe eliding it and the spaces after it. */
const LAST_WORD = /(\p{L}+)(['’])?[ \u00A0]*$/u;
/** Most letters of an elided article or of a preposition carrying one ("l'", "dell'"). */
const MAX_ELIDED = 5;

/** True when the word before `at` is an article or a preposition, or one elided ("l'Ufficio"): the name is a noun phrase's head ("della Protezione"). */
function afterArticle(text: string, at: number, lex: Lexicon): boolean {
  const last = LAST_WORD.exec(text.slice(Math.max(0, at - 16), at));
  const word = last?.[1]?.toLowerCase();
  if (word === undefined) return false;
  return (last![2] !== undefined && word.length <= MAX_ELIDED) || lex.articles.has(word) || lex.prepositions.has(word);
}

const BRACKETED_INITIALS = /^[ \u00A0]*\((\p{Lu}{2,})\)/u;

/** True when initials in brackets right after `name` at `at` take their letters from its words in order, from its first to its last. */
function shortenedAfter(text: string, at: number, name: string): boolean {
  const initials = BRACKETED_INITIALS.exec(text.slice(at + name.length, at + name.length + 16))?.[1];
  if (initials === undefined) return false;
  const firsts = name.split(' ').map((w) => w.charAt(0).toUpperCase());
  let k = 0;
  for (const f of firsts) if (f === initials[k]) k++;
  return k === initials.length && firsts[0] === initials[0] && firsts[firsts.length - 1] === initials[initials.length - 1];
}

/**
 * A body's name that goes on in lowercase words after its capitals
 * ("Protezione civile", "Santé publique France", "Communauté d'agglomération
 * Pays basque"), completed from the article: a speaker ending in a capitalized
 * word is followed there by the same lowercase words each time, as the head of
 * a noun phrase ("la Protezione civile") or before more capitals. A person's
 * name is followed by a verb that changes, and rarely takes an article.
 * A body's noun in the genitive, as the article named it ("Vorlage des
 * Bundesdigitalministeriums", "nach Angaben des Bundesverbands X"), is given
 * as its subject's form on its head word: however the name was reached, it is the body's name.
 */
export function completeBodyName(name: string, text: string, lex: Lexicon, counts: WordCounts): string {
  // Its first word only: a genitive further on is the name's own ("Gesundheitsamt des Landkreises Auental").
  const space = name.indexOf(' ');
  const head = space < 0 ? name : name.slice(0, space);
  const plain = `${withoutGenitive(head, lex)}${space < 0 ? '' : name.slice(space)}`;
  return withRemit(withTail(plain, text, lex, counts), text, lex);
}

/** How far past a name what it is of may run. */
const REMIT_CHARS = 120;

/**
 * A body's name with what it is of in lowercase words, as the article writes it after the name at its longest ("Ordine"
 * → "Ordine dei medici di Valmarena"). Only a body's: a name opening on a body's noun or a lone capitalized word (a
 * person is credited by their full name), so "Marco Bellini dei residenti" keeps his name.
 */
function withRemit(name: string, text: string, lex: Lexicon): string {
  if (lex.pack.nounsCapitalized || !lex.pack.bodyOfLinks) return name;
  const space = name.indexOf(' ');
  if (!CAPITALIZED.test(name) || (space >= 0 && !isBodyCompound(name.slice(0, space), lex))) return name;
  let longest = '';
  for (const at of wholeWordSpots(text, name)) {
    const tokens = tokenize(text.slice(at + name.length, at + name.length + REMIT_CHARS));
    const remit = joinNameWords(tokens.slice(0, pastLowercaseRemit(tokens, 0, lex)).map((t) => t.text));
    if (remit.length > longest.length) longest = remit;
  }
  return longest ? `${name} ${longest}` : name;
}

function withTail(name: string, text: string, lex: Lexicon, counts: WordCounts): string {
  // Where every noun is capitalized the words after a name are the sentence's, not the name's ("Die Regierung Sachsens plant Kürzungen"),
  // but for a place the article names, which a body's noun takes as its own ("Polizeidirektion Leipzig").
  if (lex.pack.nounsCapitalized) return withPlace(name, text, lex) ?? name;
  const last = name.slice(name.lastIndexOf(' ') + 1);
  if (!CAPITALIZED.test(last)) return name;
  // Pushed into a literal, not mapped: an empty mapped array is of another kind, and V8 drops the optimised code that meets it.
  const spots: { at: number; tail: string[] }[] = [];
  for (const at of wholeWordSpots(text, name)) spots.push({ at, tail: tailAt(text, at + name.length, lex) });
  const first = spots.find((s) => s.tail.length)?.tail[0];
  if (first === undefined) return name;
  const same = spots.filter((s) => s.tail[0] === first);
  // The longest run of words that follows the last word as often as the first of them does.
  const often = counts.count(`${last} ${first}`);
  const longest = same.reduce((a, b) => (b.tail.length > a.tail.length ? b : a)).tail;
  let take = 1;
  while (take < longest.length && counts.count(`${last} ${longest.slice(0, take + 1).join(' ')}`) === often) take++;
  const tail = longest.slice(0, take);
  const capitals = tail.some((w) => CAPITALIZED.test(w));
  const headed = same.some((s) => afterArticle(text, s.at, lex));
  // Initials in brackets after the words that shorten them all ("Centraal Orgaan opvang asielzoekers (COA)").
  const full = `${name} ${tail.join(' ')}`;
  if (same.some((s) => shortenedAfter(text, s.at, full))) return full;
  // A body's common noun alone after an article is no name yet: its lowercase words make it one ("dell'Associazione italiana arbitri").
  const bodyNoun = !name.includes(' ') && lex.bodyWords.has(name.toLowerCase());
  // A body's common noun of two words the name opens ("Protezione civile regionale"), however it is introduced.
  // Its words up to a verb of saying ("Dalla Protezione civile regionale fanno sapere").
  if (lex.bodyWords.has(`${name} ${tail[0]}`.toLowerCase())) {
    const verb = tail.findIndex((w) => lex.verbWords.has(w.toLowerCase()) || lex.pack.speechVerbs.some((v) => v.startsWith(`${w.toLowerCase()} `)));
    return `${name} ${(verb < 0 ? tail : tail.slice(0, verb)).join(' ')}`;
  }
  return (often >= 2 && (capitals || headed)) || (headed && (capitals || bodyNoun)) ? full : name;
}
