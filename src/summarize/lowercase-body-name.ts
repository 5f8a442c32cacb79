import { ELIDED_ARTICLE, ELIDED_LINK, withoutApostrophe } from './elision.js';
import { joinNameWords } from './join-name-words.js';
import type { Lexicon } from './lexicon.js';
import type { Mention } from './speaker-name.js';
import type { Token } from './tokenize.js';
import { isCapitalized, tokenize } from './tokenize.js';

/** Most link words between a body's noun phrase and what it is of ("de la", "dell'"). */
const MAX_LINKS = 2;
/** Most adjectives after a noun ("chambre régionale", "tribunal administratif"). */
const MAX_ADJECTIVES = 2;
/** Most capitalized words of a place or name closing the body's name ("de Valbreuse", "du Puy-de-Dôme"). */
const MAX_CAPITALS = 3;
const LOWER_WORD = /^\p{Ll}[\p{Ll}-]*$/u;
/** How far past the verb its subject's name may run. */
const SUBJECT_CHARS = 100;

/** A lowercase word that may qualify a noun in a body's name: no function word, no time, no verb, no role, no other body. */
function qualifier(t: Token | undefined, lex: Lexicon): boolean {
  if (!t?.isWord || !LOWER_WORD.test(t.text)) return false;
  const w = t.text;
  return ![
    lex.stopwords,
    lex.prepositions,
    lex.conjunctions,
    lex.complementizers,
    lex.subordinators,
    lex.fillers,
    lex.pronouns,
    lex.calendarWords,
    lex.calendarNotNames,
    lex.timeWords,
    lex.verbWords,
    lex.bodyWords,
    lex.spokespersonWords,
    lex.documentWords,
  ].some((set) => set.has(w));
}

/** Index past the lowercase link words from `i` ("de", "des", "de l'", "dell'"). */
function pastLinks(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let j = i;
  while (
    j - i < MAX_LINKS &&
    tokens[j]?.isWord &&
    !isCapitalized(tokens[j]!.text) &&
    (lex.nameParticles.has(tokens[j]!.text) || ELIDED_LINK.test(tokens[j]!.text))
  )
    j++;
  return j;
}

/** Index past a noun's adjectives from `i`. */
function pastQualifiers(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let j = i;
  while (j - i < MAX_ADJECTIVES && qualifier(tokens[j], lex)) j++;
  return j;
}

/**
 * A body's name written in lowercase where nouns are not capitalized, at
 * `i`: its common noun, the adjectives that make it one body ("l'agence
 * régionale de santé", "la chambre régionale des comptes", "le tribunal
 * correctionnel de Valbreuse"), then what it is of: lowercase words, or the
 * capitals of a place; or the noun alone and the capitals of its remit ("le
 * ministère de l'Industrie"). The noun alone ("le tribunal") or with an
 * adjective only ("l'autorité organisatrice") is an epithet for a body named before.
 * Returns the name without its article.
 */
export function lowercaseBodyName(tokens: readonly Token[], i: number, lex: Lexicon): string | null {
  const noun = tokens[i];
  if (lex.pack.nounsCapitalized || !noun?.isWord || !LOWER_WORD.test(noun.text) || !lex.bodyWords.has(noun.text)) return null;
  const end = pastQualifiers(tokens, i + 1, lex);
  // "l'ufficio stampa della Asl": a spokesperson's words, speaking for the body after them, no body's name.
  if (end > i + 1 && lex.spokespersonWords.has(`${noun.text} ${tokens[i + 1]!.text}`)) return null;
  const link = pastLinks(tokens, end, lex);
  if (link === end) return null;
  // The noun alone names a body by what it is in charge of, in capitals and their adjectives ("le ministère de l'Éducation
  // nationale", "la direction des Routes"); with neither it is an epithet for a body named before.
  if (end === i + 1) {
    const capitals = pastCapitals(tokens, link, lex);
    return capitals > link ? joinNameWords(tokens.slice(i, pastQualifiers(tokens, capitals, lex)).map((t) => t.text)) : null;
  }
  let k = pastCapitals(tokens, link, lex);
  // What it is of is a body named by its noun, adjectives and place ("la direzione sanitaria dell'Azienda ospedaliera di Vignale").
  if (k === link + 1 && lex.bodyWords.has(tokens[link]!.text.toLowerCase())) {
    const adjectives = pastQualifiers(tokens, k, lex);
    const of = pastLinks(tokens, adjectives, lex);
    const place = of > adjectives ? pastCapitals(tokens, of, lex) : of;
    if (adjectives > k && place > of) k = place;
  }
  // What it is of, in lowercase, with its own adjectives ("de santé", "des comptes publics"), and the place that is of ("d'Occitanie").
  if (k === link && qualifier(tokens[k], lex)) {
    k = pastQualifiers(tokens, k + 1, lex);
    const place = pastLinks(tokens, k, lex);
    if (place > k) k = Math.max(k, pastCapitals(tokens, place, lex));
  }
  if (k === link) return null;
  // An article opens the verb's object ("le syndicat réclame la fin"), never what a body is of, unless a place's capitals
  // close it ("la chambre régionale des comptes d'Occitanie").
  const opening = withoutApostrophe(tokens[end]?.text ?? '');
  if (lex.articles.has(opening) && !isCapitalized(tokens[k - 1]!.text)) return null;
  return joinNameWords(tokens.slice(i, k).map((t) => t.text));
}

/** Index past the capitalized words of a place or name from `i` ("Valbreuse", "Puy-de-Dôme"), `i` itself when none. */
function pastCapitals(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let k = i;
  while (k - i < MAX_CAPITALS && tokens[k]?.isWord && isCapitalized(tokens[k]!.text) && !lex.stopwords.has(tokens[k]!.text.toLowerCase())) k++;
  return k;
}

/** Most link-and-words steps of what a body is of ("dei revisori | dei conti"). */
const MAX_REMIT_STEPS = 3;

/** Index past one link word from `i` and the article that may follow it ("dei", "de l'"), `i` itself when none. */
function pastOfLink(tokens: readonly Token[], i: number, lex: Lexicon): number {
  const bare = (t: Token | undefined): string => (t?.isWord ? withoutApostrophe(t.text) : '');
  if (!lex.pack.bodyOfLinks?.includes(bare(tokens[i]))) return i;
  const next = tokens[i + 1];
  const article = next?.isWord === true && (ELIDED_ARTICLE.test(next.text) || (lex.articles.has(next.text) && !lex.indefiniteArticles.has(next.text)));
  return article ? i + 2 : i + 1;
}

/**
 * Index past what a capitalized body's name is of in lowercase words, from `i` right after the name ("l'Ordine | dei
 * medici di Valmarena", "l'Observatoire | du littoral de Cornouaille-Nord"): a link word and lowercase qualifiers, again,
 * perhaps closed by a place's capitals; `i` when no lowercase word follows a link. A word that is no qualifier (an
 * adverb, a time, a verb) ends it: "dell'Autorità in serata" is the body alone.
 */
export function pastLowercaseRemit(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let k = i;
  let lowercase = false;
  for (let step = 0; step < MAX_REMIT_STEPS; step++) {
    const link = pastOfLink(tokens, k, lex);
    if (link === k) break;
    const capitals = pastCapitals(tokens, link, lex);
    if (capitals > link) {
      if (lowercase) k = capitals;
      break;
    }
    const words = pastQualifiers(tokens, link, lex);
    if (words === link) break;
    k = words;
    lowercase = true;
  }
  return lowercase ? k : i;
}

/**
 * Index past a body's name opening on its capitalized noun at `i` and going on with lowercase adjectives, then the
 * capitals of its place or what it is of ("Autorità idrica territoriale Val Vernasca", "Ordine dei medici"); `i + 1`
 * when nothing follows the noun, or where the pack names no links (its bodies' names are capitalized throughout).
 */
export function pastNameOpenedByNoun(tokens: readonly Token[], i: number, lex: Lexicon): number {
  if (!lex.pack.bodyOfLinks) return i + 1;
  const adjectives = pastQualifiers(tokens, i + 1, lex);
  const capitals = pastCapitals(tokens, adjectives, lex);
  if (capitals > adjectives) return capitals;
  const remit = pastLowercaseRemit(tokens, adjectives, lex);
  // Lowercase words running on past a name's adjectives are a clause ("la Xunta controla cada año"), no name.
  return remit === adjectives && qualifier(tokens[adjectives], lex) ? i + 1 : remit;
}

/**
 * The body named in lowercase words right after a speech verb, past its
 * definite article ("…», a indiqué l'agence régionale de santé"), as a
 * mention; null when none opens `rest`.
 */
export function lowercaseBodyAfter(rest: string, lex: Lexicon): Mention | null {
  const tokens = tokenize(rest.slice(0, SUBJECT_CHARS));
  const article = tokens[0]?.text.toLowerCase() ?? '';
  const definite = (lex.articles.has(article) && !lex.indefiniteArticles.has(article)) || ELIDED_ARTICLE.test(article);
  const name = definite ? lowercaseBodyName(tokens, 1, lex) : null;
  return name ? { kind: 'name', name, titled: false, body: true } : null;
}

/** Most tokens a body's name in lowercase words may run back over from the capitals closing it ("préfecture maritime de la"). */
const BACK_TOKENS = 6;

/**
 * The body named in lowercase words after the definite article opening its clause, whose place's capitals close at
 * `last` ("La préfecture de la Manche", read back from "Manche" before "a indiqué"), as a mention; null when the capitals
 * close no such name, or the name is what a word before its article is of ("une porte-parole de la préfecture de la
 * Sorne": a spokesperson's body), or an organ's of its body ("la direction des Fonderies Malval").
 */
export function lowercaseBodyEndingAt(tokens: readonly Token[], last: number, lex: Lexicon): Mention | null {
  for (let k = last - 1; k > 0 && last - k <= BACK_TOKENS; k--) {
    const article = tokens[k - 1]!.text.toLowerCase();
    const definite = (lex.articles.has(article) && !lex.indefiniteArticles.has(article)) || ELIDED_ARTICLE.test(article);
    if (!definite || !lex.bodyWords.has(tokens[k]!.text)) continue;
    if (tokens[k - 2]?.isWord || lex.pack.organWords?.includes(tokens[k]!.text)) return null;
    const name = lowercaseBodyName(tokens, k, lex);
    return name === joinNameWords(tokens.slice(k, last + 1).map((t) => t.text)) ? { kind: 'name', name, titled: false, body: true } : null;
  }
  return null;
}
