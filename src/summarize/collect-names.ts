import { LOWERCASE_CHAR, WORD_CHAR, WORD_CHAR_BEHIND } from './ascii-first.js';
import { apposedPeople } from './apposed-person.js';
import { pronounTaken, withGivenNameOpeners, withSurnameSubjects } from './later-sightings.js';
import { matchesOf } from './lexicon.js';
import type { Lexicon } from './lexicon.js';
import { LETTER, LETTER_OR_MARK, NAME_SPACE, SPACE } from './name-sighting.js';
import type { NameSighting, Span } from './name-sighting.js';
import { opensClause } from './opens-clause.js';
import { organisation, personAfterRemit } from './organisation-run.js';
import { boundInName, canonicalName, particleSurname, surnameWithParticle } from './speaker-name.js';
import type { WordCounts } from './speaker-name.js';
import { runBeforeSpaces } from './text-end.js';
import { isTitle } from './title-word.js';
import { isCapitalized } from './tokenize.js';
import { isBodyCompound } from './unnamed-speaker.js';

export const SHOUTED = /^\p{Lu}{2,}$/u;

/** Text read after a name for the age the article gives the person. */
export const AGE_CHARS = 20;

/** An age right after a name: "Sumiati (56)", "Tan, 51,". */
export const AGE_AFTER = /^(?:\s*\(\d{1,3}\)|,\s*\d{1,3},)/;

/** A lone word (no capitalized word just before it) with an age after it. */
const AGED_WORD = /(?<![\p{L}\p{M}'’-])(?<!\p{Lu}[\p{L}\p{M}'’-]*[ \u00A0]+)(\p{Lu}[\p{L}\p{M}'’-]+)(?=\s*\(\d{1,3}\)|,\s*\d{1,3},)/uy;

/** AGED_WORD's age from its bracket or comma (the spaces before a bracket read back): a scan for this cheap regex, then AGED_WORD tried only at the word before each, not at every offset of the article. */
const AGE_ANYWHERE = /\(\d{1,3}\)|,\s*\d{1,3},/g;

/** A character of the word read right before a run of capitals: digits, or a number's word. */
const LETTER_OR_DIGIT = /[\p{L}\d]/u;

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

/** A title that marks a person's gender and is no article ("Pak", "Encik", "Mrs", not "la"). */
function courtesyTitle(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lex.genderCues.has(lower) && isTitle(word, lex) && !lex.articles.has(lower);
}

/** One capitalized word set off by commas right after a run ("…, Sutrisno, menilai"). */
const APPOSED_WORD = /^,[ \u00A0]*(\p{Lu}\p{Ll}+)[ \u00A0]?,/u;

const APPOSED_CHARS = 40;

/** A word's end and the space before an opening bracket: the brackets follow a name. */
const WORD_BEFORE_BRACKET = /\p{L}[ \u00A0]?$/u;

/** Capitalized words filling brackets right after a name ("Hubert Brenner (Freie Wähler)"): the person's party or body, no one's name. */
function bracketedAffiliation(text: string, at: number, end: number): boolean {
  return text[at - 1] === '(' && text[end] === ')' && WORD_BEFORE_BRACKET.test(text.slice(Math.max(0, at - 3), at - 1));
}

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
  // The run's words, where its current name starts and where reading has got to: set for each run below, and read by
  // `flush`, made once per article rather than once per run (tsx's keepNames names every closure bound to a const as it is made).
  let words: string[] = [];
  let at = 0;
  let offset = 0;
  const flush = (): void => {
    // One word set off by commas right after a title and its remit is the person holding it ("Ketua Asosiasi …, Sutrisno, menilai").
    const apposed = words.length >= 2 && isTitle(words[0]!, lex) ? APPOSED_WORD.exec(text.slice(offset, offset + APPOSED_CHARS)) : null;
    const held = apposed?.[1]?.toLowerCase() ?? '';
    if (apposed && !lex.stopwords.has(held) && !isTitle(apposed[1]!, lex) && !lex.places.has(held) && !lex.bodyWords.has(held)) {
      const where = offset + apposed[0].indexOf(apposed[1]!);
      if (!quoted(where)) out.push({ name: apposed[1]!, at: where, subject: true, quoted: false });
    }
    // Where every noun is capitalized, the word after an article is a noun, not a first name: "der Hafenlogistiker Thomas Brandt";
    // past the sentence's opening, two words are a noun and a name, no person ("aus dem Ortsteil Wiesental", "des Möbelhändlers
    // Kranz"), where a subject opening it is a body's name ("Die Stadtwerke Halden"). A body's noun heads the body's name instead:
    // "der Fahrgastverband Pro Bahn".
    const article = lex.pack.nounsCapitalized && words.length >= 2 ? runBeforeSpaces(text.slice(Math.max(0, at - 12), at), LETTER, SPACE) : undefined;
    if (article !== undefined && lex.articles.has(article.toLowerCase()) && (words.length >= 3 || !isCapitalized(article))) {
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
    // Where every noun is capitalized, a run ending on a plural of people is a noun phrase ("Betroffene Haushalte"), no one's name.
    const people = lex.pack.nounsCapitalized && lex.peopleWords.has(words[words.length - 1]?.toLowerCase() ?? '');
    if (
      words.length >= 2 &&
      !bodyName &&
      !people &&
      !bracketedAffiliation(text, at, offset) &&
      !organisation(text, at, offset, lex) &&
      !afterAmount(text, at, lex)
    ) {
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
  for (const m of matchesOf(lex.nameRunRe, text)) {
    words = [];
    at = m.index;
    offset = m.index;
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
      // A particle leads to a surname, one a function word may spell too ("Erwin ter Haar", "haar" being "her").
      const surname = prev !== undefined && lex.nameParticles.has(prev.toLowerCase()) && particleSurname(part, lex) && !opener && !date;
      if ((lex.stopwords.has(lower) && !surname) || opener || determiner || date || SHOUTED.test(part)) flush();
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
  for (const p of apposedPeople(text, lex)) {
    const inQuote = quotes.some((s) => s.start <= p.at && p.at < s.end);
    if (!isTitle(p.name, lex)) out.push({ name: p.name, at: p.at, subject: !inQuote, quoted: inQuote });
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

/**
 * Words the article puts after a place preposition ("di Kota Bekasi", "in
 * Delft"), one scan of the article: a name ending in one is a place or a
 * thing there ("Tanggul Kali Bekasi"), never a person a pronoun means.
 */
function placeWords(text: string, lex: Lexicon): Set<string> {
  const out = new Set<string>();
  if (lex.placeAfterRe) for (const m of matchesOf(lex.placeAfterRe, text)) out.add(m[2]!);
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
export function nounBeforeSurname(name: string, at: number, names: readonly NameSighting[]): string | null {
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
