import { LOWERCASE_CHAR, WORD_CHAR, WORD_CHAR_BEHIND } from './ascii-first.js';
import type { Lexicon } from './lexicon.js';
import { firstMatch, lastMatch, matchesOf } from './lexicon.js';
import { boundInName, canonicalName, surnameWithParticle } from './speaker-name.js';
import { bodyNameThroughConjunction } from './body-name-conjunction.js';
import { fullPair, halfHolding, jointParts, oneWordPartner } from './joint-name.js';
import { isTitle } from './title-word.js';
import { lastWords, runBeforeSpaces } from './text-end.js';
import { tokenize } from './tokenize.js';
import { isCapitalized } from './tokenize.js';
import {
  ELIDED_OPENING,
  OPENING_BODY_CHARS,
  bodyNamed,
  bodyNoun,
  documentAuthor,
  genderedBodySubject,
  headlineBody,
  isBodyCompound,
  openingBody,
  placeEpithet,
} from './unnamed-speaker.js';
import type { Mention, WordCounts } from './speaker-name.js';

// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const LOWER_FIRST = /^\p{Ll}/u;
const FORMER_TITLE = /^ex-?(\p{L}{3,})$/u;

/** A full name (two words or more), or one word titled or aged as a person's, seen at an offset of the article. */
interface NameSighting {
  name: string;
  at: number;
  /** It opens its sentence, so it is what the sentence is about ("Mayor Karen Bass visited …"). */
  subject: boolean;
  /** Seen inside quoted words: someone mentioned or addressed ("“Wahai Aslam, …”"), never what a bare surname stands for. */
  quoted: boolean;
  /** The surname alone, standing for the full name seen before: a person. */
  alone?: boolean;
}

/** Where a name was seen, as a quote's span. */
interface Span {
  start: number;
  end: number;
}

/** Text read around a name for the role the article gives the person ("Il sindaco Luca Bianchi", "Ahmad, the party leader,"). */
const ROLE_CONTEXT_CHARS = 60;
/** Where a clause ends: the role of a name is inside its own. */
const CLAUSE_STOP = /[.!?;:»”"“«]/;
/** A word and its stop: an abbreviation's ("Dr.") ends no clause. */
const ABBREVIATION_STOP = /(\p{L}+)\./gu;
/** Between a name and its role in apposition: a comma, maybe an age, and a few lowercase words ("Ahmad, the", "Lacombe, 58 ans, ancien"). */
const APPOSED_ROLE = /^\s*,\s*(?:\d{1,3}(?:\s+\p{Ll}+)?\s*,\s*)?(?:\p{Ll}+\s+){0,3}$/u;

/**
 * Between two names said together: a conjunction ("Hafiz Rahman dan Siti
 * Mariam Yusof", "Ann Peeters, en Jan Claes"), each name with its role in
 * apposition or before it ("Antonio Da Ros, primario a Treviso, e la collega
 * Maria Greco", "Patrick Muller, et le président de la région, Franck Lemoine").
 */
const PAIR_LINK = /^(?:\s*,[^,.;:!?«»“”"]{1,40},)?,?\s+(\p{L}+)\s+(?:[^.;:!?«»“”"]{0,60}?[\s,])?$/u;
/** Names read back from the second of a pair for the first: a body's name may sit in the second's role ("quello della Uil"). */
const PAIR_REACH = 2;
/**
 * A given name alone, not ending another name, before a conjunction and a full name: both share the surname ("Luc et Marie
 * Dartigues"); after a sentence's first word too ("Ook Ruud en Geesje Postma").
 */
const GIVEN_NAME_BEFORE = /(?:^|[,(:]\s*|[.!?]\s+(?:\p{Lu}\p{Ll}*\s+)?|\n\s*(?:\p{Lu}\p{Ll}*\s+)?|\s\p{Ll}[\p{L}'’-]*\s+)(\p{Lu}\p{Ll}+)\s+(\p{L}+)\s+$/u;

/** Words read back from a name for a gender cue: an article, a role and its remit ("o secretário de Fazenda, Gustavo"). */
const GENDER_CUE_WORDS = 4;
/** Words and text read back for the article opening a role with a long remit ("le ministre de la Transition écologique, Julien …"). */
const REMIT_CUE_WORDS = 7;
const GENDER_CUE_CHARS = 60;
/** Shortest cue matched at the end of a compound ("THW-Sprecherin", "Bundesministerin"). */
const COMPOUND_CUE_CHARS = 6;

/** The gender cue a word before a name is: itself, the part after a hyphen, or a compound's end where nouns are compounded. */
function cueOf(word: string, lex: Lexicon): string | null {
  const lower = word.toLowerCase();
  const known = (cue: string): boolean => lex.genderCues.has(cue) || lex.articleGenderedCues.has(cue);
  const part = lower.slice(lower.lastIndexOf('-') + 1);
  if (known(lower)) return lower;
  if (known(part)) return part;
  if (!lex.pack.nounsCapitalized || lower.length <= COMPOUND_CUE_CHARS) return null;
  let best: string | null = null;
  for (const cue of [...lex.genderCues.keys(), ...lex.articleGenderedCues])
    if (cue.length >= COMPOUND_CUE_CHARS && lower.endsWith(cue) && (!best || cue.length > best.length)) best = cue;
  return best;
}

/** The gender a word before a name marks; for a nominalized adjective ("Betriebsratsvorsitzende"), the article before it tells. */
function genderCue(word: string, lex: Lexicon, article = ''): 'f' | 'm' | null {
  const cue = cueOf(word, lex);
  if (!cue) return null;
  if (lex.articleGenderedCues.has(cue)) return lex.pack.subjectArticleGenders?.[article.toLowerCase()] ?? null;
  return lex.genderCues.get(cue) ?? null;
}

const otherGender = (gender: 'f' | 'm'): 'f' | 'm' => (gender === 'f' ? 'm' : 'f');

/**
 * The latest role opening a sentence of `window` (the pronoun's paragraph) with
 * an article and a role of the pronoun's gender ("Die Angeklagte …"), or null.
 */
function genderedRoleSubject(window: string, gender: 'f' | 'm', lex: Lexicon): string | null {
  for (const sentence of window.split(SENTENCE_BREAK).reverse()) {
    const words = tokenize(sentence.trimStart().slice(0, GENDER_CUE_CHARS)).filter((t) => t.isWord);
    const [article, role] = [words[0]?.text ?? '', words[1]?.text ?? ''];
    if (!lex.articles.has(article.toLowerCase()) || genderCue(role, lex, article) !== gender) continue;
    // The run's last title is its noun, whom the article names with it ("Die Vorsitzende Richterin …", later "Richterin X").
    let k = 1;
    while (words[k + 1] && isCapitalized(words[k + 1]!.text) && isTitle(words[k + 1]!.text, lex)) k++;
    return words[k]!.text.toLowerCase();
  }
  return null;
}

/** Between a spokesperson's word and their name, either way: one comma and no clause's end ("…, Giulia Marchetti", "Benetti, studentessa e …"). */
const APPOSED_SPOKESPERSON = /^[^,.;:!?«»“”"]{0,60},[^,.;:!?«»“”"]{0,60}$/;
/** A comma right before a name: it is in apposition to what comes before. */
const APPOSED_NAME = /,\s*$/;

/** Text read before a name for a title that makes it a person. */
const TITLE_BEFORE_CHARS = 40;
const SHOUTED = /^\p{Lu}{2,}$/u;
/** After a sentence's stop and its closing mark, the Dutch two-apostrophe one too ("…veld.'' Trainer X"). */
const SENTENCE_OPENING = /(?:[.!?…](?:["”’»]|'')?\s+|\n\s*)$/;
/** A capitalized word, whole (global, for scanning). */
const CAPITALIZED_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+/gu;

/** Most words of a lowercase role set off by commas before a name ("Di luar mahkamah, isteri tertuduh, Nurul Ain Hassan, enggan …"). */
const APPOSED_ROLE_WORDS = 3;
/** Most words of a phrase opening the sentence before a name it introduces. */
const OPENING_WORDS = 5;
/** After such a name: its apposition or its verb. */
const NAME_THEN_CLAUSE = /^(?:\s*[,(]|\s+\p{Ll})/u;

/** Words read back from a name to the start of its sentence. */
const LEAD_WORDS = 8;
const LONG_LEAD_WORDS = 14;
const LEAD_CHARS = 120;
/** . ! ? … ” » " by their codes: read back over up to LEAD_CHARS characters per name. */
const SENTENCE_STOP = new Set([0x2e, 0x21, 0x3f, 0x2026, 0x201d, 0xbb, 0x22]);
const ELIDED = /^\p{L}{1,4}['’](?=\p{L})/u;
const WORD_OR_MARK = new RegExp(`${WORD_CHAR}+|[,()]`, 'gu');

/**
 * True when a name is its sentence's subject: it opens the sentence, or only
 * articles, titles and their departments come before it ("Le Premier
 * ministre Michel Barnier a défendu …", "El presidente del Gobierno, Pedro
 * Sánchez, celebró …").
 */
function opensClause(text: string, at: number, end: number, lex: Lexicon): boolean {
  if (at === 0 || SENTENCE_OPENING.test(text.slice(Math.max(0, at - 5), at))) return true;
  const from = Math.max(0, at - LEAD_CHARS);
  let cut = at - 1;
  while (cut >= from && !(SENTENCE_STOP.has(text.charCodeAt(cut)) && /\s/.test(text[cut + 1] ?? ' ')) && text.charCodeAt(cut) !== 0x0a) cut--;
  if (cut < from && from > 0) return false;
  // An elided article is no word of its own: "L'allenatore" is "allenatore".
  // Pushed into a literal, not mapped from `?? []`: an empty array of another kind makes V8 drop the optimised code.
  let words: string[] = [];
  const found = text.slice(cut + 1, at).match(WORD_OR_MARK);
  if (found) for (const w of found) words.push(w.includes("'") || w.includes('’') ? w.replace(ELIDED, '') : w);
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
function governedRole(words: readonly string[], lex: Lexicon): boolean {
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

/** Letters a one-capital short form in brackets shares with the first word it shortens ("Kementerian Sosial (Kemensos)"). */
const SHORTENED_PREFIX = 3;
const BRACKETED_INITIALS = /^\s*\(([\p{Lu}][\p{L}-]+)\)/u;

/**
 * True when bracketed initials abbreviate these words, their letters in order
 * among the words' first letters ("Badan Meteorologi dan Geofisika (BMKG)"),
 * not a person's party ("Markus Feldhaus (FDP)").
 */
export function abbreviates(initials: string, words: string): boolean {
  const letters = initials.replace(/[^\p{Lu}]/gu, '');
  const firsts = words.split(/[\s-]+/).map((w) => w.charAt(0).toUpperCase());
  if (!letters || firsts[0] !== letters[0]) return false;
  // One capital is a word of its own ("Wethouder Jeroen Brinkman (Wonen)", the portfolio) unless it shortens the first word ("Kemensos").
  if (letters.length === 1 && !initials.toLowerCase().startsWith(words.trim().slice(0, SHORTENED_PREFIX).toLowerCase())) return false;
  let k = 0;
  for (const f of firsts) if (f === letters[k]) k++;
  return k === letters.length;
}

/**
 * True when a run of capitals is an organisation or a department, not a
 * person: its initials follow in brackets ("Badan Meteorologi … (BMKG)") or
 * it hangs on a title ("ministra da Administração Interna").
 */
function organisation(text: string, start: number, end: number, lex: Lexicon): boolean {
  const initials = BRACKETED_INITIALS.exec(text.slice(end, end + 16))?.[1];
  if (initials && abbreviates(initials, text.slice(start, end))) return true;
  const [title, link] = lastWords(text.slice(Math.max(0, start - 40), start).trimEnd(), 2);
  return title !== undefined && link !== undefined && isTitle(title, lex) && lex.stopwords.has(link.toLowerCase());
}

/**
 * Where a person's name starts in a run that opens with a role's remit: the
 * last word whose following words (two names or more) the article uses again
 * on their own ("Infraestruturas Vasco Menezes da Cunha", later "Menezes da
 * Cunha"), or the first of three names whose first two it does ("Comercio de
 * Mérida Julio Rey Montero", later "Julio Rey"), else the next to last word
 * when it does that alone; 0 when none.
 */
function personAfterRemit(words: readonly string[], lex: Lexicon, counts: WordCounts): number {
  const whole = counts.count(words.join(' '));
  for (let k = words.length - 3; k >= 1; k--) {
    const rest = words.slice(k + 1);
    if (rest.filter((w) => !lex.nameParticles.has(w)).length < 2) continue;
    if (counts.count(rest.join(' ')) > whole) return k;
    // The given name and first surname recurring start the name themselves.
    const firstTwo = rest.slice(0, 2);
    if (rest.length > 2 && firstTwo.every((w) => isCapitalized(w) && !lex.nameParticles.has(w.toLowerCase())) && counts.count(firstTwo.join(' ')) > whole)
      return k + 1;
  }
  // Else a given name and surname closing the run, the given name called alone ("Menurut Rahmat" after "… Kabupaten Nganjuk Rahmat Santoso").
  const given = words[words.length - 2]!;
  return words.length > 2 && isCapitalized(given) && counts.count(given) > whole ? words.length - 2 : 0;
}

/** Text read after a name for the age the article gives the person. */
const AGE_CHARS = 20;
/** An age right after a name: "Sumiati (56)", "Tan, 51,". */
const AGE_AFTER = /^(?:\s*\(\d{1,3}\)|,\s*\d{1,3},)/;
/** A lone word (no capitalized word just before it) with an age after it. */
const AGED_WORD = /(?<![\p{L}\p{M}'’-])(?<!\p{Lu}[\p{L}\p{M}'’-]*[ \u00A0]+)(\p{Lu}[\p{L}\p{M}'’-]+)(?=\s*\(\d{1,3}\)|,\s*\d{1,3},)/uy;
/** AGED_WORD's age from its bracket or comma (the spaces before a bracket read back): a scan for this cheap regex, then AGED_WORD tried only at the word before each, not at every offset of the article. */
const AGE_ANYWHERE = /\(\d{1,3}\)|,\s*\d{1,3},/g;
const SPACE = /\s/;
/** A character of the word read right before a run of capitals: digits, or a number's word. */
const LETTER_OR_DIGIT = /[\p{L}\d]/u;
/** The spaces a run of capitals or a name is parted from the word before it by. */
const NAME_SPACE = /[ \u00A0]/;
/** One letter, of a word read back from a name. */
const LETTER = /\p{L}/u;

/** A capitalized word read back from an age phrase of the pack (", 68 ans"), alone unless `agedWords` finds a name before it. */
const LONE_WORD = /(?<![\p{L}\p{M}'’-])(\p{Lu}[\p{L}\p{M}'’-]+)/uy;
/** Text read back from a word for the one before it. */
const PREVIOUS_CHARS = 24;
/** The word before another and the spaces between them. */
const PREVIOUS_WORD = /(\p{L}[\p{L}\p{M}'’-]*)[ \u00A0]+$/u;

/**
 * Each lone capitalized word with an age after it, as a global AGED_WORD would find them; with `apposedAge`, one
 * the pack's own phrase sets off by a comma too ("Marcel, 71 ans, fait ses comptes").
 */
function agedWords(text: string, apposedAge: RegExp | null, lex: Lexicon): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  const ages = matchesOf(AGE_ANYWHERE, text);
  const own = apposedAge ? matchesOf(apposedAge, text) : [];
  for (const age of [...ages, ...own]) {
    let end = age.index;
    if (age[0][0] === '(') while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    // The word's one possible start: back over the letters before the age, a surrogate pair as one.
    let start = end;
    while (start > 0) {
      const pair = start > 1 && /[\uDC00-\uDFFF]/.test(text[start - 1]!) && /[\uD800-\uDBFF]/.test(text[start - 2]!) ? 2 : 1;
      if (!LETTER_OR_MARK.test(text.slice(start - pair, start))) break;
      start -= pair;
    }
    if (start === end) continue;
    const word = own.includes(age) ? LONE_WORD : AGED_WORD;
    word.lastIndex = start;
    const m = word.exec(text);
    // Alone: no capitalized word before it but a function word opening the sentence ("Pour Michel, 58 ans, …").
    const previous = word === LONE_WORD ? PREVIOUS_WORD.exec(text.slice(Math.max(0, start - PREVIOUS_CHARS), start))?.[1] : undefined;
    const alone =
      previous === undefined || !isCapitalized(previous) || lex.stopwords.has(previous.toLowerCase()) || lex.prepositions.has(previous.toLowerCase());
    if (m && m.index + m[0].length === end && alone) out.push(m);
  }
  return out;
}

/** The last or first words of a full name written at `at` ("Zanetti", "Carla" for "Carla Zanetti"), longest first; null when none is. */
function writtenPart(name: string, text: string, at: number): string | null {
  const words = name.split(' ');
  for (let k = 1; k < words.length; k++) {
    const last = words.slice(k).join(' ');
    if (text.startsWith(last, at)) return last;
    const first = words.slice(0, words.length - k).join(' ');
    if (text.startsWith(first, at)) return first;
  }
  return null;
}

/** The gender a person's given name tells by the pack's endings and exceptions, for a name of two words or more; null where it tells none. */
function givenNameGender(name: string, lex: Lexicon): 'f' | 'm' | null {
  const given = lex.pack.givenNameGenders;
  const space = name.indexOf(' ');
  if (!given || space < 0) return null;
  const first = name.slice(0, space).toLowerCase();
  return given.names[first] ?? given.endings[first.slice(-1)] ?? null;
}

/** A title that marks a person's gender and is no article ("Pak", "Encik", "Mrs", not "la"). */
function courtesyTitle(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lex.genderCues.has(lower) && isTitle(word, lex) && !lex.articles.has(lower);
}

/** One capitalized word set off by commas right after a run ("…, Sutrisno, menilai"). */
const APPOSED_WORD = /^,[ \u00A0]*(\p{Lu}\p{Ll}+)[ \u00A0]?,/u;
const APPOSED_CHARS = 40;

/**
 * Every name in the article, in order: runs of capitalized words
 * (split at function and calendar words), roles stripped, of two words or
 * more unless a courtesy title or an age marks one as a person. A later bare
 * surname resolves against these.
 */
export function collectNames(text: string, quotes: readonly Span[], lex: Lexicon, counts: WordCounts): NameSighting[] {
  const out: NameSighting[] = [];
  // A name word and the calendar word found part of a name after it ("Ahmad Khamis" of "Ahmad Khamis Mohd Noor"): a name there again.
  const boundPairs = new Set<string>();
  let q = 0;
  // Names inside quoted words are mentioned, not the subject of the reporter's sentence.
  const quoted = (at: number): boolean => {
    while (q < quotes.length && quotes[q]!.end <= at) q++;
    return q < quotes.length && quotes[q]!.start <= at;
  };
  for (const m of matchesOf(lex.nameRunRe, text)) {
    let words: string[] = [];
    let at = m.index;
    let offset = m.index;
    const flush = (): void => {
      // One word set off by commas right after a title and its remit is the person holding it ("Ketua Asosiasi …, Sutrisno, menilai").
      const apposed = words.length >= 2 && isTitle(words[0]!, lex) ? APPOSED_WORD.exec(text.slice(offset, offset + APPOSED_CHARS)) : null;
      const held = apposed?.[1]?.toLowerCase() ?? '';
      if (apposed && !lex.stopwords.has(held) && !isTitle(apposed[1]!, lex) && !lex.places.has(held) && !lex.bodyWords.has(held)) {
        const where = offset + apposed[0].indexOf(apposed[1]!);
        if (!quoted(where)) out.push({ name: apposed[1]!, at: where, subject: true, quoted: false });
      }
      // Where every noun is capitalized, the word after an article is a noun, not a first name: "der Hafenlogistiker Thomas Brandt".
      // A body's noun heads the body's name instead: "der Fahrgastverband Pro Bahn".
      if (
        lex.pack.nounsCapitalized &&
        words.length >= 3 &&
        lex.articles.has(runBeforeSpaces(text.slice(Math.max(0, at - 12), at), LETTER, SPACE)?.toLowerCase() ?? '')
      ) {
        if (isBodyCompound(words[0]!, lex)) words = [];
        else {
          at = text.indexOf(words[1]!, at + words[0]!.length);
          words.shift();
        }
      }
      // A role's remit, then the person with no comma between ("o ministro das Infraestruturas Vasco Menezes da Cunha"):
      // the person starts where the rest of the run is a name the article uses again.
      if (words.length >= 3 && organisation(text, at, offset, lex)) {
        const k = personAfterRemit(words, lex, counts);
        if (k > 0) {
          at = text.indexOf(words[k]!, at);
          words = words.slice(k);
        }
      }
      // A body's noun heading capitalized words with no role among them names the body ("Kementerian Pekerjaan Umum"), no one in it.
      // So does one ending capitalized words ("Coastal City Supporters' Trust"), whom a gendered pronoun never means;
      // after a particle it is what the person is of ("Sanne Bakker van de Erasmus Universiteit").
      // The noun may be two words, a name after them ("Lapangan Terbang Antarabangsa Langkawi"; not "Guardia Civil" alone).
      const bodyHead = lex.bodyWords.has(words[0]?.toLowerCase() ?? '') || (words.length > 2 && lex.bodyWords.has(words.slice(0, 2).join(' ').toLowerCase()));
      const bodyName =
        (bodyHead && !words.slice(1).some((w) => isTitle(w, lex))) ||
        (lex.bodyWords.has(words[words.length - 1]?.toLowerCase() ?? '') && words.every((w) => isCapitalized(w)));
      if (words.length >= 2 && !bodyName && !organisation(text, at, offset, lex) && !afterAmount(text, at, lex)) {
        const name = canonicalName(words, lex, counts);
        const inQuote = quoted(at);
        // One word is a person too after a title ("Premier Schoof") or a courtesy title ("Pak Sarmin", "Frau Wendt"), or with an age after it ("Sumiati (56)").
        const person =
          name !== null &&
          (name.includes(' ') ||
            AGE_AFTER.test(text.slice(offset, offset + 8)) ||
            (words.length === 2 && courtesyTitle(words[0]!, lex)) ||
            (isTitle(words[0]!, lex) && !isTitle(name, lex)));
        // A country is never the person a pronoun means.
        // Whether the name opens its clause is read only for a person kept: most runs are not one.
        if (name && person && !lex.places.has(name.toLowerCase()))
          out.push({ name, at, subject: !inQuote && opensClause(text, at, offset, lex), quoted: inQuote });
      }
      words = [];
    };
    // The run's words between its spaces, read in place rather than split off with a regex per run.
    const run = m[0];
    for (let from = 0, to = 0; from < run.length; from = to) {
      if (run[from] === ' ' || run[from] === '\u00A0') {
        while (to < run.length && (run[to] === ' ' || run[to] === '\u00A0')) to++;
        offset += to - from;
        continue;
      }
      while (to < run.length && run[to] !== ' ' && run[to] !== '\u00A0') to++;
      const part = run.slice(from, to);
      const lower = part.toLowerCase();
      // Particles inside a name, capitalized too ("Fabrizio Lo Presti"), but no article where nouns are capitalized.
      // A particle after a surname that had one starts what the person is of ("Jan van der Berg van Landbouw").
      if (part === lower && lex.nameParticles.has(lower) && surnameWithParticle(words, lex, run.slice(to))) {
        flush();
        offset += part.length;
        continue;
      }
      if (words.length && lex.nameParticles.has(lower) && (part === lower || !(lex.pack.nounsCapitalized && lex.articles.has(lower)))) {
        words.push(part);
        offset += part.length;
        continue;
      }
      // Shouting in capitals ("GET OUT and VOTE") is not a name.
      // Where every noun is capitalized, a determiner opens a noun phrase ("Jeder Streiktag"), never a name.
      const determiner = lex.pack.nounsCapitalized && lex.articles.has(lower);
      // A preposition capitalized at a sentence's start ("À Échirolles, …") opens a place, not a name; "according to" a source ("Laut Weber …").
      const opener = lex.prepositions.has(lower) || lex.pack.accordingTo.includes(lower);
      // A calendar word splits the run unless the words beside it make it part of a name ("Azmi Sabtu Rahim").
      const prev = words[words.length - 1];
      const bound =
        lex.calendarNotNames.has(lower) &&
        (boundPairs.has(`${prev} ${part}`) || boundInName(prev, part, nextRunWord(run, to, text[m.index + run.length]), lex));
      if (bound && prev !== undefined) boundPairs.add(`${prev} ${part}`);
      const date = lex.calendarNotNames.has(lower) && !bound;
      if (lex.stopwords.has(lower) || opener || determiner || date || SHOUTED.test(part)) flush();
      else {
        if (!words.length) at = offset;
        words.push(part);
      }
      offset += part.length;
    }
    flush();
  }
  // One capitalized word with an age after it is a person the runs above skip ("Salah satu pengungsi, Sumiati (56), mengaku").
  for (const m of agedWords(text, lex.apposedAgeRe, lex)) {
    const word = m[1]!;
    const at = m.index + m[0].length - word.length;
    if (!lex.stopwords.has(word.toLowerCase()) && !isTitle(word, lex) && !lex.places.has(word.toLowerCase())) {
      const inQuote = quoted(at);
      out.push({ name: word, at, subject: !inQuote && opensClause(text, at, at + word.length, lex), quoted: inQuote });
    }
  }
  out.sort((x, y) => x.at - y.at);
  const credits = bylines(text, lex);
  if (credits.length) {
    let c = 0;
    const kept = out.filter((s) => {
      while (c < credits.length && credits[c]!.end <= s.at) c++;
      return !(c < credits.length && credits[c]!.start <= s.at);
    });
    out.length = 0;
    out.push(...kept);
  }
  if (lex.pack.nounsCapitalized) for (const s of out) s.name = nounBeforeSurname(s.name, s.at, out) ?? s.name;
  const places = placeWords(text, lex);
  const people = places.size ? out.filter((s) => !places.has(s.name.slice(s.name.lastIndexOf(' ') + 1))).map((s) => withoutPlaceHead(text, s, places)) : out;
  return withGivenNameOpeners(text, withSurnameSubjects(text, people, quotes, lex.nameParticles), lex).map((s, i, all) =>
    pronounTaken(text, s, all[i - 1], all[i + 1], lex),
  );
}

/**
 * True when a number comes right before a run of capitals: it is what the number
 * counts ("2,7 Millionen Euro", "zehn Jahre Haft", a headline's "6 Tahun Penjara"), never a person.
 */
function afterAmount(text: string, at: number, lex: Lexicon): boolean {
  const word = runBeforeSpaces(text.slice(Math.max(0, at - 16), at), LETTER_OR_DIGIT, NAME_SPACE);
  return word !== undefined && (/\d$/.test(word) || word.toLowerCase() in lex.pack.numberWords);
}

/** A line of the text, and a lowercase word of four letters or more in it. */
const LINE = /[^\n]+/g;
const LOWERCASE_WORD = new RegExp(`(?<!${WORD_CHAR_BEHIND})${LOWERCASE_CHAR}${WORD_CHAR}{3,}`, 'gu');
const QUOTE_MARK = /["“”„«»]/;

/**
 * Lines with no sentence in them, every lowercase word a function or calendar word: a byline, a dateline or a photo
 * credit the page let through ("Par Léa Roux - 12 nov. 2027", "Foto Lasorte", "di Elena Marcato"). Their names are
 * the reporter's or the photographer's, never a speaker's nor whom a role or pronoun means. One scan per article.
 */
function bylines(text: string, lex: Lexicon): Span[] {
  const out: Span[] = [];
  for (const line of matchesOf(LINE, text)) {
    if (QUOTE_MARK.test(line[0])) continue;
    // Stepped with exec and left at the first word of content: most lines have one early.
    let content = false;
    LOWERCASE_WORD.lastIndex = 0;
    for (let w = LOWERCASE_WORD.exec(line[0]); w && !content; w = LOWERCASE_WORD.exec(line[0]))
      content = !lex.stopwords.has(w[0]) && !lex.calendarNotNames.has(w[0]);
    LOWERCASE_WORD.lastIndex = 0;
    if (!content) out.push({ start: line.index, end: line.index + line[0].length });
  }
  return out;
}

/** True when `word` is the middle of a name of three words ("Arranz" of "Tomás Arranz Velasco"): the first of two surnames. */
function firstOfTwoSurnames(name: string, word: string): boolean {
  // Read in place, not split: this runs for every name a surname is looked up against.
  const first = name.indexOf(' ');
  const second = first < 0 ? -1 : name.indexOf(' ', first + 1);
  return second >= 0 && name.indexOf(' ', second + 1) < 0 && second - first - 1 === word.length && name.startsWith(word, first + 1);
}

/** A capitalized title's possessive before another capitalized word: a place's or a body's name ("Coroner's Court", "Mayor's Office"). */
const POSSESSIVE_NAME = /^['’]s\s+\p{Lu}/u;
const CAPITAL = /^\p{Lu}/u;

/** True when the title used at `at` is part of the name of a place or body, not someone holding it ("Chesterfield Coroner's Court"). */
function namesPlace(text: string, at: number, use: string): boolean {
  return CAPITAL.test(use) && POSSESSIVE_NAME.test(text.slice(at + use.length, at + use.length + 4));
}

/** True when a padded lowercase surname stands in a padded lowercase name right before its last word ("dos santos" in "xiana dos santos barreiro"). */
function firstOfChained(name: string, surname: string): boolean {
  const at = name.indexOf(surname);
  return at > 0 && !name.slice(at + surname.length, -1).includes(' ');
}

/** The word after the one ending at `to` in a run of capitals, or past the run's end the character after it. */
function nextRunWord(run: string, to: number, after: string | undefined): string | undefined {
  let from = to;
  while (from < run.length && (run[from] === ' ' || run[from] === '\u00A0')) from++;
  if (from === run.length) return after;
  let end = from;
  while (end < run.length && run[end] !== ' ' && run[end] !== '\u00A0') end++;
  return run.slice(from, end);
}

/** A place the article names heading a name of three words or more ("Bupati Nganjuk Teguh Prasetyo"): the person is the rest. */
function withoutPlaceHead(text: string, s: NameSighting, places: ReadonlySet<string>): NameSighting {
  const space = s.name.indexOf(' ');
  if (space < 0 || !places.has(s.name.slice(0, space)) || s.name.indexOf(' ', space + 1) < 0) return s;
  const name = s.name.slice(space + 1);
  const at = text.indexOf(name, s.at);
  return at < 0 ? s : { ...s, name, at };
}

/** The rest of a sentence after a name, no quote in it, its stop, and the next sentence's first word. */
const NEXT_SENTENCE_WORD = /^[^.!?\n"“”„«»]*[.!?]\s+(\p{Lu}\p{Ll}*)(?![\p{L}])/u;
const NEXT_SENTENCE_CHARS = 300;

/**
 * A full name the next sentence takes up with a subject pronoun, the only
 * name in its sentence ("Op het terrein staat chauffeur Bert Mulder. Hij
 * werkt hier al jaren."): the person the sentences are about, though not
 * named as the subject.
 */
function pronounTaken(text: string, s: NameSighting, earlier: NameSighting | undefined, later: NameSighting | undefined, lex: Lexicon): NameSighting {
  if (s.subject || s.quoted || !s.name.includes(' ')) return s;
  if (earlier && !/[.!?\n]/.test(text.slice(earlier.at + earlier.name.length, s.at))) return s;
  const from = s.at + s.name.length;
  const next = NEXT_SENTENCE_WORD.exec(text.slice(from, from + NEXT_SENTENCE_CHARS));
  if (!next || !lex.pronouns.has(next[1]!.toLowerCase()) || (later && later.at < from + next.index + next[0].length)) return s;
  return { ...s, subject: true };
}

/** A given name opening a sentence before its verb or clause ("Hartono yang hadir …", "Zulkifli berkata"). */
const GIVEN_NAME_THEN_CLAUSE = /^[ \u00A0]+\p{Ll}/u;

/**
 * Adds the sentences opened by a full name's first word alone ("Hartono
 * Susilo … Hartono yang hadir … mengucapkan"): where people are called by
 * their given name, the person is what the sentence is about. Only a given
 * name that heads one full name, is no title, body or place, and is followed
 * by a lowercase word.
 */
function withGivenNameOpeners(text: string, names: NameSighting[], lex: Lexicon): NameSighting[] {
  const heads = new Map<string, NameSighting | null>();
  for (const s of names) {
    const space = s.name.indexOf(' ');
    if (s.quoted || s.alone || space < 0) continue;
    const given = s.name.slice(0, space);
    const lower = given.toLowerCase();
    if (isTitle(given, lex) || lex.bodyWords.has(lower) || lex.stopwords.has(lower) || lex.places.has(lower) || lex.nameParticles.has(lower)) continue;
    const seen = heads.get(given);
    // Two people sharing a given name: it stands for neither.
    heads.set(given, seen === undefined || seen?.name === s.name ? (seen ?? s) : null);
  }
  const extra: NameSighting[] = [];
  for (const [given, seen] of heads) {
    if (!seen) continue;
    for (let at = text.indexOf(given, seen.at + seen.name.length); at >= 0; at = text.indexOf(given, at + given.length)) {
      if (!SENTENCE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) || !GIVEN_NAME_THEN_CLAUSE.test(text.slice(at + given.length, at + given.length + 3)))
        continue;
      extra.push({ name: seen.name, at, subject: true, quoted: false, alone: true });
    }
  }
  return extra.length ? [...names, ...extra].sort((x, y) => x.at - y.at) : names;
}

/**
 * Words the article puts after a place preposition ("di Kota Bekasi", "in
 * Delft"), one scan of the article: a name ending in one is a place or a
 * thing there ("Tanggul Kali Bekasi"), never a person a pronoun means.
 */
function placeWords(text: string, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  if (lex.placeAfterRe) for (const m of matchesOf(lex.placeAfterRe, text)) out.add(m[1]!);
  // So is the dateline opening the article ("Vila Nova de Gaia. A recontagem …", "Grenoble (Isère). Le chantier …").
  const dateline = DATELINE.exec(text.slice(0, DATELINE_CHARS));
  if (dateline) out.add(dateline[1]!);
  return out;
}

/** Capitalized words (and short particles) opening the text, an optional region in brackets, then a full stop or dash. */
const DATELINE =
  /^\s*(?:\p{Lu}[\p{L}'’-]*[ \u00A0](?:\p{Ll}{1,3}[ \u00A0])?)*(\p{Lu}[\p{L}'’-]*)(?:[ \u00A0]\([^)\n]{1,40}\))?[ \u00A0]*[.—–][ \u00A0]+\p{Lu}/u;
const DATELINE_CHARS = 120;

/** Given names are shorter: a longer capitalized word before a surname is a compound noun ("Matchwinner", "Publikumsliebling"). */
const COMPOUND_NOUN_CHARS = 10;

/**
 * Where every noun is capitalized, a noun before a surname reads as a first
 * name ("Matchwinner Perković", "Publikumsliebling Weber"): when the article
 * named a person with that surname before, and the first word is in no other
 * name, it is that person.
 */
function nounBeforeSurname(name: string, at: number, names: readonly NameSighting[]): string | null {
  const space = name.indexOf(' ');
  if (space < COMPOUND_NOUN_CHARS || name.indexOf(' ', space + 1) >= 0) return null;
  const first = name.slice(0, space);
  const surname = name.slice(space);
  let person: string | null = null;
  for (const s of names) {
    if (s.name === name) continue;
    if (s.name.split(' ').includes(first)) return null;
    if (s.at < at && !s.quoted && s.name.endsWith(surname)) person = s.name;
  }
  return person;
}

const SENTENCE_BEFORE = /(?:^|[.!?…]["”’»]?\s+|\n\s*)$/;
const LETTER_OR_MARK = /[\p{L}\p{M}'’-]/u;
const PARTICLE_BEFORE = /(\p{L}+)\s+$/u;
/** Text read back from a name for the word before it. */
const WORD_BEFORE_CHARS = 16;
/** The word right before a name, with its space or the apostrophe eliding it onto the name ("l'Osteria", "dell'Osteria"). */
const WORD_RIGHT_BEFORE = /(\p{L}+)(\s+|['’])$/u;
/** An elided article, alone or in a preposition ("l'", "dell'"). */
const ELIDED_WORD = /^\p{Ll}{1,4}$/u;

/** True when an article comes right before `at` ("the Hartley family", "l'Osteria del Ponte"). */
function articleBefore(text: string, at: number, lex: Lexicon): boolean {
  const before = WORD_RIGHT_BEFORE.exec(text.slice(Math.max(0, at - WORD_BEFORE_CHARS), at));
  if (!before) return false;
  return lex.articles.has(before[1]!.toLowerCase()) || (!SPACE.test(before[2]!) && ELIDED_WORD.test(before[1]!));
}

/** Most characters of the titles a sighting's run takes in before the name itself ("Senior coroner Dr Helen Fairbairn-Moss"). */
const TITLES_BEFORE_NAME_CHARS = 40;

/** Where a sighting's name starts in the text: its run may open on titles the name leaves out ("Professor Hendrik van der Walt"). */
function sightingStart(text: string, s: NameSighting): number {
  const k = text.indexOf(s.name, s.at);
  return k >= 0 && k - s.at <= TITLES_BEFORE_NAME_CHARS ? k : s.at;
}

/** Where a sighting's name ends in the text, past the titles its run may open on. */
function sightingEnd(text: string, s: NameSighting): number {
  return sightingStart(text, s) + s.name.length;
}

/**
 * Adds every later use of a surname already seen in a full name ("Torsten
 * Wendelin … Wendelin schloss … nicht aus", "una jugada personal de
 * Morcillo"): the person is mentioned there, and what a sentence opening
 * with the surname is about, so a pronoun after it means them. One native
 * search per surname, not a scan of every word.
 */
function withSurnameSubjects(text: string, names: NameSighting[], quotes: readonly Span[], particles: ReadonlySet<string>): NameSighting[] {
  const first = new Map<string, NameSighting>();
  for (const s of names) {
    const space = s.name.lastIndexOf(' ');
    if (!s.quoted && space > 0 && !first.has(s.name.slice(space + 1))) first.set(s.name.slice(space + 1), s);
  }
  // A name of a given name and two surnames is also called by the first surname ("Tomás Arranz Velasco … Arranz negó").
  for (const s of names) {
    const parts = s.name.split(' ');
    const middle = parts[1];
    if (!s.quoted && parts.length === 3 && middle && !particles.has(middle.toLowerCase()) && !first.has(middle)) first.set(middle, s);
  }
  if (!first.size) return names;
  const within = (spans: readonly { at: number; end: number }[], at: number): boolean => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.at > at) hi = mid - 1;
      else if (spans[mid]!.end <= at) lo = mid + 1;
      else return true;
    }
    return false;
  };
  const covered = names.map((s) => ({ at: s.at, end: s.at + s.name.length }));
  const inQuotes = quotes.map((q) => ({ at: q.start, end: q.end }));
  const extra: NameSighting[] = [];
  for (const [surname, seen] of first) {
    for (let at = text.indexOf(surname, seen.at + seen.name.length); at >= 0; at = text.indexOf(surname, at + surname.length)) {
      if (LETTER_OR_MARK.test(text[at - 1] ?? ' ') || LETTER_OR_MARK.test(text[at + surname.length] ?? ' ')) continue;
      if (within(covered, at) || within(inQuotes, at)) continue;
      // "Van der Meulen wies die Kritik zurück": the surname's particles open the sentence.
      let from = at;
      for (
        let w = PARTICLE_BEFORE.exec(text.slice(Math.max(0, from - 12), from));
        w && particles.has(w[1]!.toLowerCase());
        w = PARTICLE_BEFORE.exec(text.slice(Math.max(0, from - 12), from))
      )
        from -= w[0].length;
      extra.push({ name: seen.name, at: from, subject: SENTENCE_BEFORE.test(text.slice(Math.max(0, from - 4), from)), quoted: false, alone: true });
    }
  }
  return extra.length ? [...names, ...extra].sort((x, y) => x.at - y.at) : names;
}

/** A word before a name, with the apostrophe of an elided article or preposition ("all'", "l'", "d'"). */
/** A comma and spaces ending the text before a name: the name is set off after what comes before. */
const COMMA_END = /,\s*$/;
/** The last mark before which a clause starts, read back from a comma ("[…], la visite du ministre de l'Intérieur,"). */
const CLAUSE_MARK_BEFORE = /[,;:.!?«»()“”"](?=[^,;:.!?«»()“”"]*$)/;
const PLACING_WORD = /\p{L}[\p{L}-]*['’]?/gu;
/** Words read back from a name: its preposition, the article after it, and the role or spokesperson before it. */
const PLACING_WORDS = 4;
/** Text read back from a name for the preposition placing it. */
const PLACING_CHARS = 48;
/** An article elided before a vowel, its apostrophe dropped ("l"). */
const ELIDED_ARTICLE_WORD = /^\p{Ll}$/u;
/** Nothing, or one article, between a source's preposition and a name. */
const ARTICLE_ONLY = /^\s*(?:(\p{L}+)['’]?\s*)?$/u;
/** After a name, past an apposition set off by commas, the lowercase word that is its verb. */
const NAME_THEN_VERB = /^(?:[ \u00A0]*,[^,.;:!?«»“”"]{1,60},)?[ \u00A0]*,?[ \u00A0]+(\p{Ll}+)(?:[ \u00A0]+(\p{Ll}+))?/du;
/** A lowercase word opening a sighting: a particle read as the surname's. */
const PARTICLE_AT = /^(\p{Ll}+)[ \u00A0]/u;
/** A lowercase word right after a name: its verb, unless a function word. */
const VERB_AFTER_NAME = /^[ \u00A0]+(\p{Ll}+)/u;
/** Least score of a likely speaker: its clause's subject, or named in the quote's own sentence. */
const MIN_LIKELY_SCORE = 2;

/**
 * Turns mentions into canonical speakers in reading order: a surname becomes
 * the latest full name ending in it, a pronoun the latest named person who
 * spoke before it.
 */
/** How far before a body's name the noun of its kind is looked for ("die Gewerkschaft IG BAU"). */
const KIND_BEFORE_CHARS = 40;
/** The lead's characters read for a body's noun naming the headline's body. */
const LEAD_KIND_CHARS = 300;
/** Where a lead's sentences part. */
const SENTENCE_BREAK = /(?<=[.!?])\s+|\n/;
/** Most characters read past a body's noun for its name in the next sentence. */
const NEXT_SENTENCE_BODY_CHARS = 240;
/** A sentence's end inside a paragraph, past its closing mark. */
const STOP_IN_PARAGRAPH = /[.!?…]["”’»]?(?=\s)|\n/g;

/** Where the sentence after the one holding `at` ends, in its paragraph and not far past `at`. */
function nextSentenceEnd(text: string, at: number): number {
  const limit = Math.min(text.length, at + NEXT_SENTENCE_BODY_CHARS);
  STOP_IN_PARAGRAPH.lastIndex = at;
  let end = at;
  for (let k = 0; k < 2; k++) {
    const m = STOP_IN_PARAGRAPH.exec(text);
    if (!m || m.index >= limit) return limit;
    end = m.index;
    if (m[0] === '\n') break;
  }
  return end;
}

/** How far back a body a gendered pronoun means is read for. */
const GENDERED_BODY_CHARS = 400;

/** The body noun a one-word name is, past an elided article ("L'azienda", "Empresa"), where nouns are not capitalized anyway. */
function commonBodyNoun(name: string, lex: Lexicon): string | null {
  if (lex.pack.nounsCapitalized || name.includes(' ')) return null;
  const noun = name.toLowerCase().replace(ELIDED_OPENING, '');
  return lex.bodyWords.has(noun) ? noun : null;
}

/**
 * Where a body's name was last written before `at`: the name itself, or, for one read in the form it has as a subject
 * ("Statistisches Landesamt" for "des Statistischen Landesamts"), its last word, which only takes an ending.
 */
function namedAt(text: string, name: string, at: number): number {
  const whole = text.lastIndexOf(name, at);
  return whole >= 0 ? whole : text.lastIndexOf(name.slice(name.lastIndexOf(' ') + 1), at);
}

export class SpeakerResolver {
  /** What `placedAt`, `titledAt` and `agedAt` read at a sighting, once per article: the likely speaker and pronouns ask again for every quote. */
  private readonly placedAtMemo = new Map<number, boolean>();
  private readonly titledAtMemo = new Map<number, boolean>();
  private readonly agedAtMemo = new Map<number, boolean>();
  /** Whether a verb follows a sighting, and whether a speech verb or a complementizer reports it, read once per article: asked for every pronoun and quote. */
  private readonly verbFollowsMemo = new Map<number, boolean>();
  private readonly reportedMemo = new Map<number, boolean>();
  /** Each name's whole body name past a conjunction, read once per article: asked again for every quote its body is credited with. */
  private readonly wholeBodyNameMemo = new Map<string, string>();
  private lastPerson: NameSighting | null = null;
  /** The latest body credited with speech: what "the spokesperson" means. */
  private lastBody: string | null = null;
  private lastBodyAt = -1;
  /** The latest body was named as one ("jurucakap kementerian itu", "Bank Negara Malaysia"), not guessed from a lone capitalized word. */
  private lastBodySpokenFor = false;
  /** The body last spoke through its spokesperson, a person a gendered pronoun may mean. */
  private lastBodyBySpokesperson = false;
  /** The body each common noun meant when last resolved ("de bond" → "FNV Metaal"): what it means again. */
  private readonly bodiesByNoun = new Map<string, string>();
  /** Full names already credited with speech: a surname means one of them first. */
  private readonly speakers: NameSighting[] = [];

  private found: readonly NameSighting[] | null = null;

  /**
   * `findNames` runs only if a surname or pronoun needs resolving;
   * `soloPerson` tells whether a lone word with no title ("Trump") is a
   * person a later "he" can mean.
   */
  constructor(
    private readonly findNames: () => readonly NameSighting[],
    private readonly soloPerson: (word: string) => boolean = () => false,
    private readonly article: { text: string; lex: Lexicon; quotes?: readonly Span[]; title?: string | null } | null = null,
  ) {}

  /**
   * The latest named person before `at` given this role around their name ("o ministro das Finanças, João Duarte");
   * `ahead`: the first one after it, whom a teaser's epithet means before the article names anyone ("Il presidente: «…»").
   */
  private personWithRole(title: string, at: number, ahead = false): NameSighting | null {
    if (!this.article) return null;
    const { text } = this.article;
    // Read back from the end, as the latest use comes first: the uses after `at` reversed, the earliest last.
    const uses = ahead
      ? this.roleUsesBefore(title, text.length)
          .filter((u) => u >= at)
          .reverse()
      : this.roleUsesBefore(title, at);
    const limit = ahead ? text.length : at;
    const names = this.names;
    const deputies = this.article.lex.pack.deputyWords ?? [];
    for (let u = uses.length - 1; u >= 0; u--) {
      const pos = uses[u]!;
      // "Deputy Mayor Sam Whelan" holds another role than the one "the mayor" means.
      if (deputies.includes(runBeforeSpaces(text.slice(Math.max(0, pos - 20), pos), LETTER, NAME_SPACE)?.toLowerCase() ?? '')) continue;
      // The nearest name after the role, in its clause ("le ministre des Transports, Clément Vauquelin").
      // Past the role's own body, the name in apposition after a comma ("la consejera de Transportes de la Comunidad de Madrid, Elena Sáez del Río").
      const near: NameSighting[] = [];
      // A sighting may start at the role itself, its run of capitals taking the title in ("Geschäftsführerin Dr. Annette Brühl"),
      // or at the compound the role ends ("Verdi-Verhandlungsführerin Doris Kammeyer").
      let head = pos;
      while (head > 0 && LETTER_OR_MARK.test(text[head - 1]!)) head--;
      for (let k = names.findIndex((s) => s.at >= head); k >= 0 && k < names.length; k++) {
        const s = names[k]!;
        if (s.at >= limit || s.at - pos > ROLE_CONTEXT_CHARS || this.clauseStops(text.slice(pos, s.at))) break;
        near.push(s);
      }
      const next = near.find((s) => APPOSED_NAME.test(text.slice(Math.max(pos, s.at - 3), s.at))) ?? near[0];
      if (next && !next.quoted) return next;
      // Or the name right before it, the role in apposition ("Ahmad Zahid Hamidi, the party leader,").
      const prev = names.findLast((s) => s.at + s.name.length <= pos);
      // Not a body's ("Segundo o Ministério Público, o então ministro …").
      const body = prev?.name.split(' ').some((w) => this.article!.lex.bodyWords.has(w.toLowerCase()));
      if (prev && !prev.quoted && !body && APPOSED_ROLE.test(text.slice(prev.at + prev.name.length, pos))) return prev;
    }
    return null;
  }

  /**
   * The person the article named as its spokesperson by `word` before `at`, in apposition either way ("la portavoce del
   * collettivo Aula Aperta, Giulia Marchetti", "Chiara Benetti, studentessa e portavoce del collettivo"); not after an
   * indefinite article ("Un portavoce della Procura ha spiegato che il pm Chiara …"), which names no one.
   */
  private spokespersonNamed(word: string, at: number): NameSighting | null {
    const { text, lex } = this.article!;
    const uses = this.roleUsesBefore(word, at);
    for (let u = uses.length - 1; u >= 0; u--) {
      const pos = uses[u]!;
      const article = runBeforeSpaces(text.slice(Math.max(0, pos - 8), pos), LETTER, NAME_SPACE)?.toLowerCase() ?? '';
      if (lex.indefiniteArticles.has(article)) continue;
      const after = this.names.find((s) => s.at > pos && s.at < at);
      if (after && !after.quoted && after.at - pos <= ROLE_CONTEXT_CHARS && APPOSED_SPOKESPERSON.test(text.slice(pos, after.at))) return after;
      const before = this.names.findLast((s) => s.at + s.name.length <= pos);
      if (before && !before.quoted && APPOSED_SPOKESPERSON.test(text.slice(before.at + before.name.length, pos))) return before;
    }
    return null;
  }

  /** True when a clause ends in `between`; an abbreviation's stop ("Geschäftsführerin Dr. Annette Brühl") ends none. */
  private clauseStops(between: string): boolean {
    if (!CLAUSE_STOP.test(between)) return false;
    const abbreviations = this.article!.lex.abbreviations;
    return CLAUSE_STOP.test(between.replace(ABBREVIATION_STOP, (m, word: string) => (abbreviations.has(word.toLowerCase()) ? word : m)));
  }

  /** The first person named between `from` and `to`, outside quotes and no body: whom an interview's questions are put to ("We asked Ann Lee, a geologist, …"). */
  firstPersonIn(from: number, to: number): string | null {
    const bodyWords = this.article?.lex.bodyWords;
    const s = this.names.find((n) => n.at >= from && n.at < to && !n.quoted && !n.name.split(' ').some((w) => bodyWords?.has(w.toLowerCase())));
    if (s) return this.fullName(s.name, s.at);
    // Else one word of a speaker's full name, not opening a sentence ("Kompas berbincang dengan Ratih di ruang kerjanya").
    const text = this.article?.text ?? '';
    for (const m of matchesOf(CAPITALIZED_WORD, text.slice(from, to))) {
      if (SENTENCE_OPENING.test(text.slice(Math.max(0, from + m.index - 4), from + m.index)) || from + m.index === 0) continue;
      const speaker = this.speakers.find((p) => p.name.split(' ').includes(m[0]));
      if (speaker) return speaker.name;
    }
    return null;
  }

  /** True when the article named someone with this role before `at` ("el ministro de Hacienda, Carlos Ruiz"). */
  knowsRole(title: string, at: number): boolean {
    return this.personWithRoleOrAlias(title, at) !== null || this.headlineRole(title) !== null || this.defendant(title, at) !== null;
  }

  /** Whom the article gave this role, or else a title the pack tells is its holder's by name ("l'avvocato Paolo Conti" for "il legale"). */
  private personWithRoleOrAlias(title: string, at: number): NameSighting | null {
    const found = this.personWithRole(title, at);
    if (found) return found;
    const aliases = this.article?.lex.pack.roleAliases?.[title];
    if (!aliases) return null;
    for (const alias of aliases.split('|')) {
      const held = this.personWithRole(alias, at);
      if (held) return held;
    }
    return null;
  }

  /** The full name right after this role in the headline ("Geschäftsführerin Brigitte Hallmann: …"), the role's end where titles compound. */
  private headlineRole(title: string): string | null {
    if (!this.article?.title) return null;
    const { lex } = this.article;
    const words = tokenize(this.article.title);
    for (let k = 0; k < words.length; k++) {
      const role = words[k]!.text.toLowerCase();
      if (role !== title && !(lex.pack.nounsCapitalized && role.endsWith(title))) continue;
      const name: string[] = [];
      for (let j = k + 1; j < words.length && words[j]!.isWord && isCapitalized(words[j]!.text) && !isTitle(words[j]!.text, lex); j++)
        name.push(words[j]!.text);
      if (name.length >= 2) return name.join(' ');
    }
    return null;
  }

  /** A court story is about its defendant, the first person it names: whom "the defendant" means when no name goes with the word. */
  private defendant(title: string, at: number, gender: 'f' | 'm' | null = null): string | null {
    if (!this.article?.lex.defendantRe.test(title)) return null;
    // The first one the role's gendered form fits ("die Angeklagte" is no man the article marks as one).
    const fits = (name: string): boolean => !gender || this.genderOf(name) !== otherGender(gender);
    const lex = this.article.lex;
    // No body, by its noun in any case or a compound of it ("die Große Strafkammer des Landgerichts").
    const s = this.names.find(
      (n) => n.at < at && !n.quoted && !n.name.split(' ').some((w) => bodyNoun(w, lex) !== null || isBodyCompound(w, lex)) && fits(n.name),
    );
    return s ? this.fullName(s.name, s.at) : null;
  }

  /** Each role's uses in the whole article, found once: an article names few roles but credits them many times. */
  private readonly roleUses = new Map<string, { re: RegExp; found: { start: number; end: number }[] }>();

  /** Where `title` is used in `text.slice(0, at)`, as a scan of just that part finds it. */
  private roleUsesBefore(title: string, at: number): number[] {
    const { text, lex } = this.article!;
    let uses = this.roleUses.get(title);
    if (!uses) {
      // Where titles are compounded ("Bundesverkehrsminister"), "der Minister" is the end of one.
      const edge = lex.pack.nounsCapitalized ? '' : '(?<![\\p{L}])';
      const re = new RegExp(`${edge}${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'giu');
      // Pushed into a literal, not mapped: an empty mapped array is of another kind, and V8 drops the optimised code that meets it.
      const found: { start: number; end: number }[] = [];
      for (const m of matchesOf(re, text)) if (!namesPlace(text, m.index, m[0])) found.push({ start: m.index, end: m.index + m[0].length });
      uses = { re, found };
      this.roleUses.set(title, uses);
    }
    // A use ending before `at` is found alike in the part; one ending right at
    // `at` may be found only there, with no letter after it: scan the rest of the part.
    const out: number[] = [];
    let from = 0;
    for (const u of uses.found) {
      if (u.end >= at) break;
      out.push(u.start);
      from = u.end;
    }
    const part = text.slice(0, at);
    uses.re.lastIndex = from;
    for (let m = uses.re.exec(part); m; m = uses.re.exec(part)) if (!namesPlace(text, m.index, m[0])) out.push(m.index);
    return out;
  }

  /** True when a word is part of a person's name seen in the article: never a body's name. */
  private personWord = (word: string): boolean =>
    // The names' words gathered once: asked of every capitalized word before a body's noun.
    word.includes(' ')
      ? this.names.some((s) => ` ${s.name} `.includes(` ${word} `))
      : (this.nameWords ??= new Set(this.names.flatMap((s) => s.name.split(' ')))).has(word);

  private nameWords: Set<string> | null = null;

  private get names(): readonly NameSighting[] {
    return (this.found ??= this.findNames());
  }

  /**
   * Who a pronoun at `at` means: the latest person credited with speech, or a
   * person opening a later sentence ("Finance Minister Paul Grant disagreed.").
   */
  private personBefore(at: number, titledToo = false, gender?: 'f' | 'm'): string | null {
    // Where the pronoun's paragraph starts: a clause's subject counts there only.
    const paragraph = this.article ? this.article.text.lastIndexOf('\n', at) : at;
    const pick = (strict: boolean): { name: string; at: number } | null => {
      // A gendered pronoun passes over people the article marks with the other gender ("Frau Wendt … Er sprach").
      const fits = (name: string): boolean => !gender || (this.genderOf(name) ?? (strict ? this.unmarkedGender(name) : null) ?? gender) === gender;
      let found = this.speakers.findLast((s) => fits(s.name)) ?? null;
      for (const s of this.names) {
        if (s.at >= at) break;
        // A person marked with the pronoun's gender is who it means, named in any clause ("Para a mãe Luciana Prado, … contou ela").
        const marked = gender !== undefined && !s.quoted && this.genderOf(s.name) === gender;
        // So is one brought in with an age ("Voor Marloes Harink (34) uit Zutphen, … zegt ze"), in any clause.
        const aged = !s.quoted && !s.alone && this.agedAt(s);
        // So is one followed by their verb, the subject of a clause that need not open the sentence ("Venu à la barre, Paul Roux a décrit …").
        // Not one inside what a speech verb or a source reports ("Ruiz recordó que la consejera, Ana Gil, abrió …").
        const acting = s.at > paragraph && !s.quoted && !this.placedAt(s.at) && this.verbFollows(s) && !this.reportedAt(s);
        if ((marked || aged || s.subject || acting || (titledToo && !s.quoted && this.titledAt(s.at))) && (!found || s.at > found.at) && fits(s.name))
          found = s;
      }
      return found;
    };
    // A masculine role in apposition ("le maire de Rennes, Nathalie Appéré") is passed over only for someone the pronoun's gender marks.
    let best = pick(true);
    if (gender && (!best || this.genderOf(best.name) !== gender)) best = pick(false);
    // A lone surname after a title ("Mme Perrin"), or the first words of a name ("Ahmad Khamis"), is the person named in full before.
    return best ? this.fullName(best.name, best.at) : null;
  }

  /** The gendered role opening a sentence of the paragraph before `at`, where no person who may be of `gender` is named before `at`. */
  private roleSubjectBefore(at: number, gender: 'f' | 'm' | undefined): string | null {
    if (!gender || !this.article) return null;
    const paragraph = this.article.text.lastIndexOf('\n', at) + 1;
    if (this.names.some((s) => s.at >= paragraph && s.at < at && !s.quoted && this.genderOf(s.name) !== otherGender(gender))) return null;
    return genderedRoleSubject(this.article.text.slice(Math.max(paragraph, at - GENDERED_BODY_CHARS), at), gender, this.article.lex);
  }

  /** The gender a role's form marks where it is used for the quote at `at`, its article telling for a nominalized adjective ("die Angeklagte"). */
  private roleGender(title: string, at: number): 'f' | 'm' | null {
    if (!this.article) return null;
    const { text, lex } = this.article;
    // The use after the quote in its paragraph ("„…“, sagte die Angeklagte"), else the latest before it.
    const end = text.indexOf('\n', at);
    const uses = this.roleUsesBefore(title, end < 0 ? text.length : end);
    const use = uses.find((u) => u >= at) ?? uses.at(-1);
    if (use === undefined) return genderCue(title, lex);
    const article =
      tokenize(text.slice(Math.max(0, use - GENDER_CUE_CHARS), use))
        .filter((t) => t.isWord)
        .at(-1)?.text ?? '';
    const word = tokenize(text.slice(use, use + GENDER_CUE_CHARS)).find((t) => t.isWord)?.text ?? title;
    if (!lex.articles.has(article.toLowerCase())) return genderCue(word, lex);
    // A word that is no gender cue ("die 54-Jährige") takes its article's gender where articles mark one.
    return genderCue(word, lex, article) ?? (cueOf(word, lex) ? null : (lex.pack.subjectArticleGenders?.[article.toLowerCase()] ?? null));
  }

  private readonly genders = new Map<string, 'f' | 'm' | null>();
  /** People whose gender only their given name tells: a masculine role, the unmarked form, may still be theirs ("il sindaco, Paola Dell'Oca"). */
  private readonly givenNameOnly = new Set<string>();
  /** People named after a masculine role in apposition only: likely men, though women hold such roles too. */
  private readonly unmarked = new Set<string>();

  /** True when the article marks a person with the other gender than a role's form, the masculine counting as unmarked against a given name alone. */
  private otherThanRole(name: string, roleGender: 'f' | 'm'): boolean {
    return this.genderOf(name) === otherGender(roleGender) && !(roleGender === 'm' && this.givenNameOnly.has(name));
  }

  private unmarkedGender(name: string): 'm' | null {
    return this.genderOf(name) === null && this.unmarked.has(name) ? 'm' : null;
  }

  /** The gender the article marks a person with, from a cue just before any of their sightings ("Frau", "la ministre", "Sprecherin"), or null. */
  private genderOf(name: string): 'f' | 'm' | null {
    if (!this.article) return null;
    let gender = this.genders.get(name);
    if (gender !== undefined) return gender;
    const { text, lex } = this.article;
    gender = null;
    // A body has no gender of its own: "der Technischen Hochschule Rosenheim" marks the noun, not a woman.
    if (name.split(' ').some((w) => lex.bodyWords.has(w.toLowerCase()))) {
      this.genders.set(name, gender);
      return gender;
    }
    for (const s of this.names) {
      if (s.name !== name) continue;
      // A sighting starts at its run of capitals, titles too ("Ms Anna Reid"): read up to the name itself.
      const own = text.indexOf(name.split(' ')[0]!, s.at);
      const end = own >= 0 && own - s.at < TITLE_BEFORE_CHARS ? own : s.at;
      const before = text.slice(Math.max(0, s.at - GENDER_CUE_CHARS), end);
      const read = tokenize(before).filter((t) => t.isWord);
      let words = read.slice(-GENDER_CUE_WORDS);
      // A name right after a preposition is not the cue's person: "Experte Linus Haferkamp vom Chaos Computer Club".
      if (lex.prepositions.has(words[words.length - 1]?.text.toLowerCase() ?? '')) continue;
      // An article tells only the gender of the role it opens ("le ministre de la Santé, Frédéric …" is "le").
      const articleBefore = (j: number): string => words.slice(0, j).findLast((w) => lex.articles.has(w.text.toLowerCase()))?.text ?? '';
      // Nor an article after a preposition, which opens the role's remit ("l'avocat de la défense, Me Paul Roux" is "l'avocat").
      const opensRole = (j: number): boolean => isTitle(words[j + 1]?.text ?? '', lex) && !lex.prepositions.has(words[j - 1]?.text.toLowerCase() ?? '');
      let k = words.findLastIndex((t, j) => genderCue(t.text, lex, articleBefore(j)) !== null && (!lex.articles.has(t.text.toLowerCase()) || opensRole(j)));
      // None so near: the article opening the role further back, past its remit, where the sentence starts with it.
      if (k < 0) {
        words = read.slice(-REMIT_CUE_WORDS);
        k = words.findIndex((t, j) => lex.articles.has(t.text.toLowerCase()) && opensRole(j) && genderCue(t.text, lex) !== null);
      }
      const cue = words[k];
      // A body between the role and the name names the body's, not the person's ("président du groupe Rennes Avenir").
      if (cue && !words.slice(k + 1).some((t) => lex.bodyWords.has(t.text.toLowerCase()))) {
        const cued = genderCue(cue.text, lex, articleBefore(k));
        // A masculine role in apposition is often the unmarked form a woman holds too ("il sindaco di Lodi, Sara Casanova"):
        // it marks no gender, unless another sighting does. A kinship word is no role anyone holds so ("son frère, Yacine").
        if (cued === 'm' && before.slice(cue.start).includes(',') && (isTitle(cue.text, lex) || lex.articles.has(cue.text.toLowerCase()))) {
          this.unmarked.add(name);
          continue;
        }
        gender = cued;
        break;
      }
    }
    // No cue anywhere: the given name's own ending, where the language tells gender so ("Carla Zanetti", "Aldo Berti"),
    // unless an article ever comes before the name, which a person's takes none of ("l'Osteria del Ponte").
    if (gender === null && !this.names.some((s) => s.name === name && articleBefore(text, s.at, lex))) {
      gender = givenNameGender(name, lex);
      if (gender) this.givenNameOnly.add(name);
    }
    this.genders.set(name, gender);
    return gender;
  }

  /**
   * Two people named together since who spoke last ("Hafiz Rahman dan Siti
   * Mariam Yusof"): whom a plural pronoun at `at` means, both names joined.
   */
  private pairBefore(at: number): string | null {
    if (!this.article) return null;
    const { text, lex } = this.article;
    const names = this.names;
    // From where who spoke last was named, not where they were credited: names in between are of that very sentence
    // ("Tom Beverley and Ruth Okonjo, who have tested the river below Harlow Bridge, said …").
    const lastPerson = this.lastPerson;
    const seen = lastPerson ? names.findLast((s) => s.name === lastPerson.name && s.at <= lastPerson.at) : undefined;
    const since = Math.min(lastPerson?.at ?? -1, seen?.at ?? Infinity);
    let i = names.length - 1;
    while (i >= 0 && names[i]!.at >= at) i--;
    // Who spoke last may be one of the two ("Irfan Hakimi dan Lee Zhen Hao, …, berkata mereka akan bangkit").
    const last = this.lastPerson?.name;
    for (; i >= 0; i--) {
      const b = names[i]!;
      // Nor a name right after a preposition, a place or whose ("as câmaras de Penedo Alto e Souto da Ribeira").
      if (b.quoted || this.afterPreposition(b.at)) continue;
      // Named before who spoke last: only as the pair that spoke last.
      const stale = b.at <= since && b.name !== last;
      if (!stale) {
        // Where the conjunction is also a name particle, the pair reads as one name ("João e Teresa Almeida").
        if (b.name.split(' ').some((w) => lex.conjunctions.has(w))) return b.name;
        const given = GIVEN_NAME_BEFORE.exec(text.slice(Math.max(0, b.at - 30), b.at));
        // Not a place a preposition gives ("Martina Hollerith aus Kranzberg und Josef Straubinger").
        const givenAt = given ? text.lastIndexOf(given[1]!, b.at - given[2]!.length) : -1;
        if (given && lex.conjunctions.has(given[2]!.toLowerCase()) && !lex.stopwords.has(given[1]!.toLowerCase()) && !this.afterPreposition(givenAt))
          return `${given[1]} ${given[2]} ${b.name}`;
        // A partner who goes by one name after the full name ("Slamet Riyadi dan Suminah").
        const partner = oneWordPartner(text.slice(b.at + b.name.length, b.at + b.name.length + 40), lex);
        if (partner) return `${b.name} ${partner}`;
      }
      for (let k = i - 1, reach = 0; k >= 0 && reach < PAIR_REACH; k--) {
        const a = names[k]!;
        // Not read back as a name: a surname seen again (no full name in the text there), or the end of a body's name ("Majlis Pengguna Nasional").
        if (a.alone || this.afterBodyNoun(sightingStart(text, a))) continue;
        reach++;
        // Between the first name's end and the second's start, past the titles either run opens on ("Dr A and Professor B").
        const link = PAIR_LINK.exec(text.slice(sightingEnd(text, a), b.at))?.[1];
        const pair = !a.quoted && link && lex.conjunctions.has(link.toLowerCase()) ? `${a.name} ${link} ${b.name}` : null;
        // Or the two spoke last together ("X dan Y berkata mereka …", then "kata mereka").
        if (pair && pair === last) return pair;
        if (stale || (a.at <= since && a.name !== last && b.name !== last)) break;
        if (pair) return pair;
      }
      if (stale) break;
    }
    return null;
  }

  /** True when a person opens a sentence, or is named with a title, between `from` and `at` ("A Faenza il sindaco Stefano Casadei ha trascorso …"). */
  private personSince(from: number, at: number): boolean {
    return this.names.some((s) => s.at > from && s.at < at && !s.quoted && (s.subject || this.titledAt(s.at) || this.agedAt(s)));
  }

  /** The person named last before `at`, when named after who spoke last: whom an epithet the article gave no one means ("dijo el capitán"). */
  /** The one person the article has named before `at`, in any clause ("… a vitória de Helena Pires. «…», afirmou a presidente eleita"). */
  private onlyPersonBefore(at: number): string | null {
    if (!this.article) return null;
    const { text, lex } = this.article;
    let only: string | null = null;
    for (const s of this.names) {
      if (s.at >= at) break;
      if (s.quoted) continue;
      // After a body noun or a conjunction it may be the end of a body's name ("milieuorganisatie Natuur en Milieu Gelderland").
      const before = runBeforeSpaces(text.slice(Math.max(0, s.at - 40), s.at), LETTER, NAME_SPACE)?.toLowerCase() ?? '';
      if (lex.conjunctions.has(before) || lex.bodyWords.has(before) || isBodyCompound(before, lex)) return null;
      if (only !== null && only !== s.name) return null;
      only = s.name;
    }
    return only;
  }

  private latestMentioned(at: number): string | null {
    const names = this.names;
    const since = this.lastPerson?.at ?? -1;
    let i = names.length - 1;
    while (i >= 0 && names[i]!.at >= at) i--;
    for (; i >= 0 && names[i]!.at > since; i--) {
      const s = names[i]!;
      // A name right after a preposition is whom or where ("conveyed the news to Kulkarni"), not whom an epithet means.
      if (this.afterPreposition(s.at)) continue;
      if (!s.quoted && (s.alone || s.subject || this.speakers.some((p) => p.name === s.name) || this.titledAt(s.at) || this.agedAt(s))) return s.name;
      // A full name brought in within the epithet's own paragraph, in any clause ("Unter ihnen war Gerlinde Moosbrugger … sagte die 74-Jährige").
      // Not one placed by a preposition and its article ("en la Audiencia Provincial"), nor a body's name.
      const lex = this.article?.lex;
      const body = s.name.split(' ').some((w) => lex?.bodyWords.has(w.toLowerCase()));
      if (!s.quoted && !s.alone && !body && s.name.includes(' ') && !this.placedAt(s.at) && !this.article?.text.slice(s.at, at).includes('\n')) return s.name;
    }
    return null;
  }

  /** True when an age follows the name ("Guy Lemaire, 74 ans,"): a person brought in, whom an epithet ("le retraité") can mean. */
  private agedAt(s: NameSighting): boolean {
    let known = this.agedAtMemo.get(s.at);
    if (known === undefined) this.agedAtMemo.set(s.at, (known = this.readAgedAt(s)));
    return known;
  }

  private readAgedAt(s: NameSighting): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    const end = text.indexOf(s.name, s.at);
    if (end < 0) return false;
    const after = text.slice(end + s.name.length, end + s.name.length + AGE_CHARS);
    return AGE_AFTER.test(after) || lex.ageRe.exec(after)?.index === 0;
  }

  /**
   * The court named last before `at` by one of the pack's court nouns ("La Audiencia Provincial de Sevilla ha condenado …"): whom
   * its ruling speaks for; one the article calls by its noun only ("De rechtbank gaf … gelijk") is that noun, no body named near it.
   */
  private court(at: number): Mention | null {
    const { text, lex, quotes } = this.article!;
    let latest: { name: string; at: number } | null = null;
    for (const noun of lex.courtWords) {
      const name = bodyNamed(text, noun, at, lex, this.personWord, quotes, 'none');
      const where = name ? namedAt(text, name, at) : -1;
      if (name && (!latest || where > latest.at)) latest = { name, at: where };
    }
    if (latest) return { kind: 'name', name: latest.name, titled: false, body: true };
    const before = text.slice(0, at).toLowerCase();
    const noun = lex.courtWords.find((n) => new RegExp(`(?<![\\p{L}])${n}(?![\\p{L}])`, 'u').test(before));
    return noun ? { kind: 'name', name: noun, titled: false, body: true } : null;
  }

  /** True when the word right before `at` is a body's noun: a name there ends the body's name ("Majlis Pengguna Nasional"). */
  private afterBodyNoun(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    const before = runBeforeSpaces(text.slice(Math.max(0, at - 40), at), LETTER, NAME_SPACE)?.toLowerCase() ?? '';
    return lex.bodyWords.has(before) || isBodyCompound(before, lex);
  }

  private afterPreposition(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    return lex.prepositions.has(runBeforeSpaces(text.slice(Math.max(0, at - 20), at), LETTER, NAME_SPACE)?.toLowerCase() ?? '');
  }

  /**
   * True when the words right before `at` are a preposition, alone or with its article, elided too ("a Canal Sur",
   * "ai microfoni di Telearena", "en el Parlamento", "all'Ansa", "à l'AFP"): the name there is to whom or where something
   * was said, or whose member the speaker is ("del PP"), not who said it.
   */
  private placedAt(at: number): boolean {
    let known = this.placedAtMemo.get(at);
    if (known === undefined) this.placedAtMemo.set(at, (known = this.readPlacedAt(at)));
    return known;
  }

  private readPlacedAt(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    // A surname's sighting may start at its particle, which is the preposition ("comparecencia de Mosquera").
    const particle = PARTICLE_AT.exec(text.slice(at, at + PLACING_CHARS))?.[1];
    if (particle !== undefined && lex.prepositions.has(particle)) return true;
    const before = text.slice(Math.max(0, at - PLACING_CHARS), at);
    // Set off after a role a preposition governs ("la visite du ministre de l'Intérieur, Bruno Ferrault"): whom or whose.
    if (COMMA_END.test(before)) {
      const head = before.replace(COMMA_END, '');
      const words: string[] = [];
      for (const w of head.slice(head.search(CLAUSE_MARK_BEFORE) + 1).match(WORD_OR_MARK) ?? [])
        words.push(w.includes("'") || w.includes('’') ? w.replace(ELIDED, '') : w);
      words.push(',');
      return governedRole(words, lex);
    }
    // "According to Nadia Kerr", "según la Policía": a source, who says what the sentence tells.
    const source = lex.accordingToRe ? lastMatch(lex.accordingToRe, before) : null;
    const rest = source ? ARTICLE_ONLY.exec(before.slice(source.index + source[0].length)) : null;
    if (rest && (rest[1] === undefined || lex.articles.has(rest[1].toLowerCase()))) return false;
    // The words right before the name, back to the first mark that is no space ("… a", "microfoni di", "porte-parole de la").
    const words: string[] = [];
    const shown: string[] = [];
    let edge = before.length;
    for (const m of matchesOf(PLACING_WORD, before).reverse()) {
      if (words.length === PLACING_WORDS || !/^\s*$/.test(before.slice(m.index + m[0].length, edge))) break;
      words.unshift(m[0].toLowerCase());
      shown.unshift(m[0]);
      edge = m.index;
    }
    let last = words.pop() ?? '';
    // A body's noun between them names whose the name is ("Gedeputeerde X van de provincie Limburg"): read past it.
    if (lex.bodyWords.has(last) && words.length) last = words.pop()!;
    const elided = /['’]$/.test(last);
    const bare = last.replace(/['’]$/, '');
    // "d'" is a preposition elided, "l'" an article.
    const article = lex.articles.has(bare) || (elided && !lex.prepositions.has(last) && ELIDED_ARTICLE_WORD.test(bare));
    const preposition = article ? (words.pop() ?? '').replace(/['’]$/, '') : lex.prepositions.has(last) ? last : bare;
    if (!lex.prepositions.has(preposition)) return false;
    // "señalaron desde el organismo", "hieß es beim Verband": where the words came from, who said them.
    // "Pour Hélène Roux, …": whose view the sentence tells.
    if (lex.pack.sourcePrepositions?.includes(preposition) || lex.pack.openingAccordingTo?.includes(preposition)) return false;
    // "un porte-parole de la préfecture", "il consigliere regionale del Pd Emilio Bonetti", "le parquet de Draguignan":
    // the body a role, a spokesperson or a body's noun is of.
    // Not past another preposition and a common noun after the role: "der Kapitän am Mikrofon von Dyn" is where he spoke
    // ("a deputada do Bloco de Esquerda" names the body in the role's remit).
    const role = words.findLastIndex((w) => isTitle(w, lex) || lex.spokespersonWords.has(w) || lex.bodyWords.has(w));
    const noun = (k: number): boolean => shown[k] !== undefined && (lex.pack.nounsCapitalized || !isCapitalized(shown[k]));
    return role < 0 || words.some((w, k) => k > role && lex.prepositions.has(w.replace(/['’]$/, '')) && noun(k + 1));
  }

  /**
   * True when a speaker is a weak reading of a quote's credit: a name whose last use between `from` and `to` comes right
   * after a preposition ("En declaraciones a Canal Sur, aseguró …", "Francisco Lozano, del PP, dijo …").
   */
  weakSpeaker(name: string, from: number, to: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    for (let at = text.lastIndexOf(name, to - name.length); at >= from; at = at > 0 ? text.lastIndexOf(name, at - 1) : -1) {
      const end = at + name.length;
      if (LETTER_OR_MARK.test(text[at - 1] ?? ' ') || LETTER_OR_MARK.test(text[end] ?? ' ')) continue;
      // Its own verb right after it makes it a subject all the same ("El representante del Centro X calificó …"), unless a body's
      // noun heads it: then the verb is the person's it is of ("Gedeputeerde X van de provincie Limburg noemt …").
      const next = VERB_AFTER_NAME.exec(text.slice(end, end + PLACING_CHARS))?.[1]?.toLowerCase();
      const headed = lex.bodyWords.has(runBeforeSpaces(text.slice(Math.max(0, at - 20), at), LETTER, NAME_SPACE)?.toLowerCase() ?? '');
      return this.placedAt(at) && (next === undefined || lex.stopwords.has(next) || headed);
    }
    return false;
  }

  /**
   * Who most likely said a quote whose credit named no one, or only a weak speaker: of the people and bodies named
   * outside quotes between `from` and `to`, not right after a preposition, the one scoring best for being in the quote's
   * own sentence (from `sentence`), its clause's subject, and named with a title; the nearest to the quote of equals.
   * Null when none scores `least`: a subject or in the quote's sentence, or only named with a title to replace a weak speaker.
   */
  likelySpeaker(from: number, sentence: number, quoteStart: number, to: number, not: string | null, least = MIN_LIKELY_SCORE): string | null {
    let best: NameSighting | null = null;
    let bestScore = 0;
    let bestDistance = Infinity;
    const names = this.names;
    // The first sighting at or after `from`, found by halving: the names are in reading order.
    let lo = 0;
    for (let hi = names.length; lo < hi;) {
      const mid = (lo + hi) >> 1;
      if (names[mid]!.at < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < names.length && names[k]!.at < to; k++) {
      const s = names[k]!;
      if (s.quoted || s.name === not || this.placedAt(s.at)) continue;
      const score = (s.at >= sentence ? 2 : 0) + (s.subject || this.verbFollows(s) ? 2 : 0) + (this.titledAt(s.at) ? 1 : 0);
      const distance = Math.abs(s.at - quoteStart);
      if (score >= least && (score > bestScore || (score === bestScore && distance < bestDistance))) {
        best = s;
        bestScore = score;
        bestDistance = distance;
      }
    }
    return best ? this.fullName(best.name, best.at) : null;
  }

  /** The latest person, titled or called by surname, acting as a clause's subject in the paragraph of `at` before it: whom an epithet there takes up. */
  private actingInParagraph(at: number): NameSighting | null {
    const paragraph = this.article!.text.lastIndexOf('\n', at);
    return (
      this.names.findLast(
        (s) =>
          s.at > paragraph &&
          s.at < at &&
          !s.quoted &&
          // Known as a person: titled, or a surname taking up a full name.
          (s.alone || this.titledAt(s.at)) &&
          !this.placedAt(s.at) &&
          (s.subject || this.verbFollows(s)) &&
          !this.reportedAt(s),
      ) ?? null
    );
  }

  /** True when a speech verb, "according to" or a complementizer comes before `at` in its sentence: a name there is in what it reports, or in a subordinate clause. */
  private reportedAt(s: NameSighting): boolean {
    let known = this.reportedMemo.get(s.at);
    if (known === undefined) this.reportedMemo.set(s.at, (known = this.readReportedAt(s.at)));
    return known;
  }

  private readReportedAt(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    const lead = text.slice(Math.max(0, at - LEAD_CHARS), at);
    const opening = Math.max(lead.lastIndexOf('\n'), ...['. ', '! ', '? '].map((stop) => lead.lastIndexOf(stop)));
    const clause = lead.slice(opening + 1);
    // A complementizer before it makes its clause a subordinate one ("dat vroeger nog Kartonfabriek X heette").
    if (tokenize(clause).some((t) => t.isWord && lex.complementizers.has(t.text.toLowerCase()))) return true;
    return firstMatch(lex.verbRe, clause) !== null || (lex.accordingToRe !== null && firstMatch(lex.accordingToRe, clause) !== null);
  }

  /** True when a verb follows the name, past its apposition ("Maribel Lozano Moral, pidió …", "Ana Ruiz, de 34 años, dijo"): the clause's subject. */
  private verbFollows(s: NameSighting): boolean {
    let known = this.verbFollowsMemo.get(s.at);
    if (known === undefined) this.verbFollowsMemo.set(s.at, (known = this.readVerbFollows(s)));
    return known;
  }

  private readVerbFollows(s: NameSighting): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    // A surname or a given name alone stands for the full name there ("Quanto al futuro, Zanetti non esclude …"): read past the words written.
    const written = s.alone ? (writtenPart(s.name, text, s.at) ?? s.name) : s.name;
    // After an article it qualifies a noun ("the Hartley family"), no subject of a verb.
    if (s.alone && articleBefore(text, s.at, lex)) return false;
    const end = text.indexOf(written, s.at);
    if (end < 0) return false;
    const after = NAME_THEN_VERB.exec(text.slice(end + written.length, end + written.length + ROLE_CONTEXT_CHARS + 10));
    const word = after?.[1]?.toLowerCase();
    if (word === undefined || lex.prepositions.has(word) || lex.conjunctions.has(word)) return false;
    if (!lex.stopwords.has(word)) return true;
    // A function word that is an auxiliary, a negation or a speech verb ("Ferrand a décrit", "Bertolini non cerca", "Ruiz dijo"):
    // a verb all the same; an article, a pronoun or a complementizer is not.
    if (lex.articles.has(word) || lex.pronouns.has(word) || lex.complementizers.has(word)) return false;
    const from = end + written.length;
    if (lex.verbAtStartRe.test(text.slice(from + after!.indices![1]![0], from + ROLE_CONTEXT_CHARS + 10))) return true;
    const next = after!.indices![2] ? after![2]!.toLowerCase() : undefined;
    return next !== undefined && !lex.stopwords.has(next) && !lex.prepositions.has(next);
  }

  /** A body's name the article writes whole past a conjunction inside it (bodyNameThroughConjunction), else `name` itself. */
  wholeBodyName(name: string): string {
    if (!this.article) return name;
    let whole = this.wholeBodyNameMemo.get(name);
    if (whole === undefined) this.wholeBodyNameMemo.set(name, (whole = bodyNameThroughConjunction(name, this.article.text, this.article.lex)));
    return whole;
  }

  /** True when a title comes right before a name at `at` ("el técnico zaragocista, Íñigo Larrañaga"): a person, whom an epithet can mean. */
  private titledAt(at: number): boolean {
    let known = this.titledAtMemo.get(at);
    if (known === undefined) this.titledAtMemo.set(at, (known = this.readTitledAt(at)));
    return known;
  }

  private readTitledAt(at: number): boolean {
    if (!this.article) return false;
    const { text, lex } = this.article;
    return tokenize(text.slice(Math.max(0, at - TITLE_BEFORE_CHARS), at)).some((t) => t.isWord && isTitle(t.text, lex));
  }

  /** The full name a single word stands for at `at`, or the word itself; one half of two people read as one name, the half meant. */
  fullName(name: string, at: number): string {
    const full = this.fullerName(name, at);
    return full !== name && this.article ? (halfHolding(full, name, this.article.lex) ?? full) : full;
  }

  private fullerName(name: string, at: number): string {
    const person = this.article?.lex.pack.nounsCapitalized ? nounBeforeSurname(name, at, this.names) : null;
    if (person) return person;
    if (name.includes(' ')) {
      // Two people credited together by shorter names ("Brösel und Adelmann"): the pair's full names.
      const pair = this.article ? fullPair(name, this.article.text, this.article.lex, (part) => this.fullName(part, at)) : null;
      if (pair) return pair;
      // A surname with its particles ("Van der Berg") stands for the full name seen before ("Jan van der Berg").
      const surname = this.article?.lex.nameParticles.has(name.slice(0, name.indexOf(' ')).toLowerCase()) ?? false;
      return (
        this.longerForm(name, this.speakers) ??
        // Or a full name the article gave before ("Sri Mulyani" after "Sri Mulyani Indrawati juga hadir").
        this.longerForm(name, this.names, surname, at) ??
        name
      );
    }
    return (
      this.firstOfShared(name, at) ??
      this.latestEndingIn(name, at, this.speakers) ??
      this.latestEndingIn(name, at, this.names) ??
      this.onlyNameHolding(name) ??
      name
    );
  }

  /**
   * A surname two people named before `at` share ("Dirk Vollmer", then his wife "Karin Vollmer"): the one named first, whom
   * the article goes on calling by it; the other it names in full.
   */
  private firstOfShared(word: string, at: number): string | null {
    const last = ` ${word}`;
    let first: string | null = null;
    for (const s of this.names) {
      if (s.at >= at) break;
      if (s.quoted || !s.name.endsWith(last)) continue;
      if (first === null) first = s.name;
      else if (s.name !== first) return first;
    }
    return null;
  }

  /**
   * The one full name holding `word` inside it, neither first nor last, when no other name holds it ("Soffi berkata"
   * after "Datuk Seri Mohd Soffi Abdul Razak"): where a person is called by a given name after a prefix.
   */
  private onlyNameHolding(word: string): string | null {
    let only: string | null = null;
    for (const s of this.names) {
      if (s.quoted || !` ${s.name} `.includes(` ${word} `)) continue;
      const parts = s.name.split(' ');
      const k = parts.indexOf(word);
      if (k <= 0 || k === parts.length - 1 || (only !== null && only !== s.name)) return null;
      only = s.name;
    }
    return only;
  }

  /**
   * A fuller name already credited that contains this one ("Sri Mulyani" in "Sri Mulyani Indrawati"); with `upTo`, only one seen
   * outside quotes by then. `endingIn`, a surname with its particle: the name's end, or where names chain two surnames the first
   * of them ("Dos Santos" of "Xiana dos Santos Barreiro").
   */
  private longerForm(name: string, names: readonly NameSighting[], endingIn = false, upTo = Infinity): string | null {
    const padded = this.lowerPadded(name);
    const chained = this.article?.lex.pack.chainedSurnames === true;
    for (let i = names.length - 1; i >= 0; i--) {
      const s = names[i]!;
      if (upTo !== Infinity && (s.quoted || s.at > upTo)) continue;
      const known = this.lowerPadded(s.name);
      if (known.length <= padded.length) continue;
      if (!endingIn ? known.includes(padded) : known.endsWith(padded) || (chained && firstOfChained(known, padded))) return s.name;
    }
    return null;
  }

  /** Each name lowercased between spaces, once per article: `longerForm` compares every name seen for each name resolved. */
  private readonly lowerPaddedNames = new Map<string, string>();

  private lowerPadded(name: string): string {
    let padded = this.lowerPaddedNames.get(name);
    if (padded === undefined) this.lowerPaddedNames.set(name, (padded = ` ${name.toLowerCase()} `));
    return padded;
  }

  /** The latest name before `at` ending (or starting) with `word`, else the first after it. */
  private latestEndingIn(word: string, at: number, names: readonly NameSighting[]): string | null {
    let best: string | null = null;
    // Compared in place, not split per name: this runs over every name for each surname resolved (`word` holds no space).
    const last = ` ${word}`;
    const first = `${word} `;
    for (const s of names) {
      // The word alone again ("Mme Dubosc") names no one fuller; a given name and two surnames are called by the first ("Arranz").
      if (s.quoted || s.name === word || (!s.name.endsWith(last) && !s.name.startsWith(first) && !firstOfTwoSurnames(s.name, word))) continue;
      if (s.at <= at || best === null) best = s.name;
      if (s.at > at) break;
    }
    return best;
  }

  /** A person or organisation speaking at `at`; persons become what a later pronoun means. */
  resolve(mention: Mention | null, at: number): string | null {
    if (!mention || mention.kind === 'unnamed') return null;
    if (mention.kind === 'pronoun') {
      if (mention.plural) {
        const pair = this.pairBefore(at);
        if (pair) return this.fullName(pair, at);
        // Two people credited together last, since any body: the pair, however far apart the article named them.
        const last = this.lastPerson;
        if (last && this.article && last.at > this.lastBodyAt && jointParts(last.name, this.article.lex)) return last.name;
        return this.lastBody ?? this.personBefore(at);
      }
      const person = this.personBefore(at, false, mention.gender);
      // Unless a person opened a sentence or was named with a title since the body spoke ("Bu Tumini, 47, sudah bekerja … ucapnya").
      const bodyLast = this.lastBody && this.lastBodyAt > (this.lastPerson?.at ?? -1) && !this.personSince(this.lastBodyAt, at);
      // A spokesperson who spoke last is who a gendered pronoun means too ("un porte-parole de X a assuré … « … », a-t-il ajouté").
      const spokesperson = (mention.clitic && this.lastBodySpokenFor) || (mention.gender !== undefined && this.lastBodyBySpokesperson);
      if (bodyLast && (mention.bare || spokesperson)) return this.lastBody;
      // A gendered role opening a sentence of the pronoun's paragraph, no person of its gender named there, is whom it means
      // ("Die Angeklagte, die von Anwalt Stefan Rauscher verteidigt wird, äußerte sich … „…“, sagte sie"), whom the article may name elsewhere.
      const role = this.roleSubjectBefore(at, mention.gender);
      if (role) return this.resolve({ kind: 'role', title: role }, at);
      // No person of its gender: a body of that grammatical gender opening a sentence just before ("Die Fanabteilung … Sie sprach").
      if (!person && mention.gender && this.article) {
        const body = genderedBodySubject(this.article.text.slice(Math.max(0, at - GENDERED_BODY_CHARS), at), mention.gender, this.article.lex);
        if (body) this.creditBody(body, at, true);
        return body;
      }
      // The pronoun's gender marks whom it means, for a later one of the other gender to pass over ("…“, ruft er. … Später sagt sie: „…“").
      if (person && mention.gender && this.genderOf(person) === null) this.genders.set(person, mention.gender);
      return person;
    }
    // "L'azienda spiega", "Empresa culpa …": a body's common noun capitalized to open its sentence means the body of that kind named.
    // Not where the body found is the word itself ("Ministério diz …"), which the name's own completion reads in full.
    const noun = mention.kind === 'name' && this.article ? commonBodyNoun(mention.name, this.article.lex) : null;
    const found = noun ? this.bodyOfKind(noun, at) : null;
    if (noun && found && commonBodyNoun(found, this.article!.lex) !== noun) return this.resolve({ kind: 'body', noun }, at);
    // "the report says": whoever the article named as the document's author.
    if (mention.kind === 'body' && mention.document) {
      const author = this.article ? (documentAuthor(this.article.text, at, this.article.lex) ?? (mention.ruling ? this.court(at) : null)) : null;
      // A court called by its noun only speaks so ("de rechtbank"), not as the body of its kind a guess would name.
      if (author?.kind === 'name' && !isCapitalized(author.name)) {
        this.creditBody(author.name, at, true);
        return author.name;
      }
      return author ? this.resolve(author, at) : null;
    }
    if (mention.kind === 'body') {
      // "la portavoce degli studenti" after "la portavoce del collettivo Aula Aperta, Giulia Marchetti": the person given the word.
      const holder = mention.held ? this.spokespersonNamed(mention.held, at) : null;
      if (holder && !holder.quoted) {
        const name = this.fullName(holder.name, holder.at);
        this.credit(name, at);
        return name;
      }
      // A statement naming no body ("In una nota … ha ricordato"): a person who spoke since the last body issued it.
      if (mention.inStatement && this.lastPerson && this.lastPerson.at > this.lastBodyAt) return this.personBefore(at);
      // "de politie" after "een woordvoerder van de federale politie" spoke: that body, by its noun; unless another of its kind
      // was named since ("Pengarah Jabatan Kebajikan Masyarakat, …" after "Jurucakap Jabatan Bomba …" for "jabatan itu").
      if (mention.noun && this.lastBody && ` ${this.lastBody.toLowerCase()} `.includes(` ${mention.noun} `) && !this.otherOfKindSince(mention.noun, at))
        return this.lastBody;
      const body = mention.noun ? this.bodyOfKind(mention.noun, at) : this.spokenForNear(at);
      if (body) {
        this.creditBody(body, at, true, !mention.noun);
        if (mention.noun) this.bodiesByNoun.set(mention.noun, body);
      }
      // Where the pack tells nouns standing for a named body ("des Vereins") from those that are a speaker's name alone ("die Polizei"),
      // one of the latter is not the body that spoke last; nor is a body of another kind ("die Gewerkschaft X" for "das Unternehmen").
      // A body's noun never means a person who issued a statement ("l'autorité organisatrice" after one): left to who is around.
      const lastIsPerson = mention.noun !== '' && this.lastBodyIsPerson();
      const lastOfKind = this.lastBody !== null && !lastIsPerson && !this.ofOtherKind(this.lastBody, mention.noun);
      if (body || lastIsPerson || (lastOfKind && this.standsForNamed(mention.noun)) || !mention.noun || mention.namedOnly)
        return body ?? (lastIsPerson ? null : this.lastBody);
      // A body the article never names otherwise is its common noun ("een woordvoerder van het ministerie", "ein Sprecher der Polizei"),
      // and what "the spokesperson" then means.
      const noun = this.article?.lex.pack.nounsCapitalized ? `${mention.noun.charAt(0).toUpperCase()}${mention.noun.slice(1)}` : mention.noun;
      this.creditBody(noun, at, true);
      return noun;
    }
    if (mention.kind === 'role') {
      // An epithet the article never gave anyone ("der SPD-Politiker") means the latest person, as a pronoun does.
      // A former holder ("o ex-ministro", "el exministro") is the one the article gave the role itself ("o antigo ministro Vasco Cunha").
      const former = FORMER_TITLE.exec(mention.title)?.[1];
      const found =
        this.personWithRoleOrAlias(mention.title, at) ??
        (former !== undefined && this.article && isTitle(former, this.article.lex) ? this.personWithRole(former, at) : null);
      // A role's gendered form is never a person the article marks with the other gender ("die Angeklagte" past "Anwalt Stefan Rauscher").
      const roleGender = this.roleGender(mention.title, at);
      const holder = found && roleGender && this.otherThanRole(found.name, roleGender) ? null : found;
      // A holder named before the quote's paragraph gives way to a person acting in it before the epithet, whom the epithet
      // takes up ("Al otro lado, el entrenador del Mirandés, Joseba Uriarte, destacó … «…», valoró el técnico").
      // Not when the paragraph names the holder too ("El fiscal sostiene que Montilla … . A preguntas del fiscal, el exgerente …").
      const paragraph = this.article ? this.article.text.lastIndexOf('\n', at) : at;
      const named = holder !== null && this.names.some((s) => s.name === holder.name && s.at > paragraph && s.at < at);
      const person = holder && holder.at < paragraph && !named ? (this.actingInParagraph(at) ?? holder) : holder;
      // Or the one the headline gives it ("Geschäftsführerin Brigitte Hallmann: „…“").
      const headlined = person ? null : this.headlineRole(mention.title);
      if (headlined) {
        this.credit(headlined, at);
        return headlined;
      }
      if (!person) {
        // One person per role: the one the article gives it later in the epithet's own paragraph, before anyone merely named
        // ("the judge said … . “…,” Judge Helen Ashworth told him"); a function word misread as a role ("yang") has none.
        const ahead = this.personWithRole(mention.title, at, true);
        const paragraphEnd = this.article ? this.article.text.indexOf('\n', at) : -1;
        const inParagraph = ahead !== null && !ahead.quoted && ahead.at > at && (paragraphEnd < 0 || ahead.at < paragraphEnd);
        if (inParagraph && !this.article?.lex.stopwords.has(mention.title)) {
          const name = this.fullName(ahead.name, ahead.at);
          this.credit(name, at);
          return name;
        }
        // The defendant so found spoke, and is whom a later pronoun of the role's gender means ("„…“, sagte die Angeklagte. Sie habe …"),
        // not one of the other ("Der Angeklagte schwieg. … „…“, sagte sie" is his lawyer).
        const accused = this.defendant(mention.title, at, roleGender);
        if (accused) {
          this.credit(accused, at, roleGender);
          return accused;
        }
        // An epithet no one was given ("die 54-Jährige") takes up a gendered role opening the paragraph ("Die Angeklagte hatte …").
        const opening = this.roleSubjectBefore(at, roleGender ?? undefined);
        // The latest person, as for a pronoun: of the role's gender where its form marks one ("ammette la sindaca" past "Aldo Berti").
        const latest = this.latestMentioned(at);
        const before =
          (opening && opening !== mention.title ? this.resolve({ kind: 'role', title: opening }, at) : null) ??
          (latest && roleGender && this.otherThanRole(latest, roleGender) ? null : latest) ??
          this.personBefore(at, true, roleGender ?? undefined) ??
          this.onlyPersonBefore(at);
        if (before) return before;
        // Else the one the article gives the role next ("Volgens de dijkgraaf … zegt hij. Dijkgraaf Harm Verstappen …"): whom a pronoun then means.
        const next = ahead?.name ?? null;
        if (next) this.credit(next, at);
        return next;
      }
      // A surname after the role ("Hakim Rozilah") is the full name given before.
      const name = this.fullName(person.name, person.at);
      this.credit(name, at);
      return name;
    }
    // A place's adjective and a body's noun ("der Leipziger Klub"): the body of that kind the article named.
    const epithet = mention.body ? placeEpithet(mention.name, this.article?.text ?? '', this.article?.lex) : null;
    if (epithet) return this.resolve({ kind: 'body', noun: epithet }, at);
    // A body's branch or regional office ("der Niederlassung Rheinland", "des Landesbezirks Nord") speaks for the body itself.
    if (mention.body && this.branch(mention.name)) return this.resolve({ kind: 'body', noun: '' }, at);
    const name = this.fullName(mention.name, at);
    // A part of a body's name cut at its conjunction ("Social Care"): the whole body, whom "a spokesperson" then means.
    const whole = this.wholeBodyName(name);
    if (whole !== name) {
      this.creditBody(whole, at, true, mention.body === true && mention.spokesperson === true);
      return whole;
    }
    // Initials ("SPRM", "KPU") are a body's.
    if (mention.body || SHOUTED.test(name)) this.creditBody(name, at, mention.body === true, mention.spokesperson === true);
    if (!mention.body && (name.includes(' ') || mention.titled || this.soloPerson(name))) this.credit(name, at);
    // One word that is no one's name ("Ook ProRail … reageert", "Apartval anunció"): a body, what "a spokesperson" later means.
    // (A body named as one, "Jurucakap PDRM", is credited above as spoken for: not again as a guess.)
    else if (!mention.body && !name.includes(' ') && !this.speakers.some((p) => ` ${p.name} `.includes(` ${name} `))) this.creditBody(name, at);
    return name;
  }

  /**
   * The body a common noun means at `at`: one the article names with it or by
   * a short form of it, or a sentence's subject that spoke; else the one the
   * noun meant before while the noun recurs, a guess named since the body that
   * spoke last, that body when nobody has spoken since and it is of no other
   * kind; else the guess.
   */
  private bodyOfKind(noun: string, at: number): string | null {
    if (!this.article) return this.lastBody;
    const { text, lex, quotes } = this.article;
    // Never a body of another kind, as the subject a German "das Unternehmen" may guess ("Die Gewerkschaft IG BAU rief …").
    // Nor an epithet of its kind ("der Leipziger Klub"), which names no body.
    const ofKind = (body: string | null): string | null => (body && !this.ofOtherKind(body, noun) && !placeEpithet(body, text, lex) ? body : null);
    // A body named with the noun itself, or else a sentence's subject that spoke, is as good as named ("Brenna Foods will …, the
    // Danish-owned group said"); not a person who spoke, where a body the pack files under the noun's kind was named.
    const named = ofKind(bodyNamed(text, noun, at, lex, this.personWord, quotes, 'subject'));
    // A person's name takes no article ("das Modehaus Kessler" is a body).
    const sightings = named?.includes(' ') ? this.names.filter((s) => s.name === named) : [];
    const person = sightings.length > 0 && !sightings.some((s) => articleBefore(text, s.at, lex)) && this.speakers.some((s) => s.name === named);
    const spokeKin = person ? this.kinNamed(noun, at) : null;
    if (spokeKin) return spokeKin;
    if (named) return named;
    // Named with its noun only in the next sentence ("“…,” the trust said. Ashby and Marches NHS Trust, which runs the unit, …").
    const ahead = ofKind(bodyNamed(text, noun, nextSentenceEnd(text, at), lex, this.personWord, quotes, 'none'));
    if (ahead) return ahead;
    // Before any body spoke, the body the headline opens with, when the headline or a lead sentence naming it uses the noun
    // too ("Coastal City have sacked manager … left the club second from bottom" for "the club said").
    const { title } = this.article;
    const headline = title && this.lastBody === null ? ofKind(headlineBody(title, lex, (name) => this.speakers.some((p) => p.name === name))) : null;
    if (headline && this.kindInLead(headline, noun, title!)) return headline;
    // Named by a noun of its kind only ("die Behörde" after "das Landesamt für Umwelt"): the latest body so named.
    const kin = this.kinNamed(noun, at);
    if (kin) return kin;
    const guessed = ofKind(bodyNamed(text, noun, at, lex, this.personWord, quotes));
    const guessedAt = guessed ? namedAt(text, guessed, at) : -1;
    // The noun again since the guess was named goes on meaning the body it meant ("de bond" … "VPS" … "De vakbond in Brabant" … "de bond").
    const recalled = this.bodiesByNoun.get(noun);
    if (recalled && text.slice(0, at).toLowerCase().lastIndexOf(noun) > guessedAt) return recalled;
    // A guess named since the body that spoke last is nearer ("Bij Feyenoord … Een woordvoerder van de club").
    if (guessed && guessedAt > this.lastBodyAt) return guessed;
    // Where the pack tells nouns standing for a named body from those that are a speaker's name alone ("die Polizei"), only the former.
    const spokeLast = this.lastBody !== null && this.lastBodyAt > (this.lastPerson?.at ?? -1) && !this.personSince(this.lastBodyAt, at);
    return spokeLast && this.standsForNamed(noun) && !this.ofOtherKind(this.lastBody!, noun) && !this.lastBodyIsPerson() ? this.lastBody : guessed;
  }

  /** True when a body of this kind other than the one that spoke last is named between it and `at`. */
  private otherOfKindSince(noun: string, at: number): boolean {
    if (!this.article) return false;
    const { text, lex, quotes } = this.article;
    const named = bodyNamed(text, noun, at, lex, this.personWord, quotes, 'none');
    return named !== null && named !== this.lastBody && namedAt(text, named, at) > this.lastBodyAt;
  }

  /** True when what spoke last as a body is a person who issued a statement ("X said in a statement"): never what a body's noun means. */
  private lastBodyIsPerson(): boolean {
    return this.lastBody !== null && this.speakers.some((p) => p.name === this.lastBody);
  }

  /** True when the headline, or a sentence of the lead naming `body`, uses `noun` too: the body is of that kind. */
  private kindInLead(body: string, noun: string, title: string): boolean {
    const word = new RegExp(`(?<![\\p{L}])${noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'iu');
    const lead = this.article!.text.slice(0, LEAD_KIND_CHARS);
    return [title, ...lead.split(SENTENCE_BREAK).filter((s) => s.includes(body))].some((s) => word.test(s));
  }

  /** False for a body noun that is a speaker's name alone where the pack tells them apart ("die Polizei", not "des Vereins"). */
  private standsForNamed(noun: string): boolean {
    const named = this.article?.lex.pack.namedBodyNouns;
    return named === undefined || named.includes(noun);
  }

  /** True when a body's name opens with a word for a branch, in a case of its own too ("Landesbezirks"). */
  private branch(name: string): boolean {
    const lex = this.article?.lex;
    const first = name.split(' ')[0]!.toLowerCase();
    const branches = lex?.pack.branchWords ?? [];
    return (
      branches.includes(first) || (lex?.pack.genitiveName?.endings.some((e) => first.endsWith(e) && branches.includes(first.slice(0, -e.length))) ?? false)
    );
  }

  /**
   * True when `noun` and a body's name are of two of the kinds the pack tells
   * apart (`namedBodyNouns`): its name holds another, or the article first
   * named it after one ("Gewerkschaft Verdi", "die Gewerkschaft IG BAU" for
   * "das Unternehmen"). Other nouns overlap ("the regulator", a commission).
   */
  /** The latest body named before `at` with a noun the pack files under `noun`'s kind ("Landesamt" for "Behörde"), or null. */
  private kinNamed(noun: string, at: number): string | null {
    const { text, lex, quotes } = this.article!;
    let best: { name: string; at: number } | null = null;
    for (const [word, kind] of Object.entries(lex.pack.bodyKinds ?? {})) {
      if (kind !== noun) continue;
      // Only a name holding the noun itself: not a sentence's subject guessed for it ("Die Gewerkschaft IG BAU rief …").
      const found = bodyNamed(text, word, at, lex, this.personWord, quotes, 'none');
      const name = found?.toLowerCase().includes(word) ? found : null;
      const pos = name ? namedAt(text, name, at) : -1;
      if (name && pos >= 0 && (!best || pos > best.at)) best = { name, at: pos };
    }
    return best?.name ?? null;
  }

  private ofOtherKind(name: string, noun: string): boolean {
    const kindsTold = this.article?.lex.pack.namedBodyNouns;
    if (!this.article || !kindsTold?.includes(noun)) return false;
    const { text, lex } = this.article;
    const first = text.indexOf(name);
    const before = first > 0 ? /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(0, first - KIND_BEFORE_CHARS), first))?.[1] : undefined;
    const kindOf = (n: string): string => lex.pack.bodyKinds?.[n] ?? n;
    const kinds = [...name.split(' '), before ?? '']
      .map((w) => bodyNoun(w, lex))
      .filter((k): k is string => k !== null && kindsTold.includes(k))
      .map(kindOf);
    return kinds.length > 0 && !kinds.includes(kindOf(noun));
  }

  /**
   * The body a spokesperson with none named speaks for: the one opening the
   * sentence before it or its own ("Das Gesundheitsministerium verwies auf …
   * , sagte eine Sprecherin"), else the one that spoke last.
   */
  private spokenForNear(at: number): string | null {
    if (!this.article) return this.lastBody;
    const { text, lex } = this.article;
    const from = Math.max(0, at - OPENING_BODY_CHARS);
    const opening = openingBody(text.slice(from, at), lex);
    // Not one opening a sentence before the body that spoke last ("Ook ProRail … reageert positief. „…“, aldus een woordvoerster").
    const subject = opening && from + opening.at > this.lastBodyAt ? opening.mention : null;
    if (subject?.kind === 'name') return subject.name;
    return subject?.kind === 'body' && subject.noun ? (this.bodyOfKind(subject.noun, at) ?? this.lastBody) : this.lastBody;
  }

  /** Whoever issued a statement at `at` ("X said in a statement") is what a later "the statement said" means, a person too. */
  creditStatement(name: string, at: number): void {
    this.creditBody(name, at, true);
  }

  private creditBody(name: string, at: number, spokenFor = false, bySpokesperson = false): void {
    this.lastBody = name;
    this.lastBodyAt = at;
    this.lastBodySpokenFor = spokenFor;
    this.lastBodyBySpokesperson = bySpokesperson;
  }

  /** `gender`: what the role that credited them marks ("der Angeklagte"), for a person the article marks with none. */
  private credit(name: string, at: number, gender: 'f' | 'm' | null = null): void {
    if (gender && this.genderOf(name) === null) this.genders.set(name, gender);
    this.lastPerson = { name, at, subject: true, quoted: false };
    this.speakers.push(this.lastPerson);
  }
}
