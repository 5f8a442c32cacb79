import { isAmountWord } from './amount-word.js';
import { ELIDED_ARTICLE, ELIDED_PARTICLE_AND_SURNAME, endsWithApostrophe } from './elision.js';
import { countedPeople } from './joint-name.js';
import { lowercaseBodyEndingAt } from './lowercase-body-name.js';
import type { Lexicon } from './lexicon.js';
import { runBeforeSpaces } from './text-end.js';
import { isCapitalized, tokenize } from './tokenize.js';
import { bodyNoun, holdsSpokesperson, isBodyCompound, isSpokesperson, memberAt, plainCase, unnamedSpeaker } from './unnamed-speaker.js';
import { isTitle } from './title-word.js';
import type { Token } from './tokenize.js';
import { memoPerArticle } from './mention-memo.js';

// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
const INITIAL = /^\p{Lu}$/u;
const NUMERAL = /\p{N}/u;

/** Longest stretch of text read for one name with its titles. */
const NAME_PHRASE_CHARS = 160;
/** Most words read for one name with its titles ("Secretary of State for Health and Social Care Wes Streeting"). */
const MAX_PHRASE_WORDS = 14;
/** Longest apposition skipped between a name and its verb. */
const APPOSITION_TOKENS = 10;
/** Longest apposition skipped after a full name ("Ian Hamilton, an expert in … who did not work on the study, told"). */
const LONG_APPOSITION_TOKENS = 40;
const LONG_APPOSITION_CHARS = 320;
/** Words of a subject phrase read for a spokesperson, a body or a role ("een woordvoerder van het ministerie"). */
const CLAUSE_WORDS = 8;

const PRONOUN_PARTS = /\p{L}+/gu;

/** A person pronoun, or a verb form carrying one ("a-t-elle déclaré"), with the gender it marks. */
export function pronounMention(words: string, lex: Lexicon): Mention {
  for (const [w] of words.matchAll(PRONOUN_PARTS)) {
    const gender = lex.pronounGenders.get(w.toLowerCase());
    if (gender) return { kind: 'pronoun', gender };
    if (lex.pluralPronouns.has(w.toLowerCase())) return { kind: 'pronoun', plural: true };
  }
  return { kind: 'pronoun' };
}

/** Who a phrase names: a name, a pronoun, someone unnamed ("a spokesman"), or nobody. */
export type Mention =
  /** `titled`: a title or role came with the name, so even one word is a person ("Kepala BNPB Suharyanto"). */
  /** `spokesperson`: the body's spokesperson speaks ("un porte-parole de X"), whom a gendered pronoun then means. */
  | { kind: 'name'; name: string; titled: boolean; body?: boolean; spokesperson?: boolean }
  /**
   * `bare`: a verb with no subject at all ("…», añadió"): whoever spoke last, a body too.
   * `clitic`: a pronoun marking no gender on the verb ("katanya"): a body's spokesperson too, when one spoke last.
   * `counted`: people counted after their article ("hanno ribadito i due"): never one person nor a body.
   */
  | { kind: 'pronoun'; bare?: boolean; clitic?: boolean; plural?: boolean; counted?: boolean; gender?: 'f' | 'm' }
  /** A role alone ("the mayor", "o ministro"): the person the article gave that role. */
  | { kind: 'role'; title: string }
  /**
   * A body by its common noun ("the ministry", "la empresa"): the one the article named; no noun: the body that spoke last.
   * `namedOnly`: never the bare noun when the article named no such body ("said the company in a statement").
   * `inStatement`: the words came in a statement naming no body ("In una nota … ha ricordato"), no spokesperson said them.
   * `document`: a written piece speaks ("the report says"): the body the article named as its author; `ruling`, a court's ("la sentencia").
   * `held`: a definite spokesperson's word naming no body ("la portavoce degli studenti"): the person the article gave that word, if any.
   */
  | { kind: 'body'; noun: string; namedOnly?: boolean; inStatement?: boolean; document?: boolean; ruling?: boolean; held?: string }
  | { kind: 'unnamed' };

/** How often a phrase occurs in the article as whole words, to tell a name from a place or body before it. */
export interface WordCounts {
  count(phrase: string): number;
  /** True when the phrase opens a sentence somewhere (after a title too: "Dr Azlina berkata"), or follows a speech verb: the subject of its own sentence ("Arief menambahkan", "ucap Agus"). */
  opensSentence(phrase: string): boolean;
  /** True when the phrase stands right before a verb of saying somewhere ("Bagaimanapun, Azhar berkata"): a speaker's own name, wherever the clause starts. */
  saysAlone(phrase: string): boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

const LETTER = /\p{L}/u;
const CLOSING_MARKS = '"”’»';

/** True when `at` starts the text, a line, or a sentence ("…. X", "…?” X"). */
function afterSentenceEnd(text: string, at: number): boolean {
  if (at === 0) return true;
  let i = at - 1;
  if (text[i] === '\n') return true;
  if (!/\s/.test(text[i]!)) return false;
  while (i > 0 && /\s/.test(text[i]!)) {
    if (text[i] === '\n') return true;
    i--;
  }
  if (CLOSING_MARKS.includes(text[i]!)) i--;
  return i >= 0 && '.!?'.includes(text[i]!);
}

/** A connective of a capitalized word and lowercase ones, with its comma, right before a name ("Sementara itu, ", "Por su parte, "). */
const OPENING_CONNECTIVE = /(\p{Lu}\p{L}*)(?:[ \u00A0]+\p{Ll}+){1,2},[ \u00A0]+$/u;

/** True when a connective opening its sentence comes right before `at`: the name after it is the sentence's subject all the same. */
function afterOpeningConnective(text: string, at: number): boolean {
  const m = OPENING_CONNECTIVE.exec(text.slice(Math.max(0, at - 40), at));
  return m !== null && afterSentenceEnd(text, at - m[0].length);
}

/** Text read before a phrase for a speech verb naming it as who spoke. */
const VERB_BEFORE_CHARS = 24;
const WORD_BEFORE = /(\p{L}+)[ \u00A0]+$/u;
const LETTER_ALONE = /\p{L}/u;
const NAME_SPACE = /[ \u00A0]/;
const WORD_AFTER = /^[ \u00A0]+(\p{L}+)/u;

export function countWords(text: string, verbLastWords?: ReadonlySet<string>, titles?: ReadonlySet<string>, verbWords?: ReadonlySet<string>): WordCounts {
  const afterVerb = (at: number): boolean => {
    const word = verbLastWords && runBeforeSpaces(text.slice(Math.max(0, at - VERB_BEFORE_CHARS), at), LETTER_ALONE, NAME_SPACE);
    return word ? verbLastWords.has(word.toLowerCase()) : false;
  };
  const beforeVerb = (end: number): boolean => {
    const word = verbWords && WORD_AFTER.exec(text.slice(end, end + VERB_BEFORE_CHARS))?.[1];
    return word ? verbWords.has(word.toLowerCase()) : false;
  };
  // "Dr Azlina berkata": a name after a title that opens the sentence is still how the person is called.
  const afterOpeningTitle = (at: number): boolean => {
    const before = titles && WORD_BEFORE.exec(text.slice(Math.max(0, at - VERB_BEFORE_CHARS), at));
    return before ? titles.has(before[1]!.toLowerCase()) && afterSentenceEnd(text, at - before[0].length) : false;
  };
  const cache = new Map<string, number>();
  const openers = new Map<string, boolean>();
  const speakers = new Map<string, boolean>();
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
        hit = false;
        // A scan rather than a regex per phrase: this runs for many phrases of every article.
        for (let at = phrase ? text.indexOf(phrase) : -1; at >= 0 && !hit; at = text.indexOf(phrase, at + 1)) {
          if (LETTER.test(text[at + phrase.length] ?? ' ')) continue;
          hit = afterSentenceEnd(text, at) || afterVerb(at) || afterOpeningTitle(at) || afterOpeningConnective(text, at);
        }
        openers.set(phrase, hit);
      }
      return hit;
    },
    saysAlone(phrase: string): boolean {
      let hit = speakers.get(phrase);
      if (hit === undefined) {
        hit = false;
        for (let at = phrase ? text.indexOf(phrase) : -1; at >= 0 && !hit; at = text.indexOf(phrase, at + 1)) {
          if (at === 0 || !LETTER_OR_DIGIT.test(text[at - 1]!)) hit = beforeVerb(at + phrase.length);
        }
        speakers.set(phrase, hit);
      }
      return hit;
    },
  };
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** A lowercase function word joining a title to its department ("ministre de la Défense"); module-level, as the loop asks per title. */
function departmentLink(w: string, lex: Lexicon): boolean {
  return !isCapitalized(w) && lex.stopwords.has(w.toLowerCase()) && !lex.conjunctions.has(w.toLowerCase());
}

/** Ends in 's or ’s (either case). Compared by code, as these checks run for every word of a name phrase. */
function possessive(word: string): boolean {
  const s = word.charCodeAt(word.length - 1);
  return (s === 0x73 || s === 0x53) && isApostrophe(word.charCodeAt(word.length - 2));
}

/** Only I, V and X ("Charles III", "Menteri Kewangan II"): an ordinal, no name. */
function romanNumeral(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code !== 0x49 && code !== 0x56 && code !== 0x58) return false;
  }
  return word.length > 0;
}

function isNameWord(word: string, lex: Lexicon): boolean {
  // The capital asked first: most words have none, and lowercasing each costs.
  if (!isCapitalized(word)) return false;
  const lower = word.toLowerCase();
  return (
    !romanNumeral(word) &&
    !lex.stopwords.has(lower) &&
    // "Dazu sagte …", "Zugleich räumte …": an adverb opening its sentence, capitalized there.
    !lex.sentenceAdverbs.has(lower) &&
    !lex.pronouns.has(lower) &&
    // A preposition opening a sentence ("A De Santis ha risposto …") is to whom, no name; a particle that is one too ("Da Ros") is a name's.
    !(lex.prepositions.has(lower) && !lex.nameParticles.has(lower)) &&
    !lex.calendarNotNames.has(lower) &&
    // Where nouns are capitalized, "Seine Mannschaft" opens with a determiner, no name.
    !(lex.pack.nounsCapitalized && lex.articles.has(lower)) &&
    !isTitle(word, lex) &&
    !possessive(word) &&
    !isAmountWord(word)
  );
}

/**
 * True for a word that is there and a name word. A function of the module, not a closure made per call: tsx (with
 * esbuild's keepNames) names every closure bound to a const as it is made, which cost more than the reading itself here.
 */
function nameWordOrNone(w: string | undefined, lex: Lexicon): boolean {
  return w !== undefined && isNameWord(w, lex);
}

/**
 * True when a calendar word, or a capitalized title where titles are written lowercase, is part of a person's name by the
 * words beside it in a run of capitals: a calendar word between two name words ("Azmi Sabtu Rahim") or closing a name
 * before a comma ("…, Norazam Khamis, berkata"); where titles and dates are lowercase, a capitalized calendar word beside a
 * name word or a title ("Julio Santamarina", "Julio Rey"), and a title after a name word that is no body's noun ("Olaia Rey Mariño").
 */
export function boundInName(prev: string | undefined, word: string, next: string | undefined, lex: Lexicon): boolean {
  if (!isCapitalized(word)) return false;
  const lower = word.toLowerCase();
  const calendar = lex.calendarNotNames.has(lower);
  const lowercase = lex.pack.rolesLowercase === true;
  // "Arief Rahman Hakim, …", "kata Azman Hakim": a title the language's surnames share, closing a name before its comma, is the surname.
  if (!calendar && !lowercase) return next === ',' && nameWordOrNone(prev, lex) && (lex.pack.titleSurnames?.includes(lower) ?? false);
  if (!calendar && !(lowercase && isTitle(word, lex))) return false;
  if (calendar && nameWordOrNone(prev, lex) && (nameWordOrNone(next, lex) || next === ',')) return true;
  if (!lowercase) return false;
  if (calendar)
    return (
      nameWordOrNone(prev, lex) ||
      nameWordOrNone(next, lex) ||
      (next !== undefined && isCapitalized(next) && isTitle(next, lex) && !lex.stopwords.has(next.toLowerCase()))
    );
  const given = nameWordOrNone(prev, lex) || (prev !== undefined && isCapitalized(prev) && lex.calendarNotNames.has(prev.toLowerCase()));
  return given && !lex.bodyWords.has(prev!.toLowerCase());
}

/**
 * True when the capitalized word at `i` follows a lowercase particle after a
 * first name: a surname even when it is also a title ("Femke de Boer",
 * "Peter de Graaf", "Anna de Koning").
 */
function surnameAfterParticle(words: readonly string[], i: number, lex: Lexicon): boolean {
  if (!isCapitalized(words[i]!)) return false;
  // "Dijkhuis-de Boer": the particle ends a double surname's first half.
  const joined = words[i - 1]?.split('-');
  if (joined && joined.length > 1 && lex.nameParticles.has(joined[joined.length - 1]!)) return isCapitalized(joined[0]!);
  let j = i - 1;
  while (j >= 0 && !isCapitalized(words[j]!) && lex.nameParticles.has(words[j]!)) j--;
  // "Stefano Lo Giudice": a capitalized particle between a given name and the word is a surname's too.
  if (j === i - 1 && j >= 1 && lex.nameParticles.has(words[j]!.toLowerCase()) && !lex.pack.nounsCapitalized) j--;
  return j < i - 1 && j >= 0 && isCapitalized(words[j]!) && !isTitle(words[j]!, lex) && !lex.stopwords.has(words[j]!.toLowerCase());
}

/** An organisation's initials ("BPBD", "NATO"): part of a role when a name follows. */
const ACRONYM = /^\p{Lu}{2,}$/u;
/** Longest place name tried at the head of a name ("Amerika Serikat", "Bosnia dan Herzegovina"). */
const MAX_PLACE_WORDS = 3;

/**
 * Where the role ends in a phrase of titles and names: after the last title,
 * possessive, lowercase role word ("chief engineer", "ukrainien") or
 * organisation's initials; a title's department ("ministre de la Défense")
 * belongs to it, and a conjunction right after the role carries it on
 * ("Health and Social Care"), which `joined` reports.
 */
function roleEnd(words: readonly string[], lex: Lexicon): { start: number; joined: boolean } {
  let start = 0;
  let joined = false;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const lower = w.toLowerCase();
    if (i > 0 && i === start && i < words.length - 1 && lex.conjunctions.has(lower)) {
      start = i + 1;
      joined = true;
      continue;
    }
    const lowercaseRole = !isCapitalized(w) && !lex.nameParticles.has(lower) && !lex.stopwords.has(lower) && !elidedSurname(w, lex);
    const acronym = ACRONYM.test(w) && i < words.length - 1;
    const title = isTitle(w, lex) && !surnameAfterParticle(words, i, lex) && !boundInName(words[i - 1], w, words[i + 1] ?? ',', lex);
    if (!title && !possessive(w) && !lowercaseRole && !acronym) continue;
    if (title) {
      // "ministre de la Défense", "presidente del Consiglio": the department belongs to the role.
      let j = i + 1;
      while (j < words.length && j - i <= 2 && departmentLink(words[j]!, lex)) j++;
      if (j > i + 1 && j < words.length && isCapitalized(words[j]!) && !isTitle(words[j]!, lex)) i = j;
    }
    start = i + 1;
    joined = false;
  }
  return { start, joined };
}

/** Drops places heading a run of names ("Ukraina Volodymyr Zelenskyy", "Jawa Tengah Bergas …"), keeping two words. */
function withoutLeadingPlace(run: string[], lex: Lexicon): string[] {
  let from = 0;
  for (let again = true; again;) {
    again = false;
    for (let n = Math.min(MAX_PLACE_WORDS, run.length - from - 2); n >= 1; n--) {
      if (
        !lex.places.has(
          run
            .slice(from, from + n)
            .join(' ')
            .toLowerCase(),
        )
      )
        continue;
      from += n;
      if (run.length - from > 2 && lex.placeEndings.has(run[from]!.toLowerCase())) from++;
      again = true;
      break;
    }
  }
  // An unknown place ending in a compass word: "Nusa Tenggara Timur Viktor Laiskodat".
  for (let k = run.length - 3; k > from; k--) {
    if (lex.placeEndings.has(run[k]!.toLowerCase())) {
      from = k + 1;
      break;
    }
  }
  return run.slice(from);
}

/**
 * True when a lone word after the role is the last word of an organisation's
 * name, not a person: it follows a possessive ("the People’s Daily") or a
 * department word ("High Commissioner for Human Rights").
 */
function tailOfOrganisation(before: string, lex: Lexicon): boolean {
  return possessive(before) || (isCapitalized(before) && !isTitle(before, lex) && !ACRONYM.test(before) && !lex.stopwords.has(before.toLowerCase()));
}

/** True when `word` stands alone elsewhere opening a sentence ("Maruarar mengatakan"): how the person is called. */
function calledAlone(word: string, next: string, counts: WordCounts): boolean {
  return counts.count(word) > counts.count(`${word} ${next}`) && counts.opensSentence(word);
}

/**
 * A full name cut before "van de TU Delft", "von der Deutschen Bahn", "de la
 * Universidad", "van de Erasmus Universiteit": a particle after a first name and a surname that leads to an
 * organisation (initials, a title or a body word), not to the rest of a surname.
 */
function withoutAffiliation(words: readonly string[], lex: Lexicon): readonly string[] {
  if (!words.some((w) => lex.nameParticles.has(w))) return words;
  let names = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // A particle no surname holds in lowercase after two capitalized words ("Giulia Ferrandi del Nursind", "Stefano Lo Giudice della
    // Fials"): where the person works.
    if (i >= 2 && lex.pack.affiliationParticles?.includes(w) && isCapitalized(words[i - 1]!) && isCapitalized(words[i - 2]!)) return words.slice(0, i);
    if (lex.nameParticles.has(w) && names >= 2) {
      let j = i;
      while (j < words.length && lex.nameParticles.has(words[j]!)) j++;
      // Any word up to the next particle: "van de Erasmus Universiteit" ends on the body's noun.
      let k = j;
      while (k < words.length && !lex.nameParticles.has(words[k]!)) k++;
      if (words.slice(j, k).some((next) => ACRONYM.test(next) || isTitle(next, lex) || lex.bodyWords.has(next.toLowerCase()))) return words.slice(0, i);
      // Where nouns are capitalized, "von der" after a given name and a surname leads to where they work ("Markus Bender von der Kanzlei X").
      if (lex.pack.nounsCapitalized && words.slice(i, j).some((p) => lex.articles.has(p))) return words.slice(0, i);
    }
    names = isNameWord(w, lex) ? names + 1 : 0;
  }
  return words;
}

/** True for a surname written after an elided particle: a name word, though it opens in lowercase. */
export function elidedSurname(word: string, lex: Lexicon): boolean {
  const m = ELIDED_PARTICLE_AND_SURNAME.exec(word);
  return m !== null && lex.nameParticles.has(m[1]!) && isNameWord(m[2]!, lex);
}

/** Rejoins an elided particle the tokenizer split off with the surname it belongs to ("d'", "Hoore"). */
function withElidedParticles(words: readonly string[], lex: Lexicon): readonly string[] {
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (prev !== undefined && elidedSurname(prev + w, lex) && endsWithApostrophe(prev)) out[out.length - 1] = prev + w;
    else out.push(w);
  }
  return out;
}

/**
 * The canonical name inside a phrase of titles and names: everything up to the
 * end of the role is dropped ("sekretaris jenderal Nato Mark Rutte", "Nato's
 * Mark Rutte", "chief engineer Maria Costa"), then places heading the name;
 * a leading word of a long run that also occurs on its own in the article is
 * an organisation or place ("Nato", "Ukraina").
 */
export function canonicalName(phrase: readonly string[], lex: Lexicon, counts: WordCounts): string | null {
  let byPhrase = canonicalNames.get(counts);
  if (byPhrase?.lex !== lex) canonicalNames.set(counts, (byPhrase = { lex, names: new Map() }));
  const key = phrase.join('\u0000');
  let name = byPhrase.names.get(key);
  if (name === undefined) byPhrase.names.set(key, (name = phraseName(phrase, lex, counts)));
  return name;
}

/**
 * Each article's canonical names by phrase (its words joined by NUL, which no word holds), for the article's counts:
 * the same phrases come back from every rule that reads a name, and the answer depends on nothing else.
 */
const canonicalNames = new WeakMap<WordCounts, { lex: Lexicon; names: Map<string, string | null> }>();

/*
 * The two readers of a phrase's words below are functions of the module, not closures made per phrase: tsx (with
 * esbuild's keepNames) names every closure bound to a const as it is made, which cost more than reading short phrases.
 */

/** True when `rest[i]`, the word `w`, is part of the name. A phrase reaches here cut where its name ends: a calendar word closing it closes the name. */
function nameWordAt(rest: readonly string[], w: string, i: number, lex: Lexicon): boolean {
  return (
    isNameWord(w, lex) ||
    boundInName(rest[i - 1], w, rest[i + 1] ?? ',', lex) ||
    (isCapitalized(w) && surnameAfterParticle(rest, i, lex)) ||
    (i > 0 && lex.nameParticles.has(rest[i - 1]!.toLowerCase()) && particleSurname(w, lex)) ||
    // "Conseil d'État": after a body's noun, what it is of.
    (elidedSurname(w, lex) && !lex.bodyWords.has(rest[i - 1]?.toLowerCase() ?? ''))
  );
}

/**
 * A surname's particle capitalized at its head ("Van der Berg", "De Vries"). Where nouns are capitalized, a capitalized
 * article opens a noun phrase ("Der Fahrgastverband"), never a surname.
 */
function headParticle(w: string, lex: Lexicon): boolean {
  return isCapitalized(w) && lex.nameParticles.has(w.toLowerCase()) && !(lex.pack.nounsCapitalized && lex.articles.has(w.toLowerCase()));
}

/** What `canonicalName` reads in a phrase, unremembered. */
function phraseName(phrase: readonly string[], lex: Lexicon, counts: WordCounts): string | null {
  const words = withoutAffiliation(withElidedParticles(phrase, lex), lex);
  const { start, joined } = roleEnd(words, lex);
  const rest = words.slice(start);
  let first = rest.findIndex((w, i) => nameWordAt(rest, w, i, lex));
  while (first > 0 && headParticle(rest[first - 1]!, lex)) first--;
  const last = rest.findLastIndex((w, i) => nameWordAt(rest, w, i, lex));
  // Particles inside the name, capitalized or not ("Yannick Le Goff", "Jan van der Berg").
  let run = first < 0 ? [] : rest.slice(first, last + 1).filter((w, k) => nameWordAt(rest, w, first + k, lex) || lex.nameParticles.has(w.toLowerCase()));
  if (run.length === 1 && start > 0 && first === 0 && tailOfOrganisation(words[start - 1]!, lex)) return null;
  // An administrative unit's noun heads a place ("Kecamatan Banyuresmi", "warga Desa Sukamulya"), no one's name: a name starts past the place's word.
  const head = run[0] !== undefined && lex.placeHeads.has(run[0].toLowerCase()) ? 1 : 0;
  if (head || lex.placeHeads.has(words[start + first - 1]?.toLowerCase() ?? '')) run = run.slice(head + 1);
  // "Jan 5", "May 2": a short month name alone is a date, though "Jan van der Berg" and "Theresa May" are names.
  if (run.length === 1 && lex.calendarWords.has(run[0]!.toLowerCase())) return null;
  if (run.length < 3) return run.length ? run.join(' ') : null;
  run = withoutLeadingPlace(run, lex);
  if (joined && run.length > 2) {
    // A title carried on over "dan"/"and" leaves its last words before the
    // name: the name starts where the person is later called alone, else it
    // is the last two words ("… dan Kawasan Permukiman Maruarar Sirait").
    const k = run.slice(0, -1).findIndex((w, i) => calledAlone(w, run[i + 1]!, counts));
    return run.slice(k >= 0 ? k : run.length - 2).join(' ');
  }
  // Drop the longest leading part that also stands on its own elsewhere
  // ("Jawa Barat Dedi Mulyadi"), keeping two words; unless it is how the
  // person is called later ("Arief menambahkan" after "Arief Prasetyo Adi")
  // and the surname is not.
  if (run.length < 3) return run.join(' ');
  const surnameRecurs = counts.count(run[run.length - 1]!) > counts.count(run.join(' '));
  const whole = counts.count(run.join(' '));
  for (let k = run.length - 2; k >= 1; k--) {
    // A name left opening on a conjunction ("e Diego" of "Wellington e Diego") is half of two names, not a name.
    if (lex.conjunctions.has(run[k]!)) continue;
    const prefix = run.slice(0, k).join(' ');
    // Its repeats inside this very name ("Mohd Hisham Mohd Anip") are not standing alone.
    const inside = run.slice(k).filter((_, i) => run.slice(k + i, k + i + k).join(' ') === prefix).length * whole;
    // An initial ("Robert F. Kennedy") never ends an organisation's name.
    const alone = !INITIAL.test(run[k - 1]!) && counts.count(prefix) - inside > counts.count(`${prefix} ${run[k]}`);
    // "Bagaimanapun, Azhar berkata" after "Datuk Azhar Mohd Rafie": a given name the person speaks by is theirs too.
    if (alone && (surnameRecurs || !(counts.opensSentence(prefix) || counts.saysAlone(prefix)))) {
      run.splice(0, k);
      break;
    }
  }
  return run.join(' ');
}

/**
 * True when the words are a person's name ending in a surname after a
 * lowercase particle ("Jan van der Berg", "Ahmed el Idrissi"): complete, so a
 * further particle starts what they are of. A body's name takes several
 * ("Asociación Nacional de Productores de Bebidas").
 */
export function surnameWithParticle(words: readonly string[], lex: Lexicon, after = ''): boolean {
  const last = words[words.length - 1];
  const particle = words.findIndex((w, k) => k > 0 && k < words.length - 1 && lex.nameParticles.has(w));
  // A given name before the particle ("Jan van der Berg"), not a role and its remit ("la deputada do Bloco").
  const given = words[particle - 1];
  return (
    last !== undefined &&
    isCapitalized(last) &&
    given !== undefined &&
    isCapitalized(given) &&
    !isTitle(given, lex) &&
    !words.some((w) => lex.bodyWords.has(w.toLowerCase()) || isBodyCompound(w, lex)) &&
    !(lex.pack.chainedSurnames === true && moreSurnames(after, lex))
  );
}

/**
 * Past any further particles, two capitalized words that are no body's: more surnames ("… dos Santos Pereira"); or one that
 * ends the name, no place nor initials ("María del Carmen Sánchez de la Osa,"), where "de Madrid" or "del PP" are whose.
 */
function moreSurnames(after: string, lex: Lexicon): boolean {
  const words = tokenize(after.slice(0, NAME_PHRASE_CHARS));
  let k = 0;
  while (words[k]?.isWord && lex.nameParticles.has(words[k]!.text)) k++;
  const surname = (t: Token | undefined): boolean => t?.isWord === true && isNameWord(t.text, lex) && !lex.bodyWords.has(t.text.toLowerCase());
  if (!surname(words[k])) return false;
  if (surname(words[k + 1])) return true;
  const last = words[k]!.text;
  return !ACRONYM.test(last) && !lex.places.has(last.toLowerCase()) && (words[k + 1] === undefined || !isCapitalized(words[k + 1]!.text));
}

/** A lowercase preposition cut short by its apostrophe ("all'", "nell'"), not a name's particle ("d'"). */
function elidedPreposition(word: string, lex: Lexicon): boolean {
  if (!isApostrophe(word.charCodeAt(word.length - 1)) || isCapitalized(word)) return false;
  const stem = word.slice(0, -1).toLowerCase();
  return lex.prepositions.has(stem) && !lex.nameParticles.has(stem);
}

/** True for a capitalized function word after a name's particle: the surname it leads to ("ter Haar"), no article where nouns are capitalized. */
export function particleSurname(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return isCapitalized(word) && lex.stopwords.has(lower) && !(lex.pack.nounsCapitalized && lex.articles.has(lower));
}

function isNamePhraseWord(t: Token, lex: Lexicon): boolean {
  if (!t.isWord) return false;
  if (isTitle(t.text, lex) || possessive(t.text)) return true;
  // Particles, elisions, and ordinals of a title ("Menteri Kewangan II").
  const lower = t.text.toLowerCase();
  // "Der Fahrgastverband": a capitalized article where nouns are capitalized opens a noun phrase, no name.
  const article = lex.pack.nounsCapitalized && isCapitalized(t.text) && lex.articles.has(lower);
  if ((lex.nameParticles.has(lower) && !article) || isApostrophe(t.text.charCodeAt(t.text.length - 1)) || romanNumeral(t.text)) return true;
  return isNameWord(t.text, lex);
}

/**
 * A joining word inside a long title, between a title word and a capital:
 * "Secretary of State for Health", "Menteri Perumahan dan Kawasan".
 */
function roleGoesOn(phrase: readonly Token[], t: Token, next: Token | undefined, lex: Lexicon): boolean {
  const prev = phrase[phrase.length - 1];
  const lower = t.text.toLowerCase();
  // After a particle a title word is a surname ("Anna de Boer en …", "Jan de Koning"), no role going on.
  const surname = phrase.length >= 2 && lex.nameParticles.has(phrase[phrase.length - 2]!.text);
  return (
    prev !== undefined &&
    !surname &&
    isTitle(prev.text, lex) &&
    (lex.conjunctions.has(lower) || lex.stopwords.has(lower)) &&
    next !== undefined &&
    isCapitalized(next.text)
  );
}

/**
 * A lowercase role before a name: "chief engineer", "councillor",
 * "ukrainien"; after a title also its links ("présidente du directoire").
 */
function roleWord(t: Token, lex: Lexicon, afterTitle: boolean): boolean {
  const lower = t.text.toLowerCase();
  if (isCapitalized(t.text) || NUMERAL.test(t.text) || lex.calendarWords.has(lower)) return false;
  return afterTitle || !lex.stopwords.has(lower);
}

function titled(phrase: readonly Token[], lex: Lexicon): boolean {
  return phrase.some((t) => isTitle(t.text, lex));
}

/**
 * True when `name` comes after a link inside the role ("du directoire
 * d'Enedis", "da Proteção Civil", "of the World Health Organization"): an
 * organisation, when a name in apposition follows.
 */
function ofOrganisation(phrase: readonly Token[], name: string, lex: Lexicon): boolean {
  const at = phrase.findIndex((t) => t.text === name.split(' ')[0]);
  return phrase.slice(0, at).some((t) => !isCapitalized(t.text) && (lex.stopwords.has(t.text.toLowerCase()) || endsWithApostrophe(t.text)));
}

/** A word whose period does not end the name: an initial ("F.") or an abbreviation ("Jr.", "Dr."). */
function shortened(word: string, lex: Lexicon): boolean {
  return INITIAL.test(word) || lex.abbreviations.has(word.toLowerCase());
}

/** The apostrophe closing a title written with one ("Dato'"), a token of its own before a space. */
function apostropheOfTitle(t: Token, title: Token, lex: Lexicon): boolean {
  return (t.text === "'" || t.text === '’') && title.end === t.start && lex.titles.has(`${title.text}'`.toLowerCase());
}

/** Drops trailing lowercase words (a title word used as a preposition, "dalam"). */
function trimTail(words: Token[]): Token[] {
  let end = words.length;
  while (end > 0 && !isCapitalized(words[end - 1]!.text)) end--;
  return words.slice(0, end);
}

/**
 * True when the word at `i`, or it and the next ("pasangan itu", "the
 * couple"), stand for several people; `pairOnly` asks about the pair alone.
 */
function pluralAt(tokens: readonly Token[], i: number, lex: Lexicon, pairOnly = false): boolean {
  const one = tokens[i]?.text.toLowerCase() ?? '';
  if (!pairOnly && lex.pluralPronouns.has(one)) return true;
  const next = tokens[i + 1];
  return next !== undefined && next.isWord && lex.pluralPronouns.has(`${one} ${next.text.toLowerCase()}`);
}

/** Who is named at the start of `text` ("kata sekretaris jenderal Nato Mark Rutte pada …" after the verb). */
/** Items of a remit listed after a role's comma, up to the conjunction before the last ("Kelautan, dan "): group 1 the first item, 2 the conjunction. */
const REMIT_LIST = /^\s*((?:\p{Lu}[\p{L}'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]*),?\s+(\p{Ll}+)\s+/u;

/** Most words of one item of a remit listed with commas, links between its capitals included ("Segurança Social", "Cohésion des Territoires"). */
const REMIT_ITEM_WORDS = 4;

/**
 * The person named in apposition past a remit's items listed with commas and a conjunction before the last, each item of
 * capitals and their links, the list closed by a comma ("Solidariedade e Segurança Social, Teresa Lopes, …"); null when
 * the words are no such list or no full name follows.
 */
function holderPastRemitList(rest: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const tokens = tokenize(rest.slice(0, NAME_PHRASE_CHARS));
  let k = 0;
  let joined = false;
  for (;;) {
    const start = k;
    while (k < tokens.length && k - start < REMIT_ITEM_WORDS && tokens[k]!.isWord) {
      const w = tokens[k]!.text;
      const link = k > start && !isCapitalized(w) && lex.stopwords.has(w.toLowerCase()) && !lex.conjunctions.has(w.toLowerCase());
      if (!link && (!isCapitalized(w) || isTitle(w, lex))) break;
      k++;
    }
    if (k === start || !isCapitalized(tokens[k - 1]!.text)) return null;
    const next = tokens[k]?.text.toLowerCase() ?? '';
    if (joined || (next !== ',' && !lex.conjunctions.has(next))) break;
    joined = next !== ',';
    k++;
  }
  if (!joined || tokens[k]?.text !== ',') return null;
  const holder = mentionAfter(rest.slice(tokens[k]!.end), lex, counts);
  return holder?.kind === 'name' && !holder.body && holder.name.includes(' ') ? holder : null;
}

/** True when the words open a clause of their own ("while …", ", mentre …"), maybe past a comma. */
export function opensOwnClause(tokens: readonly Token[], lex: Lexicon): boolean {
  const first = tokens[0]?.text === ',' ? tokens[1] : tokens[0];
  return first !== undefined && first.isWord && lex.subordinators.has(first.text.toLowerCase());
}

/** Most lowercase words of a role between a body's name and its member's ("regional organiser"). */
const MEMBER_ROLE_WORDS = 3;

/**
 * A lowercase word of a role ("route director"): no function word nor verb. A function of the module, not a closure made
 * per call: tsx (with esbuild's keepNames) names every closure bound to a const as it is made, which costs more than this.
 */
function roleLike(t: Token, lex: Lexicon): boolean {
  const lower = t.text.toLowerCase();
  return (
    t.isWord &&
    !isCapitalized(t.text) &&
    !lex.stopwords.has(lower) &&
    !lex.prepositions.has(lower) &&
    !lex.complementizers.has(lower) &&
    !lex.subordinators.has(lower) &&
    !lex.verbAtStartRe.test(t.text)
  );
}

/** The full name of a person right past the lowercase role words at `i` ("… route director Callum Reid"), or null. */
function personPastRole(text: string, tokens: readonly Token[], i: number, lex: Lexicon, counts: WordCounts): Mention | null {
  let j = i;
  while (j < tokens.length && j - i < MEMBER_ROLE_WORDS && roleLike(tokens[j]!, lex)) j++;
  const next = tokens[j];
  if (j === i || !next || !isCapitalized(next.text)) return null;
  // A role among the lowercase words: "ha detto Ferracuti lasciando Palazzo Chigi" leaves a place, names no member.
  if (!tokens.slice(i, j).some((t) => isTitle(t.text, lex))) return null;
  const person = mentionAfter(text.slice(next.start), lex, counts);
  return person?.kind === 'name' && !person.body && person.name.includes(' ') ? person : null;
}

/**
 * Past a body's name going on over its link ("Saltby Chamber of Trade", "Friends of the Earth"): where its member's role may
 * start; `i` itself when no link and capitals follow.
 */
function linkedNameEnd(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let j = i;
  while (tokens[j]?.isWord && lex.pack.bodyNameLinks?.includes(tokens[j]!.text.toLowerCase())) {
    let k = j + 1;
    while (tokens[k]?.isWord && lex.articles.has(tokens[k]!.text.toLowerCase())) k++;
    if (!tokens[k] || !isCapitalized(tokens[k]!.text)) break;
    while (tokens[k]?.isWord && isCapitalized(tokens[k]!.text)) k++;
    j = k;
  }
  return j;
}

/** A body's name with the linked capitals that go on with it ("the Refugee Council of Canada"): one body, not its first words. */
function withLinkedName(mention: Mention, tokens: readonly Token[], i: number, lex: Lexicon): Mention {
  const end = linkedNameEnd(tokens, i, lex);
  if (mention.kind !== 'name' || !mention.body || mention.spokesperson || end === i) return mention;
  return { ...mention, name: [mention.name, ...tokens.slice(i, end).map((t) => t.text)].join(' ') };
}

/** How far an age phrase before a name is read. */
const AGE_PHRASE_CHARS = 16;

/** Who is named at the start of `text`, right after a verb of saying or "according to"; read once per text an article asks of. */
export const mentionAfter = memoPerArticle(readMentionAfter);

function readMentionAfter(text: string, lex: Lexicon, counts: WordCounts): Mention | null {
  const tokens = tokenize(text.slice(0, NAME_PHRASE_CHARS));
  // "said that the Russian ministry …": reported content follows, not a speaker.
  if (tokens[0]?.isWord && lex.complementizers.has(tokens[0].text.toLowerCase())) return null;
  // "ha replicato, mentre Bellucci rientrava": a clause of its own follows, whose subject is not who spoke.
  if (opensOwnClause(tokens, lex)) return null;
  let i = 0;
  // Leading articles or prepositions: "said the Kremlin", "kata para analis"; not a capitalized particle opening a surname ("aldus Van Achter").
  while (i < 2 && tokens[i]?.isWord && lex.stopwords.has(tokens[i]!.text.toLowerCase()) && !particleOpensSurname(tokens, i, lex)) {
    if (lex.pronouns.has(tokens[i]!.text.toLowerCase())) return pronounMention(tokens[i]!.text, lex);
    if (pluralAt(tokens, i, lex)) return { kind: 'pronoun', plural: true };
    i++;
  }
  // An age before the name, as an adjective after its article ("die 34-jährige Melanie Roth", "de 52-jarige Piet Smit"): past it, the name.
  const age = tokens[i] && i > 0 ? lex.ageRe.exec(text.slice(tokens[i]!.start, tokens[i]!.start + AGE_PHRASE_CHARS)) : null;
  if (age?.index === 0 && isCapitalized(tokens.find((t) => t.start >= tokens[i]!.start + age[0].length && t.isWord)?.text ?? '')) {
    const end = tokens[i]!.start + age[0].length;
    while (tokens[i] && tokens[i]!.start < end) i++;
  }
  const first = tokens[i];
  if (!first || !first.isWord) return null;
  if (lex.pronouns.has(first.text.toLowerCase())) return pronounMention(first.text, lex);
  if (pluralAt(tokens, i, lex)) return { kind: 'pronoun', plural: true };
  const i0 = i;
  const phrase: Token[] = [];
  let named = false;
  for (; i < tokens.length && phrase.length < MAX_PHRASE_WORDS; i++) {
    const t = tokens[i]!;
    if (t.text === '.' && phrase.length && shortened(phrase[phrase.length - 1]!.text, lex)) continue;
    if (phrase.length && apostropheOfTitle(t, phrase[phrase.length - 1]!, lex)) continue;
    // Initials in brackets inside the role: "Kepala Badan Penanggulangan Bencana Daerah (BPBD) Kota Bekasi".
    if (t.text === '(' && phrase.length && ACRONYM.test(tokens[i + 1]?.text ?? '') && tokens[i + 2]?.text === ')') {
      i += 2;
      continue;
    }
    // A second particle after a surname with one is the body after the name: "Ahmed el Idrissi van de FNV".
    if (
      lex.nameParticles.has(t.text) &&
      surnameWithParticle(
        phrase.map((p) => p.text),
        lex,
        text.slice(t.end),
      )
    )
      break;
    // "afirmó el exfuncionario en conversación con Europa Press": a place preposition before a lowercase noun opens how or where
    // the role spoke, not its remit.
    if (phrase.length && lex.pack.placePrepositions.includes(t.text) && tokens[i + 1]?.isWord && !isCapitalized(tokens[i + 1]!.text)) break;
    // "sagte Brandt der Deutschen Presse-Agentur": where nouns are capitalized, an article after a name is a particle only after
    // another ("von der Leyen"); else it opens to whom the words were said.
    const last = phrase[phrase.length - 1]?.text ?? '';
    if (lex.pack.nounsCapitalized && lex.articles.has(t.text) && isNameWord(last, lex) && !lex.nameParticles.has(last.toLowerCase())) break;
    // "sagte die Angeklagte zu Beginn ihrer Aussage": where nouns are capitalized, the one word after an article is a noun, and a
    // particle after it opens a phrase of its own ("zu Beginn"), not a surname as after a given name ("Friedrich zu Stolberg").
    if (lex.pack.nounsCapitalized && lex.nameParticles.has(t.text) && phrase.length === 1 && i0 > 0 && lex.articles.has(tokens[i0 - 1]!.text.toLowerCase()))
      break;
    // "Kepala Sekolah SMPN 3 Depok": a number after initials numbers the body in the role's remit.
    if (/^\d{1,4}$/.test(t.text) && ACRONYM.test(last) && titled(phrase, lex) && isCapitalized(tokens[i + 1]?.text ?? '')) {
      phrase.push(t);
      continue;
    }
    // "ha dichiarato Boschi all'Ansa": after a name, an elided preposition that is no name's particle opens to whom or where.
    if (named && elidedPreposition(t.text, lex)) break;
    // A particle leads to a surname, one a function word may spell too ("zei Ter Haar", "haar" being "her").
    const surname = phrase.length > 0 && lex.nameParticles.has(last.toLowerCase()) && particleSurname(t.text, lex);
    if (surname || isNamePhraseWord(t, lex)) {
      named ||= surname || isNameWord(t.text, lex);
      phrase.push(t);
    } else if (t.isWord && (roleGoesOn(phrase, t, tokens[i + 1], lex) || (!named && roleWord(t, lex, titled(phrase, lex))))) {
      phrase.push(t);
    } else break;
  }
  // "said GMB regional organiser Tariq Hussain": a body's name, its member's lowercase role, then the member, who speaks.
  const member = named ? personPastRole(text, tokens, linkedNameEnd(tokens, i, lex), lex, counts) : null;
  if (member) return member;
  // "aseguró Rey ante el tribunal": where titles are written lowercase, one capitalized with no article before it is a surname.
  if (lex.pack.rolesLowercase && i0 === 0 && phrase.length === 1 && isCapitalized(phrase[0]!.text) && isTitle(phrase[0]!.text, lex))
    return { kind: 'name', name: phrase[0]!.text, titled: false };
  const role = nounRole(phrase, tokens[i0 - 1], lex);
  const name = canonicalName(
    trimTail(phrase.slice(role)).map((t) => t.text),
    lex,
    counts,
  );
  // A role, then the name in apposition: "dijo el presidente del Gobierno,
  // Pedro Sánchez", "la présidente du directoire d'Enedis, Marianne
  // Laigneau": a name inside the role is its organisation.
  // "l'assessore al Diritto allo studio, dott. Enrico Salvadori": the remit's lowercase words after its capital run on to the comma.
  const commaAt = name && titled(phrase, lex) && ofOrganisation(phrase, name, lex) ? commaAfterRemit(tokens, i, lex) : commaAfterRole(tokens, i, lex);
  const comma = tokens[commaAt];
  // "Kepala Dinas Ketahanan Pangan, Kelautan, dan Pertanian DKI Jakarta Suharini": a remit listed with commas goes on to its last item.
  const listed = comma?.text === ',' && titled(phrase, lex) ? REMIT_LIST.exec(text.slice(comma.end)) : null;
  if (
    listed &&
    lex.conjunctions.has(listed[2]!.toLowerCase()) &&
    listed[1]!
      .trim()
      .split(/\s+/)
      .every((w) => isTitle(w, lex))
  ) {
    const last = mentionAfter(text.slice(comma!.end + listed[0].length), lex, counts);
    if (last?.kind === 'name' && !last.body) return last;
  }
  // "a ministra do Trabalho, Solidariedade e Segurança Social, Teresa Lopes": the remit's items listed on past the comma, then its holder.
  const holder = comma?.text === ',' && titled(phrase, lex) ? holderPastRemitList(text.slice(comma.end), lex, counts) : null;
  if (holder) return holder;
  if (comma?.text === ',' && titled(phrase, lex)) {
    // "kata Kepala BPBD Kota Bekasi, Ahmad Fauzi Rahman": a full name in apposition beats the role's own capitals.
    // Only a name right after the comma, not one deeper in a clause ("disse a prefeita, referindo-se à ponte Dom Bosco").
    const startsName = opensApposedName(tokens[commaAt + 1], lex);
    const apposed =
      startsName && (!name || ofOrganisation(phrase, name, lex) || !isCapitalized(phrase[0]!.text) || isTitle(phrase[0]!.text, lex))
        ? mentionAfter(text.slice(comma.end), lex, counts)
        : null;
    // One word is a person's name there too when it ends the clause ("ujar Kepala Kantor SAR Padang, Rinaldi.").
    const person = apposed?.kind === 'name' && !apposed.body && (apposed.name.includes(' ') || endsClause(text.slice(comma.end), apposed.name, lex));
    if (apposed?.kind === 'name' && (!name || ofOrganisation(phrase, name, lex) || person)) return apposed;
  }
  const remit = comma?.text !== ',' && titled(phrase, lex) ? nameAfterRemit(text, tokens, i, lex, counts) : null;
  if (remit) return remit;
  // Where every noun is capitalized, a body's common noun alone ("hieß es vom Verband") is no name: the body named before is meant.
  // So is a statement or its spokesperson alone ("hieß es in einer Mitteilung"), or a document ("so das Papier").
  const lowerName = name?.toLowerCase() ?? '';
  const bodyNounAlone =
    lex.pack.nounsCapitalized &&
    name !== null &&
    !name.includes(' ') &&
    (bodyNoun(name, lex) !== null || lex.spokespersonWords.has(lowerName) || lex.documentWords.has(lowerName));
  const origin = originEpithet(phrase, tokens[i0 - 1], lex);
  if (origin) return origin;
  // "Fuentes del ministerio público subrayaron": a spokesperson's word capitalized to open its sentence is no name, its body speaks.
  const spokespersonOpening = name !== null && !name.includes(' ') && lex.spokespersonWords.has(lowerName) && !lex.pack.nounsCapitalized;
  if (spokespersonOpening) return clauseBody(tokens, lex);
  // "uma dirigente da Associação X": an unnamed member speaks for the body named after its noun, all of it.
  const memberBody = memberAt(tokens.slice(0, i0 + 1), lex) === i0 ? clauseBody(tokens, lex) : null;
  if (memberBody?.kind === 'name') return memberBody;
  if (name && !bodyNounAlone && !nounAfterArticle(name, phrase, tokens[i0 - 1], lex)) {
    // "una prima stima della Regione", "a report by the World Bank": whose words, not who spoke them.
    // "informou a assessoria de imprensa da Corrida X": unless a spokesperson heads them, who speaks for the body.
    if (sourceOf(phrase, name, lex)) return spokespersonHeading(phrase, lex) ?? { kind: 'name', name, titled: false, body: true };
    const placed = placedRole(phrase, name, lex) ?? epithetRole(phrase, tokens[i], lex);
    if (placed) return placed;
    // "kata jurucakap Jabatan Bomba dan Penyelamat Malaysia": the body a spokesperson speaks for goes on past the conjunction the name stopped at.
    const spokenFor = holdsSpokesperson(phrase, lex) ? clauseBody(tokens, lex) : null;
    if (spokenFor?.kind === 'name' && spokenFor.name.length > name.length && spokenFor.name.includes(name)) return spokenFor;
    // "sagte ein Sprecher des Deutschen Roten Kreuzes": the body a spokesperson speaks for, linked by an article, is all the name.
    const linked = phrase.length > 2 && lex.stopwords.has(phrase[1]!.text.toLowerCase()) ? spokespersonHeading(phrase, lex) : null;
    if (linked) return linked;
    const mention = withLinkedName(namedMention(name, phrase.slice(role), role ? undefined : tokens[i0 - 1], lex), tokens, i, lex);
    return jointWith(mention, text, tokens, i, lex, counts) ?? mention;
  }
  const unnamed = clauseBody(tokens, lex);
  if (unnamed) return unnamed;
  return isCapitalized(first.text) || lex.calendarWords.has(first.text.toLowerCase()) ? null : { kind: 'unnamed' };
}

/**
 * True when the word at `i` is a name's particle written with a capital, before a capital or another particle ("aldus Van
 * Achter", "zegt De Wolf"), where a surname alone capitalizes its particle: it opens that surname.
 */
function particleOpensSurname(tokens: readonly Token[], i: number, lex: Lexicon): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!lex.pack.surnameParticleCapitalized || !isCapitalized(t.text) || !lex.nameParticles.has(t.text.toLowerCase()) || !next?.isWord) return false;
  return isCapitalized(next.text) || lex.nameParticles.has(next.text);
}

/** True when `name` opens `text` and a clause's end follows it: nothing of the sentence goes on with it, and it is no place. */
function endsClause(text: string, name: string, lex: Lexicon): boolean {
  const at = text.indexOf(name);
  return at >= 0 && !text.slice(0, at).trim() && /^\s*(?:[.;:!?]|$)/.test(text.slice(at + name.length)) && !lex.places.has(name.toLowerCase());
}

/** Who the subject phrase opening `tokens` speaks for with no name read: its words up to the first mark. */
function clauseBody(tokens: readonly Token[], lex: Lexicon): Mention | null {
  // A spokesperson's body may have a long name ("a spokesperson for the Swiss Federal Office for the Environment"): read on to its end.
  const opening = tokens.slice(0, CLAUSE_WORDS);
  const clause = tokens.slice(0, holdsSpokesperson(opening, lex) || memberAt(opening, lex) >= 0 ? MAX_PHRASE_WORDS : CLAUSE_WORDS);
  const end = clause.findIndex((t) => !t.isWord);
  return unnamedSpeaker(end < 0 ? clause : clause.slice(0, end), lex);
}

/** The capitalized words closing an apposition after a naming word in it ("yang mahu dikenali sebagai Siti", "who would only be named as Sarah"). */
function namedInApposition(inside: readonly Token[], lex: Lexicon): string | null {
  let start = inside.length;
  while (start > 0 && isNameWord(inside[start - 1]!.text, lex)) start--;
  if (start === inside.length || !inside.slice(0, start).some((t) => t.isWord && lex.namingCues.has(t.text.toLowerCase()))) return null;
  return inside
    .slice(start)
    .map((t) => t.text)
    .join(' ');
}

/** Words of a role read back from its comma for a spokesperson ("Jurucakap syarikat pelaksana projek"). */
const ROLE_BEFORE_COMMA_WORDS = 5;

/**
 * True when the role before the comma at `comma` is a spokesperson's, within its clause, a body's words after it
 * ("Jurucakap syarikat pelaksana projek, Mutiara Rail Consortium"); the word alone before the comma ("Sa porte-parole,
 * Inès Morand") is the name of the spokesperson, a person.
 */
function spokespersonRole(tokens: readonly Token[], comma: number, lex: Lexicon): boolean {
  for (let k = comma - 2; k >= 0 && comma - k <= ROLE_BEFORE_COMMA_WORDS && tokens[k]!.isWord; k--) if (isSpokesperson(tokens[k]!.text, lex)) return true;
  return false;
}

/** "kata pelatih asal Bandung itu", "said the coach in Denver": a name after a place preposition inside a role is where the role is; the role speaks. */
function placedRole(phrase: readonly Token[], name: string, lex: Lexicon): Mention | null {
  const first = name.split(' ')[0]!;
  const at = phrase.findIndex((t) => t.text === first);
  if (at < 2 || !lex.pack.placePrepositions.includes(phrase[at - 1]!.text.toLowerCase())) return null;
  const title = phrase.slice(0, at - 1).find((t) => isTitle(t.text, lex));
  return title ? { kind: 'role', title: title.text.toLowerCase() } : null;
}

/** "ujar mantan Kapolda Jateng itu": a titled phrase closed by a demonstrative is an epithet for someone named before, its capitals the remit. */
function epithetRole(phrase: readonly Token[], next: Token | undefined, lex: Lexicon): Mention | null {
  // "kata jurucakap JKR itu", "kata juru bicara OJK itu": a spokesperson's body is named, not a role.
  if (!next?.isWord || !lex.epithetEnds.has(next.text.toLowerCase()) || holdsSpokesperson(phrase, lex)) return null;
  const title = phrase.find((t) => isTitle(t.text, lex));
  return title ? { kind: 'role', title: title.text.toLowerCase() } : null;
}

/** Tokens of a role's remit read for the comma before the name in apposition. */
const REMIT_TOKENS = 16;
const CLAUSE_END = /^[.;:!?«»"“”„]$/;

/**
 * The full name in apposition after a role whose remit has lowercase words
 * ("il presidente della Società italiana di medicina del Lazio, Giulio
 * Mastrangeli"): only a person's full name right after the comma.
 */
function nameAfterRemit(text: string, tokens: readonly Token[], i: number, lex: Lexicon, counts: WordCounts): Mention | null {
  for (let k = i; k < tokens.length && k < i + REMIT_TOKENS; k++) {
    const t = tokens[k]!;
    if (CLAUSE_END.test(t.text) || (t.isWord && (lex.pronouns.has(t.text.toLowerCase()) || lex.complementizers.has(t.text.toLowerCase())))) return null;
    if (t.text !== ',') continue;
    if (!opensApposedName(tokens[k + 1], lex)) return null;
    const apposed = mentionAfter(text.slice(t.end), lex, counts);
    return apposed?.kind === 'name' && apposed.name.includes(' ') && !apposed.body ? apposed : null;
  }
  return null;
}

/** True when a token may open a name in apposition: a capital, an article or a title ("…, le Dr Paul Vautrin"). */
function opensApposedName(opening: Token | undefined, lex: Lexicon): boolean {
  return (
    opening !== undefined &&
    (isCapitalized(opening.text) || lex.articles.has(opening.text.toLowerCase()) || ELIDED_ARTICLE.test(opening.text) || isTitle(opening.text, lex))
  );
}

/**
 * Where the comma before a name in apposition is: at `i`, or past a second
 * organisation joined to the role's ("i segretari di Fiom-Cgil e Fim-Cisl, …").
 */
function commaAfterRole(tokens: readonly Token[], i: number, lex: Lexicon): number {
  const conjunction = tokens[i];
  if (!conjunction?.isWord || !lex.conjunctions.has(conjunction.text.toLowerCase())) return i;
  let k = i + 1;
  while (tokens[k]?.isWord && isCapitalized(tokens[k]!.text)) k++;
  return k > i + 1 && tokens[k]?.text === ',' ? k : i;
}

/** Most lowercase words closing a remit after its capital ("al Diritto allo studio", "nationale des généralistes libéraux"). */
const REMIT_TAIL_WORDS = 5;

/** The comma after the lowercase words closing a remit from `i` (no verb, no clause opening among them), else `commaAfterRole`'s. */
function commaAfterRemit(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let k = i;
  const remitWord = (t: Token): boolean => {
    const lower = t.text.toLowerCase();
    return t.isWord && !isCapitalized(t.text) && !lex.verbWords.has(lower) && !lex.complementizers.has(lower) && !lex.subordinators.has(lower);
  };
  while (k - i < REMIT_TAIL_WORDS && tokens[k] && remitWord(tokens[k]!)) k++;
  // The body's initials in brackets may close its name ("… des généralistes libéraux (UNGL), le Dr X").
  const initials = k > i && tokens[k]?.text === '(' && ACRONYM.test(tokens[k + 1]?.text ?? '') && tokens[k + 2]?.text === ')' ? k + 3 : k;
  return k > i && tokens[initials]?.text === ',' ? initials : commaAfterRole(tokens, i, lex);
}

/** Words in brackets after a name before its partner's ("Esther Bouma (Financiën) en Youssef Amrani"). */
const ASIDE_TOKENS = 6;

/** One capitalized word, as a given name is written. */
const GIVEN_NAME = /^\p{Lu}\p{Ll}+$/u;

/**
 * Two people speaking together: "Marco Rinaldi e Giulia Ferrante", "Léa
 * Morvan et Thomas Guézennec" are one speaker, named with both full names
 * (a given name alone before the second shares its surname: "Luc et Marie Dartigues").
 * `next` is the token after the first name.
 */
function jointWith(first: Mention, text: string, tokens: readonly Token[], next: number, lex: Lexicon, counts: WordCounts): Mention | null {
  if (first.kind !== 'name' || first.body) return null;
  let j = next;
  if (tokens[j]?.text === '(') {
    const close = tokens.findIndex((t, k) => k > j && t.text === ')');
    if (close < 0 || close - j > ASIDE_TOKENS) return null;
    j = close + 1;
  }
  const conjunction = tokens[j];
  if (!conjunction?.isWord || !lex.conjunctions.has(conjunction.text.toLowerCase())) return null;
  const second = mentionAfter(text.slice(conjunction.end), lex, counts);
  // A given name alone shares the full name's surname ("Luc et Marie Dartigues"); two given names alone are a pair too ("Anna e Marco").
  // Not a span of time where nouns are capitalized ("vier Jahre und drei Monate").
  const given = (name: string): boolean => GIVEN_NAME.test(name) && !lex.durations.has(name.toLowerCase());
  const pairOfGiven = given(first.name) && second?.kind === 'name' && given(second.name);
  if (second?.kind !== 'name' || second.body || (!second.name.includes(' ') && !pairOfGiven) || (!first.name.includes(' ') && !given(first.name))) return null;
  return { kind: 'name', name: `${first.name} ${conjunction.text} ${second.name}`, titled: first.titled || second.titled };
}

/**
 * Two people named together before the verb ("Claire Hollings and Daniel Ashworth, the chief executives, said"): one
 * speaker, as `jointWith` reads them after it. `lead` is the token right before the second's phrase, which opens on its name or
 * a title: a conjunction before other capitals joins parts of a long role ("Deputi Bidang Statistik Distribusi dan Jasa BPS Pudji Ismartini").
 */
function jointBefore(second: Mention, window: string, lead: Token | undefined, lex: Lexicon, counts: WordCounts): Mention {
  if (second.kind !== 'name' || second.body || !second.name.includes(' ') || !lead?.isWord || !lex.conjunctions.has(lead.text.toLowerCase())) return second;
  const first = mentionBefore(window.slice(0, lead.start), lex, counts);
  if (first?.kind !== 'name' || first.body || !first.name.includes(' ') || first.name.split(' ').some((w) => lex.conjunctions.has(w))) return second;
  return { kind: 'name', name: `${first.name} ${lead.text} ${second.name}`, titled: first.titled || second.titled };
}

/** True when a common noun and a link come before the name in the phrase ("stima della Regione"): the name is a body. */
function sourceOf(phrase: readonly Token[], name: string, lex: Lexicon): boolean {
  const at = phrase.findIndex((t) => t.text === name.split(' ')[0]);
  const before = phrase.slice(0, at);
  const link = before.some((t) => lex.prepositions.has(t.text.toLowerCase()));
  // A title heading a lowercase remit, the name right after it, past the initials of its body: the holder
  // ("o professor de políticas educacionais Rodrigo Tavares", "… da UFPR Rodrigo Tavares").
  const initials = ACRONYM.test(before[before.length - 1]?.text ?? '') ? 1 : 0;
  const last = before[before.length - 1 - initials]?.text.toLowerCase() ?? '';
  // Not a body's noun there, which the name goes with ("président du groupe Rennes Avenir").
  const remit = initials
    ? lex.prepositions.has(last)
    : !isCapitalized(last) && !lex.stopwords.has(last) && !lex.prepositions.has(last) && !lex.bodyWords.has(last);
  if (isTitle(before[0]?.text ?? '', lex) && last !== '' && remit) return false;
  return (
    link &&
    before.some(
      (t) => !isCapitalized(t.text) && !isTitle(t.text, lex) && !lex.stopwords.has(t.text.toLowerCase()) && !lex.prepositions.has(t.text.toLowerCase()),
    )
  );
}

/** A capitalized noun after an article where every noun is capitalized ("der Trainer", "dem Spiel"): it names no one. */
/**
 * Where the person's name starts past a noun heading it, where every noun is
 * capitalized: an article, a noun (past its adjectives), then a first name and
 * a surname ("der Hafenlogistiker Thomas Brandt"); else 0.
 */
function nounRole(phrase: readonly Token[], lead: Token | undefined, lex: Lexicon): number {
  const names = phrase.filter((t) => isNameWord(t.text, lex)).length;
  // Past lowercase adjectives before the noun ("der vorläufige Insolvenzverwalter Markus Bender").
  const noun = phrase.findIndex((t) => isCapitalized(t.text));
  return lex.pack.nounsCapitalized &&
    lead !== undefined &&
    lex.articles.has(lead.text.toLowerCase()) &&
    names >= 3 &&
    noun >= 0 &&
    phrase.slice(0, noun).every((t) => !lex.stopwords.has(t.text.toLowerCase())) &&
    isNameWord(phrase[noun]!.text, lex) &&
    !isBodyCompound(phrase[noun]!.text, lex)
    ? noun + 1
    : 0;
}

/**
 * "zegt de Malinese spits", "said the French minister": after a definite
 * article, one capitalized word of origin and a lowercase role closing the
 * phrase is an epithet for someone named before, not a name. Only where
 * nouns are not capitalized.
 */
function originEpithet(phrase: readonly Token[], lead: Token | undefined, lex: Lexicon): Mention | null {
  if (lex.pack.nounsCapitalized || !lead || !lex.articles.has(lead.text.toLowerCase()) || lex.indefiniteArticles.has(lead.text.toLowerCase())) return null;
  const [origin, ...role] = phrase;
  if (!origin || !role.length || !isCapitalized(origin.text) || isTitle(origin.text, lex) || lex.nameParticles.has(origin.text.toLowerCase())) return null;
  if (!role.every((t) => !isCapitalized(t.text) && isTitle(t.text, lex))) return null;
  return { kind: 'role', title: role[role.length - 1]!.text.toLowerCase() };
}

function nounAfterArticle(name: string, phrase: readonly Token[], lead: Token | undefined, lex: Lexicon): boolean {
  return lex.pack.nounsCapitalized && lead !== undefined && lex.articles.has(lead.text.toLowerCase()) && !name.includes(' ') && !titled(phrase, lex);
}

/**
 * A named mention; a name after an article with no title ("the Kremlin",
 * "the Doobie Brothers") is a body, never what a later "he" means.
 */
function namedMention(name: string, phrase: readonly Token[], lead: Token | undefined, lex: Lexicon): Mention {
  // "Bank Negara Malaysia", "Polis Diraja Malaysia": a body word heads a phrase ending in a place; the whole phrase is the body.
  const head = phrase[0];
  if (head && phrase.length > 1 && isCapitalized(head.text) && lex.bodyWords.has(head.text.toLowerCase()) && lex.places.has(name.toLowerCase())) {
    return {
      kind: 'name',
      name: trimTail([...phrase])
        .map((t) => t.text)
        .join(' '),
      titled: false,
      body: true,
    };
  }
  // "eine Sprecherin der Bahn", "o porta-voz da Petrobras": the name is the body spoken for.
  // The word alone ("In einer Stellungnahme hieß es"), where nouns are capitalized, names no body: the one spoken for before.
  if (holdsSpokesperson(phrase, lex))
    return lex.pack.nounsCapitalized && isSpokesperson(name, lex)
      ? { kind: 'body', noun: '' }
      : { kind: 'name', name, titled: false, body: true, spokesperson: true };
  // "Police Scotland", "Leeds City Council": a body's common noun inside the name makes it a body's, what "a spokesperson" later means.
  if (name.includes(' ') && name.split(' ').some((w) => lex.bodyWords.has(w.toLowerCase()) || isBodyCompound(w, lex))) {
    // After an oblique article, as it reads as a subject ("hieß es aus dem Kommunalen Arbeitgeberverband").
    const words = name.split(' ');
    plainCase(words, lead, lex);
    return { kind: 'name', name: words.join(' '), titled: false, body: true };
  }
  const isTitled = titled(phrase, lex);
  // "les riverains Anne Leroy", "i residenti Anna Leone": a common noun for people before a full name.
  const at = phrase.findIndex((t) => t.text === name.slice(0, name.indexOf(' ')));
  const nounBefore = at > 0 && phrase.slice(0, at).every((t) => !isCapitalized(t.text) && !lex.bodyWords.has(t.text.toLowerCase()));
  const body = !isTitled && !(name.includes(' ') && nounBefore) && lead !== undefined && lex.articles.has(lead.text.toLowerCase());
  if (!body) return { kind: 'name', name, titled: isTitled };
  // In the form it has without its article ("der Deutsche Wetterdienst" → "Deutscher Wetterdienst").
  const words = name.split(' ');
  plainCase(words, lead, lex);
  return { kind: 'name', name: words.join(' '), titled: false, body };
}

/**
 * The name of an apposition that is only a title and a full name ("O
 * porta-voz da Defesa Civil, o tenente-coronel Rafael Schmitt, alertou"): the
 * person speaks, not the body of the role before it.
 */
function titledNameAlone(apposition: readonly Token[], lex: Lexicon): string | null {
  // The periods of abbreviated titles ("Prof. Dr. Hendra Gunawan Saputra").
  const inside = apposition.filter((t, k) => !(t.text === '.' && k > 0 && shortened(apposition[k - 1]!.text, lex)));
  let k = 0;
  while (k < inside.length && lex.articles.has(inside[k]!.text.toLowerCase())) k++;
  const titleFrom = k;
  // A word that is a title only with the next one ("Tan Sri", where Tan alone is a surname).
  const pairedTitle = (j: number): boolean => j + 1 < inside.length && lex.titles.has(`${inside[j]!.text} ${inside[j + 1]!.text}`.toLowerCase());
  while (k < inside.length && (isTitle(inside[k]!.text, lex) || pairedTitle(k))) k++;
  const name = inside.slice(k);
  if (k === titleFrom || name.length < 2) return null;
  // "warga Kecamatan Bener": an administrative unit's noun heads a place, where the title's holder lives, not who they are.
  if (lex.placeHeads.has(name[0]!.text.toLowerCase())) return null;
  return name.every((t) => isNameWord(t.text, lex) || lex.nameParticles.has(t.text.toLowerCase())) ? name.map((t) => t.text).join(' ') : null;
}

/**
 * The body a spokesperson a few words before the name speaks for ("Een
 * woordvoerder van de gemeente Rotterdam laat weten"): the name ends the
 * body's, it is not a person.
 */
function spokespersonBefore(tokens: readonly Token[], i: number, lastIndex: number, lex: Lexicon): Mention | null {
  let from = i;
  while (from >= 0 && i - from < CLAUSE_WORDS && tokens[from]!.isWord && !isSpokesperson(tokens[from]!.text, lex)) from--;
  if (from < 0 || !tokens[from]!.isWord || !isSpokesperson(tokens[from]!.text, lex) || from === i) return null;
  const body = unnamedSpeaker(tokens.slice(from, lastIndex + 1), lex);
  return body?.kind === 'name' ? body : null;
}

/**
 * The body a spokesperson heading the phrase speaks for ("Jurucakap Agensi
 * Antidadah Kebangsaan (AADK) Johor"): its name, not the place after it.
 */
function spokespersonHeading(phrase: readonly Token[], lex: Lexicon): Mention | null {
  if (!phrase.length || !isSpokesperson(phrase[0]!.text, lex)) return null;
  // The initials after the name and what follows them are no part of it.
  const initials = phrase.findIndex((t, k) => k >= 2 && ACRONYM.test(t.text) && phrase.slice(1, k).some((w) => isCapitalized(w.text)));
  const body = unnamedSpeaker(initials < 0 ? phrase : phrase.slice(0, initials), lex);
  // Or a body by its common noun ("Fuentes de la Fiscalía"): the spokesperson word opening the sentence is no surname there.
  return body?.kind === 'name' || (body?.kind === 'body' && body.noun !== '') ? body : null;
}

/** Function words between a subject pronoun and the role it is given ("yang juga"). */
const PRONOUN_LINK_WORDS = 2;

/**
 * "Beliau yang juga Menteri Peralihan Tenaga berkata": a pronoun opening the
 * clause, a few function words (no conjunction or preposition), then the role
 * at `roleAt`: the role is said of the pronoun, who speaks.
 */
function pronounOpening(tokens: readonly Token[], roleAt: number, lex: Lexicon): Mention | null {
  let k = roleAt - 1;
  while (k >= 0 && roleAt - 1 - k < PRONOUN_LINK_WORDS && tokens[k]!.isWord) {
    const lower = tokens[k]!.text.toLowerCase();
    if (lex.pronouns.has(lower) || !lex.stopwords.has(lower) || lex.conjunctions.has(lower) || lex.prepositions.has(lower)) break;
    k--;
  }
  const pronoun = tokens[k];
  if (k === roleAt - 1 || !pronoun?.isWord || !lex.pronouns.has(pronoun.text.toLowerCase())) return null;
  return k === 0 || !tokens[k - 1]!.isWord ? pronounMention(pronoun.text, lex) : null;
}

/**
 * A body's name that a conjunction joins, read back from the conjunction at `i` to the body's noun heading it and on to
 * the capitals after it ("Dalam satu kenyataan, Kementerian Sumber Asli dan Kelestarian Alam memaklumkan"); null when no
 * body's noun heads the capitals before the conjunction, a spokesperson speaks for it (read as theirs), or a title
 * after the conjunction heads a person's name.
 */
function bodyOverConjunction(tokens: readonly Token[], i: number, lex: Lexicon): Mention | null {
  const conjunction = tokens[i];
  if (!conjunction?.isWord || !lex.conjunctions.has(conjunction.text.toLowerCase())) return null;
  // Function words written capitalized inside the name too ("Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup").
  const capital = (t: Token | undefined): boolean => t !== undefined && t.isWord && isCapitalized(t.text);
  let k = i;
  while (k > 0 && capital(tokens[k - 1])) k--;
  let end = i;
  while (capital(tokens[end + 1])) end++;
  const head = tokens.slice(k, i).findIndex((t) => lex.bodyWords.has(t.text.toLowerCase()));
  if (head < 0 || end === i || tokens.slice(Math.max(0, k - 1), k + head).some((t) => t.isWord && isSpokesperson(t.text, lex))) return null;
  // A title heading a name after the conjunction ("Persatuan Ibu Bapa dan Guru Nasional Prof Dr Azlina Mat Saad"): the person speaks.
  const after = tokens.slice(i + 1, end + 1);
  if (after.some((t, j) => isTitle(t.text, lex) && after[j + 1] !== undefined && isNameWord(after[j + 1]!.text, lex))) return null;
  const name = tokens
    .slice(k + head, end + 1)
    .map((t) => t.text)
    .join(' ');
  return { kind: 'name', name, titled: false, body: true };
}

/** A phrase of capitals a body's noun heads and a conjunction joins, read as a role's title: the body's name. */
function joinedBody(phrase: readonly Token[], lex: Lexicon): Mention | null {
  const head = phrase.findIndex((t) => lex.bodyWords.has(t.text.toLowerCase()));
  const conjunction = phrase.findIndex((t, j) => j > head && lex.conjunctions.has(t.text.toLowerCase()));
  if (head < 0 || conjunction < 0 || phrase.slice(0, head + 1).some((t) => isSpokesperson(t.text, lex))) return null;
  // A spokesperson closing it speaks for the body ("a Department of Health and Social Care spokesperson").
  const spokesperson = isSpokesperson(phrase[phrase.length - 1]!.text, lex);
  const after = phrase.slice(conjunction + 1, spokesperson ? -1 : undefined);
  if (!after.length || after.some((t, j) => isTitle(t.text, lex) && after[j + 1] !== undefined && isNameWord(after[j + 1]!.text, lex))) return null;
  const name = phrase
    .slice(head, spokesperson ? -1 : undefined)
    .map((t) => t.text)
    .join(' ');
  return { kind: 'name', name, titled: false, body: true, ...(spokesperson ? { spokesperson } : {}) };
}

/**
 * True when the phrase is a particle that is also a preposition and one noun, where nouns are capitalized, with no given
 * name before it and not seen again in the article ("hatte zu Prozessbeginn erklärt"): a phrase of time or place, no
 * surname ("Karl zu Stolberg", later "zu Stolberg").
 */
function prepositionalParticle(phrase: readonly Token[], lex: Lexicon, counts: WordCounts): boolean {
  const [particle, noun] = phrase;
  return (
    lex.pack.nounsCapitalized &&
    phrase.length === 2 &&
    particle !== undefined &&
    noun !== undefined &&
    !isCapitalized(particle.text) &&
    lex.prepositions.has(particle.text) &&
    counts.count(`${particle.text} ${noun.text}`) < 2
  );
}

/** True when the tokens before the comma at `j` end in an affiliation set off by commas, a preposition opening it (", da Vara Y"). */
function affiliationBefore(tokens: readonly Token[], j: number, lex: Lexicon): boolean {
  let k = j - 1;
  while (k >= 0 && j - k <= APPOSITION_TOKENS && tokens[k]!.text !== ',') k--;
  return k > 0 && tokens[k]!.text === ',' && lex.prepositions.has(tokens[k + 1]?.text.toLowerCase() ?? '');
}

/** Who is named at the end of `text`, right before a verb of saying ("Tetapi Rutte juga" before "mengatakan"); read once per text an article asks of. */
export const mentionBefore = memoPerArticle(readMentionBefore);

function readMentionBefore(text: string, lex: Lexicon, counts: WordCounts): Mention | null {
  // A name and its titles fit in the last few words.
  const window = text.slice(-LONG_APPOSITION_CHARS);
  const tokens = tokenize(window);
  let i = tokens.length - 1;
  while (i >= 0 && tokens[i]!.isWord && lex.fillers.has(tokens[i]!.text.toLowerCase())) i--;
  // "jurucakap Tenaga Nasional Berhad (TNB) berkata": the initials repeat the name before them.
  if (tokens[i]?.text === ')' && ACRONYM.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text === '(') i -= 3;
  if (tokens[i]?.text === '.' && tokens[i - 1] && shortened(tokens[i - 1]!.text, lex)) i--;
  // An apposition between the name and the verb: "Smith, the mayor, said", "Smith, 45, said".
  // A name in apposition after its role is the name itself: "La ministra de Defensa, Margarida Blasco, anunció".
  // An age in brackets after the name: "Pak Darsono (58), mengaku".
  if (tokens[i]?.text === ',' && tokens[i - 1]?.text === ')' && /^\d{1,3}$/.test(tokens[i - 2]?.text ?? '') && tokens[i - 3]?.text === '(') i -= 4;
  if (tokens[i]?.text === ',') {
    let j = i - 1;
    while (j >= 0 && i - j <= LONG_APPOSITION_TOKENS && tokens[j]!.text !== ',') j--;
    const inside = tokens.slice(j + 1, i);
    // A title closing given names is a surname ("Antonio José Rey"): where nouns are lowercase, titles come before names.
    const surnameTitle = (t: Token, k: number): boolean =>
      !lex.pack.nounsCapitalized && k >= 2 && k === inside.length - 1 && isCapitalized(t.text) && inside.slice(0, k).every((w) => isNameWord(w.text, lex));
    const isName =
      inside.length > 0 &&
      inside.every(
        (t, k) =>
          isNameWord(t.text, lex) ||
          lex.nameParticles.has(t.text) ||
          surnameTitle(t, k) ||
          boundInName(inside[k - 1]?.text, t.text, inside[k + 1]?.text ?? ',', lex),
      );
    // "Seorang jururawat …, yang hanya mahu dikenali sebagai Siti, berkata": the name an apposition gives after a naming word is the subject's.
    const given = namedInApposition(inside, lex);
    if (given) return { kind: 'name', name: given, titled: true };
    // "Jurucakap syarikat pelaksana projek, Mutiara Rail Consortium, berkata": a name in apposition to a spokesperson is the body they speak for.
    if (isName && j > 0 && spokespersonRole(tokens, j, lex))
      return { kind: 'name', name: inside.map((t) => t.text).join(' '), titled: false, body: true, spokesperson: true };
    if (isName && inside.some(surnameTitle)) return { kind: 'name', name: inside.map((t) => t.text).join(' '), titled: true };
    // "A juíza X, da Vara Y, que autorizou as prisões, escreveu": a relative clause after the person and their affiliation
    // tells what the person did; the words up to its comma name the subject, as if the verb followed them.
    const relative =
      inside[0] !== undefined && (lex.pack.relativePronouns?.includes(inside[0].text.toLowerCase()) ?? false) && affiliationBefore(tokens, j, lex);
    const subject = relative ? mentionBefore(window.slice(0, tokens[j]!.end), lex, counts) : null;
    if (subject?.kind === 'name' && !subject.body && subject.name.includes(' ')) return subject;
    const titledName = titledNameAlone(inside, lex);
    if (titledName) return { kind: 'name', name: titledName, titled: true };
    if (isName) i--;
    else if (j > 0 && tokens[j]!.text === ',' && i - j <= APPOSITION_TOKENS) {
      i = j - 1;
      // "Emma Walsh, 34, from Hull, said": a bare age set off before that apposition; "Siti Maimunah (52), pemilik …, mengatakan": one in brackets.
      if (/^\d{1,3}$/.test(tokens[i]?.text ?? '') && tokens[i - 1]?.text === ',') i -= 2;
      else if (tokens[i]?.text === ')' && /^\d{1,3}$/.test(tokens[i - 1]?.text ?? '') && tokens[i - 2]?.text === '(') i -= 3;
    } else if (j > 0 && tokens[j]!.text === ',') {
      // A long apposition ("Ian Hamilton, an expert in … at the University of York, told"): only after a full name.
      const named = mentionBefore(window.slice(0, tokens[j]!.start), lex, counts);
      if (named?.kind === 'name' && named.name.includes(' ')) return named;
    }
  }
  const last = tokens[i];
  if (!last || !last.isWord) return null;
  const lastIndex = i;
  if (lex.pronouns.has(last.text.toLowerCase())) return pronounMention(last.text, lex);
  // "the two bosses said", "les deux élus ont …": people counted, the ones named together before.
  if (pluralAt(tokens, i, lex) || (i > 0 && pluralAt(tokens, i - 1, lex, true)) || countedPeople(tokens, i, lex)) return { kind: 'pronoun', plural: true };
  const phrase: Token[] = [];
  for (; i >= 0 && phrase.length < MAX_PHRASE_WORDS; i--) {
    const t = tokens[i]!;
    const before = tokens[i - 1];
    // "Robert F. Kennedy Jr.", "Dr. Smith": the period of an initial or an abbreviation.
    if (t.text === '.' && before && shortened(before.text, lex)) continue;
    if (before && apostropheOfTitle(t, before, lex)) continue;
    // Initials in brackets belong to the role: "Kepala Badan … (BNPB) Suharyanto".
    if (t.text === ')' && phrase.length && before && ACRONYM.test(before.text) && tokens[i - 2]?.text === '(') {
      phrase.unshift(before);
      i -= 2;
      continue;
    }
    const bound = t.isWord && boundInName(before?.text, t.text, tokens[i + 1]?.text, lex);
    if (!isNamePhraseWord(t, lex) && !bound && !(before && t.isWord && roleGoesOn([before], t, phrase[0], lex))) break;
    phrase.unshift(t);
  }
  // "La préfecture de la Manche a indiqué": the capitals close a body's name in lowercase words, not a name of their own.
  const lowercaseBody = phrase.length ? lowercaseBodyEndingAt(tokens, lastIndex, lex) : null;
  if (lowercaseBody) return lowercaseBody;
  // "Kementerian Sumber Asli dan Kelestarian Alam memaklumkan": a body's name goes on back over a conjunction to its noun,
  // or the phrase read holds it all, a conjunction carrying a title on ("Kementerian Perdagangan Dalam Negeri dan Kos Sara Hidup").
  const overConjunction = bodyOverConjunction(tokens, i, lex) ?? joinedBody(phrase, lex);
  if (overConjunction) return overConjunction;
  // "one user on Weibo posted", "an analyst at Stratfor said": a place or
  // body after a preposition is not who speaks.
  const lead = tokens[i];
  const leadLower = lead?.isWord ? lead.text.toLowerCase() : '';
  // "Professor Mark Evans of Imperial College London said": the body after the link is the person's affiliation; they speak.
  // Not when a lowercase role there names its holder ("Saltby Chamber of Trade chair Martin Oduya said"): the holder speaks.
  const memberNamed = phrase.some(
    (t, k) => k > 0 && !isCapitalized(t.text) && isTitle(t.text, lex) && phrase.slice(k + 1).some((n) => isNameWord(n.text, lex)),
  );
  if (phrase.length && lead && lex.pack.bodyNameLinks?.includes(leadLower) && !memberNamed) {
    const person = mentionBefore(window.slice(0, lead.start), lex, counts);
    if (person?.kind === 'name' && !person.body && person.name.includes(' ')) return person;
    // "The Refugee Council of Canada said": a body's name goes on over the link.
    if (person?.kind === 'name' && person.body && !person.spokesperson && phrase.every((t) => isCapitalized(t.text) && !isTitle(t.text, lex)))
      return { ...person, name: [person.name, lead.text, ...phrase.map((t) => t.text)].join(' ') };
  }
  // Unless a spokesperson speaks for it ("a spokesperson for the Association of British Insurers said").
  if (phrase.length && (lex.prepositions.has(leadLower) || prepositionalParticle(phrase, lex, counts)) && !titled(phrase, lex))
    return spokespersonBefore(tokens, i, lastIndex, lex) ?? { kind: 'unnamed' };
  const titleAt = phrase.findIndex((t) => isTitle(t.text, lex) && !lex.stopwords.has(t.text.toLowerCase()));
  const opener = titleAt >= 0 ? pronounOpening(tokens, i + 1 + titleAt, lex) : null;
  if (opener) return opener;
  const role = nounRole(phrase, lead, lex);
  const name = canonicalName(
    phrase.slice(role).map((t) => t.text),
    lex,
    counts,
  );
  // A capitalized noun after an article where every noun is capitalized ("der Trainer", "die Polizei") names no one.
  if (name && !nounAfterArticle(name, phrase, lead, lex))
    return (
      spokespersonBefore(tokens, i, lastIndex, lex) ??
      spokespersonHeading(phrase, lex) ??
      jointBefore(
        namedMention(name, phrase.slice(role), role ? undefined : lead, lex),
        window,
        phrase[0] && (phrase[0].text === name.split(' ')[0] || isTitle(phrase[0].text, lex)) ? lead : undefined,
        lex,
        counts,
      )
    );
  // The subject phrase's words, over a body's initials in brackets ("Kementerian Pendidikan (KPM) dalam satu kenyataan").
  const clause: Token[] = [];
  for (let k = lastIndex; k >= 0 && clause.length < CLAUSE_WORDS; k--) {
    const t = tokens[k]!;
    if (t.text === ')' && ACRONYM.test(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.text === '(') k -= 2;
    else if (t.isWord) clause.unshift(t);
    else break;
  }
  const unnamed = unnamedSpeaker(clause, lex);
  if (unnamed) return unnamed;
  return isCapitalized(last.text) ? null : { kind: 'unnamed' };
}
