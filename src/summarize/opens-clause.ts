import { WORD_CHAR } from './ascii-first.js';
import { withoutElidedOpening } from './elision.js';
import type { Lexicon } from './lexicon.js';
import { isTitle } from './title-word.js';
import { isCapitalized } from './tokenize.js';

// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const LOWER_FIRST = /^\p{Ll}/u;

/** After a sentence's stop and its closing mark, the Dutch two-apostrophe one too ("…veld.'' Trainer X"). */
export const SENTENCE_OPENING = /(?:[.!?…](?:["”’»]|'')?\s+|\n\s*)$/;

/** Most words of a lowercase role set off by commas before a name ("Di luar mahkamah, isteri tertuduh, Nurul Ain Hassan, enggan …"). */
const APPOSED_ROLE_WORDS = 3;

/** Most words of a phrase opening the sentence before a name it introduces. */
const OPENING_WORDS = 5;

/** After such a name: its apposition or its verb. */
const NAME_THEN_CLAUSE = /^(?:\s*[,(]|\s+\p{Ll})/u;

/** Words read back from a name to the start of its sentence. */
const LEAD_WORDS = 8;

const LONG_LEAD_WORDS = 14;

export const LEAD_CHARS = 120;

/** . ! ? … ” » " by their codes: read back over up to LEAD_CHARS characters per name. */
const SENTENCE_STOP = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x201d, 0xbb, 0x22]);

export const WORD_OR_MARK = new RegExp(`${WORD_CHAR}+|[,()]`, 'gu');

/**
 * True when a name is its sentence's subject: it opens the sentence, or only
 * articles, titles and their departments come before it ("Le Premier
 * ministre Michel Barnier a défendu …", "El presidente del Gobierno, Pedro
 * Sánchez, celebró …").
 */
export function opensClause(text: string, at: number, end: number, lex: Lexicon): boolean {
  if (at === 0 || SENTENCE_OPENING.test(text.slice(Math.max(0, at - 5), at))) return true;
  const from = Math.max(0, at - LEAD_CHARS);
  let cut = at - 1;
  while (cut >= from && !(SENTENCE_STOP.has(text.charCodeAt(cut)) && /\s/.test(text[cut + 1] ?? ' ')) && text.charCodeAt(cut) !== 0x0a) cut--;
  if (cut < from && from > 0) return false;
  // An elided article is no word of its own: "L'allenatore" is "allenatore".
  // Pushed into a literal, not mapped from `?? []`: an empty array of another kind makes V8 drop the optimised code.
  let words: string[] = [];
  const found = text.slice(cut + 1, at).match(WORD_OR_MARK);
  if (found) for (const w of found) words.push(withoutElidedOpening(w));
  // A connective and its comma open the sentence before its subject ("Bagaimanapun, Menteri …", "Sementara itu, …").
  const connective = words.findIndex((w) => !lex.stopwords.has(w.toLowerCase()));
  if (connective > 0 && words[connective] === ',') words = words.slice(connective + 1);
  // A name right after a preposition is whose or where, not the subject: "Linus Haferkamp vom Chaos Computer Club hält …".
  if (lex.prepositions.has(words[words.length - 1]?.toLowerCase() ?? '')) return false;
  // Nor one set off after a role a preposition governs: "rispondendo alle domande della presidente del collegio, Anna Maria Lodi, è tornato".
  if (words[words.length - 1] === ',' && governedRole(words, lex)) return false;
  // A short opening phrase, then the name: "Le prévenu, Jean-Baptiste Ferracci, 47 ans, conteste", "Interrogée sur ce point, Inès Martin récuse".
  if (
    words.length > 1 &&
    words.length <= OPENING_WORDS + 1 &&
    words[words.length - 1] === ',' &&
    !words.slice(0, -1).includes(',') &&
    NAME_THEN_CLAUSE.test(text.slice(end, end + 3))
  )
    return true;
  // A short opening phrase, its comma, then the person's role and the name in apposition: "Her neighbour in line, retired teacher Frank Liddell, was …".
  // Or with a comma before the name too: "À saída da sala, o advogado do arguido, Rui Sampaio, mostrou-se …".
  const comma = words.indexOf(',');
  const apposedAfterRole = words.lastIndexOf(',') === words.length - 1 && words.indexOf(',', comma + 1) === words.length - 1;
  if (
    comma > 0 &&
    comma <= OPENING_WORDS &&
    (comma === words.lastIndexOf(',') || apposedAfterRole) &&
    // A title among the role's words, or, set off by commas on both sides, a short lowercase role ("isteri tertuduh").
    (words.slice(comma + 1).some((w) => isTitle(w, lex)) || (apposedAfterRole && words.length - comma - 2 <= APPOSED_ROLE_WORDS)) &&
    words.slice(comma + 1).every((w) => w === ',' || isTitle(w, lex) || !isCapitalized(w)) &&
    /^\s*,/.test(text.slice(end, end + 3))
  )
    return true;
  // Where every noun is capitalized, an article and a noun open the sentence before the name: "Der Hafenlogistiker Thomas Brandt sieht …".
  if (lex.pack.nounsCapitalized && words.length === 2 && lex.articles.has(words[0]!.toLowerCase()) && isCapitalized(words[1]!)) return true;
  // Verb-second after a word standing for what was said: "Das wies der zuständige Landesrat Markus Ebner zurück".
  if (
    words.length >= 2 &&
    words.length <= OPENING_WORDS + 1 &&
    lex.pack.quoteReferents?.includes(words[0]!.toLowerCase()) &&
    !isCapitalized(words[1]!) &&
    words.slice(2).every((w) => lex.articles.has(w.toLowerCase()) || isTitle(w, lex) || !isCapitalized(w))
  )
    return true;
  if (!words.length || words.length > LONG_LEAD_WORDS || !words.some((w) => isTitle(w, lex))) return false;
  // A role with its remit, then the name in apposition: "Le vice-président chargé des finances, Karim Benslimane, a contesté".
  const first = words[0]!;
  if (
    words[words.length - 1] === ',' &&
    (/^\s*(?:\(\d{1,3}\)\s*)?,/.test(text.slice(end, end + 8)) || isTitle(first, lex)) &&
    (isTitle(first, lex) || lex.articles.has(first.toLowerCase())) &&
    !namedSubjectBefore(words, lex)
  )
    return true;
  // A subject pronoun before the role makes it the pronoun's ("Beliau yang juga Menteri Peralihan Tenaga berkata").
  // An article and an epithet may stand right before the name ("Su entrenador, el argentino Gabriel Fontana, …").
  const n = words.length;
  const epithet =
    n >= 2 && lex.articles.has(words[n - 2]!.toLowerCase()) && (n === 2 || words[n - 3] === ',') && !lex.bodyWords.has(words[n - 1]!.toLowerCase())
      ? n - 1
      : -1;
  return (
    words.length <= LEAD_WORDS &&
    words.every((w, k) => k === epithet || /^[,()]$/.test(w) || isTitle(w, lex) || lex.stopwords.has(w.toLowerCase()) || isCapitalized(w)) &&
    !words.some((w) => lex.pronouns.has(w.toLowerCase())) &&
    !reportedAfterSubject(words, lex)
  );
}

/**
 * "Moore said officer Lisa Tran had chased …": a name and its speech verb before the name, so the name opens the
 * reported clause, not the sentence. Not where verb-second puts any capitalized word first ("Am Montag sagte …").
 */
function reportedAfterSubject(words: readonly string[], lex: Lexicon): boolean {
  if (lex.pack.nounsCapitalized) return false;
  return words.some((w, k) => {
    const before = words[k - 1];
    if (k === 0 || !lex.verbWords.has(w.toLowerCase()) || before === undefined || !isCapitalized(before)) return false;
    const lower = before.toLowerCase();
    return !lex.stopwords.has(lower) && !lex.calendarNotNames.has(lower) && !isTitle(before, lex);
  });
}

/**
 * True when the role a name is set off after is governed by a preposition ("la visite du ministre de l'Intérieur, Bruno
 * Ferrault", "rispondendo alle domande della presidente del collegio, Anna Maria Lodi"): the person is whom or whose, no
 * subject. `words` end on the comma before the name, elided articles cut off; a preposition after a title opens its remit,
 * whose words are passed over.
 */
export function governedRole(words: readonly string[], lex: Lexicon): boolean {
  for (let i = words.length - 2; i >= 0; i--) {
    // The role is an office in lowercase; a capitalized title is a body's name in the remit ("de la Cámara de Diputados").
    if (!isTitle(words[i]!, lex) || isCapitalized(words[i]!) || !lex.officeRe.test(words[i]!)) continue;
    // Past its article, unless that is a preposition too ("du").
    let j = i - 1;
    if (j >= 0 && !lex.prepositions.has(words[j]!.toLowerCase()) && lex.articles.has(words[j]!.toLowerCase())) j--;
    const preposition = words[j]?.toLowerCase() ?? '';
    if (!lex.prepositions.has(preposition) || lex.pack.openingAccordingTo?.includes(preposition) || lex.pack.accordingTo.includes(preposition)) return false;
    if (!isTitle(words[j - 1] ?? '', lex)) return true;
  }
  return false;
}

/**
 * True when the lead holds a name and its verb before the role ("Mme Lavaud a téléphoné au ministre de l'Industrie,"):
 * the sentence is that name's, the name apposed to the role its object.
 */
function namedSubjectBefore(words: readonly string[], lex: Lexicon): boolean {
  return words.some((w, k) => {
    const next = words[k + 1]?.toLowerCase() ?? '';
    const link = lex.prepositions.has(next) || lex.articles.has(next) || lex.conjunctions.has(next) || lex.nameParticles.has(next);
    return isCapitalized(w) && !isTitle(w, lex) && !lex.stopwords.has(w.toLowerCase()) && LOWER_FIRST.test(words[k + 1] ?? '') && !link && !isTitle(next, lex);
  });
}
