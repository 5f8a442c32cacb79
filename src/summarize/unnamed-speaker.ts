import { isAmountWord } from './amount-word.js';
import { ELIDED_ARTICLE_BEFORE_LETTER, ELIDED_ARTICLE_OR_PREPOSITION, ELIDED_LINK, withoutApostrophe } from './elision.js';
import { joinNameWords } from './join-name-words.js';
import { lowercaseBodyName, pastNameOpenedByNoun } from './lowercase-body-name.js';
import type { Lexicon } from './lexicon.js';
import { matchesOf } from './lexicon.js';
import { shortFormOf, shortNamedBodiesBefore } from './short-named-bodies.js';
import { isTitle } from './title-word.js';
import type { Mention } from './speaker-name.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import { escapePattern } from './escape-pattern.js';

/** Most link words between a spokesperson and the body ("van het", "de la", "of the"). */
const MAX_LINKS = 2;

export function isSpokesperson(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lex.spokespersonWords.has(lower) || lex.compoundSpokespersonWords.some((w) => lower.length > w.length + 2 && lower.endsWith(w));
}

/** Index of a member's noun right after an indefinite article ("una dirigente", "un funzionario"), or -1. */
export function memberAt(words: readonly Token[], lex: Lexicon): number {
  return words.findIndex(
    (t, k) => k > 0 && (lex.pack.memberWords?.includes(t.text.toLowerCase()) ?? false) && lex.indefiniteArticles.has(words[k - 1]!.text.toLowerCase()),
  );
}

/** Linking letters between a compound's head and its spokesperson word ("Regierung|s|sprecher"). */
const LINKS = ['s', ''];

/** The body noun heading a compound spokesperson word ("Polizeisprecher" → "polizei"), or null. */
function compoundHead(word: string, lex: Lexicon): string | null {
  if (!lex.pack.nounsCapitalized) return null;
  const lower = word.toLowerCase();
  for (const w of lex.compoundSpokespersonWords) {
    if (lower.length <= w.length || !lower.endsWith(w)) continue;
    const head = lower.slice(0, -w.length);
    for (const link of LINKS)
      if (head.endsWith(link) && lex.bodyWords.has(head.slice(0, head.length - link.length))) return head.slice(0, head.length - link.length);
  }
  return null;
}

/** Most words of a spokesperson's phrase ("assessoria de imprensa", "chargé de communication"). */
const SPOKESPERSON_WORDS = 3;

/** Index of the spokesperson word in `words` and how many words it takes ("juru bicara"), the longest listed, or -1. */
function spokespersonAt(words: readonly Token[], lex: Lexicon, from = 0): { at: number; length: number } {
  for (let i = from; i < words.length; i++) {
    // The longest phrase built once and cut a word at a time, not sliced, mapped and joined per length: this runs for every
    // word of every credit read. A token holds no space, so the last space is where its last word starts.
    // Only a word heading a phrase of several words starts one: most words head none, and build no phrase.
    const longest = lex.spokespersonPhraseHeads.has(words[i]!.text.toLowerCase()) ? Math.min(SPOKESPERSON_WORDS, words.length - i) : 1;
    let phrase = words[i]!.text;
    for (let k = 1; k < longest; k++) phrase += ` ${words[i + k]!.text}`;
    for (let n = longest; n > 1; n--, phrase = phrase.slice(0, phrase.lastIndexOf(' ')))
      if (lex.spokespersonWords.has(phrase.toLowerCase())) return { at: i, length: n };
    if (isSpokesperson(words[i]!.text, lex)) return { at: i, length: 1 };
  }
  return { at: -1, length: 0 };
}

/** True when `words` hold a spokesperson's word, one of several words too ("juru bicara"). */
export function holdsSpokesperson(words: readonly Token[], lex: Lexicon): boolean {
  return spokespersonAt(words, lex).at >= 0;
}

function bodyWordAt(words: readonly Token[], i: number, lex: Lexicon): number {
  const one = words[i]?.text.toLowerCase();
  if (one === undefined) return 0;
  const two = words[i + 1] ? `${one} ${words[i + 1]!.text.toLowerCase()}` : '';
  if (two && lex.bodyWords.has(two)) return 2;
  return lex.bodyWords.has(one) || compoundEnd(one, lex) !== null ? 1 : 0;
}

/** "voetbalbond": where lowercase nouns compound, the body's noun ending the word. */
function compoundEnd(lower: string, lex: Lexicon): string | null {
  if (lex.pack.compoundNouns) for (const b of lex.bodyWords) if (b.length >= BODY_COMPOUND_CHARS && lower.endsWith(b)) return b;
  return null;
}

/** The body word a capitalized word is, with a case ending dropped where nouns are capitalized ("Verbands", "Ministeriums", "Vereins"), or ending it where nouns compound. */
export function bodyNoun(word: string, lex: Lexicon): string | null {
  const lower = word.toLowerCase();
  if (lex.pack.nounsCapitalized) {
    for (const end of CASE_ENDINGS) if (lower.endsWith(end) && lex.bodyWords.has(lower.slice(0, -end.length))) return lower.slice(0, -end.length);
  }
  return lex.bodyWords.has(lower) ? lower : compoundEnd(lower, lex);
}

const CASE_ENDINGS = ['es', 's', 'en', 'n'];

/** Shortest body word matched at the end of a compound ("Fahrgast|verband"): shorter ones end ordinary words. */
const BODY_COMPOUND_CHARS = 4;

const GENITIVE_ENDINGS = ['es', 's'];

/** A body's compound name in the genitive, as named after "des" ("Sprecher des Bundesinnenministeriums"), in the nominative. */
export function withoutGenitive(word: string, lex: Lexicon): string {
  if (!lex.pack.nounsCapitalized) return word;
  const lower = word.toLowerCase();
  for (const end of GENITIVE_ENDINGS) if (lower.endsWith(end) && isBodyCompound(lower.slice(0, -end.length), lex)) return word.slice(0, -end.length);
  return word;
}

/** `isBodyCompound`'s answers per lexicon and word: the same words are asked about again and again, each a walk over every body word. */
const bodyCompounds = new WeakMap<Lexicon, Map<string, boolean>>();
const MAX_REMEMBERED_WORDS = 50_000;

/** True when a capitalized noun names a kind of body, also as a compound's end ("Fahrgastverband", "Landesregierung"). */
export function isBodyCompound(word: string, lex: Lexicon): boolean {
  let known = bodyCompounds.get(lex);
  if (known === undefined) bodyCompounds.set(lex, (known = new Map()));
  let compound = known.get(word);
  if (compound === undefined) {
    // Bounded, as `isTitle`'s memo is: a long-running process reads many articles' words.
    if (known.size >= MAX_REMEMBERED_WORDS) known.clear();
    known.set(word, (compound = readBodyCompound(word, lex)));
  }
  return compound;
}

function readBodyCompound(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lex.bodyWords.has(lower)) return true;
  for (const b of lex.bodyWords) if (b.length >= BODY_COMPOUND_CHARS && lower.endsWith(b)) return true;
  return false;
}

const INITIALS = /^\p{Lu}{2,}$/u;
const CAPITAL = /\p{Lu}/u;

/** True when `mark` is a possessive's apostrophe glued to `word`, ending in s ("Workers'"). */
function possessive(word: Token | undefined, mark: Token): boolean {
  return (mark.text === "'" || mark.text === '’') && word !== undefined && word.end === mark.start && /s$/i.test(word.text);
}

/** True when the mark at `j` is a possessive's apostrophe inside a name, a capital after it ("Workers' Union"). */
function possessiveMark(words: readonly Token[], j: number): boolean {
  return possessive(words[j - 1], words[j]!) && isCapitalized(words[j + 1]?.text ?? '');
}

/** Most capitals read past a conjunction for the body's noun that closes the name ("and Distribution Workers' Union"). */
const BODY_AHEAD_WORDS = 4;

/** True when a body's noun comes among the capitals from `j` ("Retail and Distribution Workers' Union"): the conjunction joins its remit. */
function bodyWordAhead(words: readonly Token[], j: number, lex: Lexicon): boolean {
  for (let k = j; k < words.length && k - j < BODY_AHEAD_WORDS; k++) {
    const w = words[k]!.text;
    if (isCapitalized(w) && isBodyCompound(w, lex)) return true;
    if (!isCapitalized(w) && !possessiveMark(words, k)) return false;
  }
  return false;
}

/**
 * True when the name of a body goes on back past the word before `k` in `left`: a capital that is no function word nor
 * spokesperson ("Jurucakap persatuan itu" is none), a possessive's apostrophe ("Workers' Union"), or a conjunction between
 * two capitals of its remit ("Retail and Distribution Workers' Union").
 */
function nameGoesBack(left: readonly Token[], k: number, lex: Lexicon): boolean {
  const w = left[k - 1]!.text;
  if (isCapitalized(w)) return !lex.stopwords.has(w.toLowerCase()) && !isSpokesperson(w, lex);
  const before = left[k - 2];
  if (!before || !isCapitalized(before.text) || lex.stopwords.has(before.text.toLowerCase())) return false;
  // Past the last word, the noun itself follows.
  return (possessive(before, left[k - 1]!) && (k === left.length || isCapitalized(left[k]!.text))) || (k < left.length && lex.conjunctions.has(w));
}

/** Capitalized words (and particles between them) from `i`: "World Health Organization", "Metro de Madrid". */
export function capitalizedRun(words: readonly Token[], i: number, lex: Lexicon, headWords = 0): string[] {
  const out: string[] = [];
  for (let j = i; j < words.length; j++) {
    const w = words[j]!.text;
    // Initials are a name even when they spell a function word ("het OM", "die SPÖ").
    if (isCapitalized(w) && (!lex.stopwords.has(w.toLowerCase()) || INITIALS.test(w))) out.push(w);
    // A function word written capitalized inside the name ("Lembaga Hasil Dalam Negeri"), or a particle;
    // a conjunction after two words of it, its body word (`headWords`) too ("Jabatan Bomba dan Penyelamat Malaysia").
    else if (
      out.length &&
      (lex.nameParticles.has(w) ||
        isCapitalized(w) ||
        ((out.length + headWords >= 2 || bodyWordAhead(words, j + 1, lex)) && lex.conjunctions.has(w)) ||
        // A compound cut short before its partner ("Wirtschafts- und Finanzministerium"): the conjunction joins them.
        (out[out.length - 1]!.endsWith('-') && lex.conjunctions.has(w)) ||
        (lex.pack.bodyNameLinks?.includes(w) ?? false)) &&
      words[j + 1] &&
      isCapitalized(words[j + 1]!.text)
    )
      out.push(w);
    else break;
  }
  return out;
}

/** Shortest stem left when a genitive ending is dropped from a name's last word. */
const GENITIVE_STEM_CHARS = 3;

/**
 * A body's name after an oblique article in the form it has as a subject
 * ("der Deutschen Bahn" → "Deutsche Bahn", "des Deutschen Wetterdienstes" →
 * "Deutsche Wetterdienst"): every word before the noun the article governs
 * that takes the pack's adjective ending and is no place; that noun without
 * its genitive ending after a genitive article. In place.
 */
export function plainCase(named: string[], article: Token | undefined, lex: Lexicon): void {
  const lower = article?.text.toLowerCase() ?? '';
  const oblique = lex.pack.obliqueAdjective;
  // "der Deutsche Wetterdienst": an adjective with the plain ending after a subject's article, the name alone's own ending.
  const subject = oblique?.subject?.[lower];
  if (oblique && subject !== undefined) {
    // Only before the noun the article governs, which a link closes ("das Landesamt für Denkmalpflege").
    const link = named.findIndex((w) => !isCapitalized(w));
    for (let k = 0; k < (link < 0 ? named.length : link) - 1; k++) {
      const w = named[k]!;
      // Not a feminine body's noun itself, in another case after the same article ("der Pflegekasse Nordtal").
      const noun = lex.bodyWords.has(w.toLowerCase()) || isBodyCompound(w, lex);
      if (isCapitalized(w) && w.endsWith(oblique.plain) && !noun && !lex.places.has(w.toLowerCase()))
        named[k] = `${w.slice(0, -oblique.plain.length)}${subject}`;
    }
  }
  if (!oblique || !oblique.articles.includes(lower)) return;
  const genitive = lex.pack.genitiveName;
  const ending = (w: string): string | undefined => genitive?.endings.find((e) => w.endsWith(e) && w.length - e.length >= GENITIVE_STEM_CHARS);
  // The noun the article governs: the last word before a link ("des Bremer Instituts für Küstenforschung"; not a conjunction
  // joining a compound cut short, "des Bildungs- und Kulturdepartements"), else the last, or the one before a name in
  // apposition that shows no ending ("des Wattenrats Niedersachsen", "des Schulamts Kesselbrunn"), or a body's noun that shows
  // one before a name ending so anyway ("des Landratsamts Rennwaldkreis").
  const link = named.findIndex((w, k) => k > 0 && !isCapitalized(w) && !named[k - 1]!.endsWith('-'));
  let at = link > 0 ? link - 1 : named.length - 1;
  const bodyHead = link < 0 ? named.findIndex((w, k) => k < at && ending(w) !== undefined && isBodyCompound(w.slice(0, -ending(w)!.length), lex)) : -1;
  if (bodyHead >= 0) at = bodyHead;
  else if (link < 0 && at > 0 && !ending(named[at]!) && ending(named[at - 1]!)) at--;
  const noun = named[at]!;
  const end = genitive?.articles.includes(lower) && noun !== noun.toUpperCase() ? ending(noun) : undefined;
  if (end) named[at] = noun.slice(0, -end.length);
  const strong = oblique.strong?.articles.includes(lower) ? oblique.strong : undefined;
  const stem = named[at]!.toLowerCase();
  const plain = !strong ? oblique.plain : strong.neuterNouns.some((n) => stem.endsWith(n)) ? strong.neuter : strong.masculine;
  for (let k = 0; k < at; k++) {
    const w = named[k]!;
    if (w.endsWith(oblique.ending) && !lex.places.has(w.toLowerCase())) named[k] = `${w.slice(0, -oblique.ending.length)}${plain}`;
  }
}

/** Index after the link words ("of the", "van het", "de la", "da") from `i`. */
function skipLinks(words: readonly Token[], i: number, lex: Lexicon): number {
  let j = i;
  // A speech verb the pack lists among its function words ("sagte") ends the name: "der Bahn sagte dem SWR".
  while (
    j < words.length &&
    j - i < MAX_LINKS &&
    !isCapitalized(words[j]!.text) &&
    (lex.stopwords.has(words[j]!.text.toLowerCase()) || ELIDED_LINK.test(words[j]!.text)) &&
    !lex.bodyWords.has(words[j]!.text.toLowerCase()) &&
    !lex.verbWords.has(words[j]!.text.toLowerCase())
  )
    j++;
  return j;
}

/** Index before the link words ("dalam satu", "in a") that end right before `i`. */
function skipLinksBack(words: readonly Token[], i: number, lex: Lexicon): number {
  let j = i;
  while (j > 0 && i - j < MAX_LINKS && !isCapitalized(words[j - 1]!.text)) {
    const lower = words[j - 1]!.text.toLowerCase();
    if (!lex.prepositions.has(lower) && !lex.indefiniteArticles.has(lower) && !lex.stopwords.has(lower)) break;
    // A demonstrative closing a body's noun ("perusahaan itu dalam keterangan") ends the body: no link.
    if (lex.epithetEnds.has(lower)) break;
    j--;
  }
  // "Jabatan Kerja Raya (JKR) daerah dalam satu kenyataan": the body's level, an administrative unit's noun in lowercase
  // right after its name, belongs to the body, not to the words linking it to its statement.
  const named = words[j - 2]?.text ?? '';
  if (j < i && j > 1 && lex.placeHeads.has(words[j - 1]!.text) && (isCapitalized(named) || named === ')')) return j - 1;
  return j;
}

/** The body named after `i` ("van Philips", "da Petrobras", "de la empresa", "kementerian itu"), named or generic. */
function bodyAfter(words: readonly Token[], i: number, lex: Lexicon): Mention | null {
  const j = skipLinks(words, i, lex);
  // A day or a month there is when they spoke ("ein Polizeisprecher am Montag"), no body's name.
  const named = whenWord(words[j]?.text ?? '', lex) ? [] : capitalizedRun(words, j, lex);
  // "ein Sprecher des Verbands", "a spokesman for the Ministry": the common noun, capitalized, unless its name follows ("the Association of British Insurers").
  const noun = named.length === 1 ? bodyNoun(named[0]!, lex) : null;
  if (noun) return namedAfterNoun(words, j, 1, lex) ?? { kind: 'body', noun };
  // "eine Bahnsprecherin in Berlin", "un portavoz en Madrid": a place after its preposition is where they spoke, not whose they are.
  const inPlace = j > i && lex.pack.placePrepositions.includes(words[i]!.text.toLowerCase());
  if (inPlace && !named.some((w) => lex.bodyWords.has(w.toLowerCase()))) return null;
  if (named.length) {
    plainCase(named, words[j - 1], lex);
    // "the Swiss Federal Office for the Environment": a name ending on a body's noun goes on past its links, as the noun alone does.
    const last = named[named.length - 1]!.toLowerCase();
    const remit = lex.bodyWords.has(last) && !lex.pack.placePrepositions.includes(words[j + named.length]?.text.toLowerCase() ?? '');
    const whole = remit ? namedAfterNoun(words, j, named.length, lex) : null;
    // The genitive ending sits on the body's noun, last or before a place in apposition ("des Landeskriminalamts Sachsen").
    return whole ?? { kind: 'name', name: named.map((w) => withoutGenitive(w, lex)).join(' '), titled: false, body: true };
  }
  // "van de federale politie": a lowercase word before the body's noun qualifies it, and with it names the body.
  const qualified = !bodyWordAt(words, j, lex) && !isCapitalized(words[j]?.text ?? '') && !lex.stopwords.has(words[j]?.text.toLowerCase() ?? '');
  const at = qualified ? j + 1 : j;
  const n = bodyWordAt(words, at, lex);
  if (!n) return null;
  const common = nounAt(words, at, n);
  return (
    namedAfterNoun(words, at, n, lex) ??
    (qualified ? { kind: 'name', name: `${words[j]!.text} ${common}`, titled: false, body: true } : { kind: 'body', noun: common })
  );
}

/**
 * Where nouns are capitalized, a preposition that is none of a body's name's own links ("für"): the name ended before it,
 * "der Behörde auf Anfrage" is the authority asked.
 */
function foreignLink(t: Token, lex: Lexicon): boolean {
  const lower = t.text.toLowerCase();
  return lex.pack.nounsCapitalized && lex.pack.bodyNameLinks !== undefined && lex.prepositions.has(lower) && !lex.pack.bodyNameLinks.includes(lower);
}

/** A day, a month or a part of a day ("Montagabend"): when a body acted, no part of its name ("das Unternehmen am Montagabend"). */
function whenWord(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  return lex.calendarWords.has(lower) || lex.calendarNotNames.has(lower);
}

/** The `n` words of a body's common noun at `at`, lowercase. */
function nounAt(words: readonly Token[], at: number, n: number): string {
  return words
    .slice(at, at + n)
    .map((t) => t.text.toLowerCase())
    .join(' ');
}

/** A body's common noun at `j` (`n` words) with its name after links or none: "de gemeente Rotterdam", "el ministerio de Sanidad". */
function namedAfterNoun(words: readonly Token[], j: number, n: number, lex: Lexicon): Mention | null {
  const k = skipLinks(words, j + n, lex);
  // "das Ministerium in München": a place after its preposition is where the body sits, not its name.
  if (words.slice(j + n, k).some((t) => lex.pack.placePrepositions.includes(t.text.toLowerCase()))) return null;
  if (words.slice(j + n, k).some((t) => foreignLink(t, lex))) return null;
  const own = capitalizedRun(words, k, lex, n).filter((w) => !whenWord(w, lex));
  if (!own.length) return null;
  // "ministero dell'Economia": the elided link leans on the name, as the article writes it.
  return { kind: 'name', name: joinNameWords([...words.slice(j, k).map((t) => t.text), ...own]), titled: false, body: true };
}

/**
 * True when the word at `k` follows an article that never opens a subject where the pack tells them ("dem Landrat"): an
 * object's role, not the speaker's. A function of the module, not a closure made per call: tsx (with esbuild's keepNames) names every closure bound to a const
 * as it is made, which cost more than the closure's own reading.
 */
function obliqueAt(words: readonly Token[], k: number, lex: Lexicon): boolean {
  const subjects = lex.pack.subjectArticleGenders;
  const before = words[k - 1]?.text.toLowerCase() ?? '';
  return subjects !== undefined && lex.articles.has(before) && !(before in subjects) && !lex.indefiniteArticles.has(before);
}

/**
 * Who a phrase with no name in it speaks for: a spokesperson's body ("a
 * Google spokesperson", "een woordvoerder van het ministerie", "o porta-voz
 * da Petrobras"), a body itself ("the ministry", "la empresa", "kementerian
 * itu"), or a role the article gave someone ("the mayor", "o ministro").
 * `words` is the subject phrase: the words of one clause, in order.
 */
export function unnamedSpeaker(words: readonly Token[], lex: Lexicon): Mention | null {
  if (!words.length) return null;
  const spokes = spokespersonAt(words, lex);
  if (spokes.at >= 0) {
    // The body speaks through a person: whom a gendered pronoun then means.
    const body = spokespersonBody(words, spokes, lex);
    if (body.kind === 'name') return { ...body, spokesperson: true };
    // "In una nota …": a statement after a preposition, the verb's subject is someone else.
    const lead = words[spokes.at - 1]?.text.toLowerCase() ?? '';
    const determined = lex.articles.has(lead) || lex.indefiniteArticles.has(lead);
    const placed = lex.prepositions.has(determined ? (words[spokes.at - 2]?.text.toLowerCase() ?? '') : lead);
    const inStatement = body.kind === 'body' && body.noun === '' && placed;
    // "précise l'entreprise dans un communiqué", "informou a empresa em nota": a body's noun before the statement's phrase issued it.
    const before = inStatement ? unnamedSpeaker(words.slice(0, spokes.at - (determined ? 2 : 1)), lex) : null;
    // Only a body the article names so, not an organ of one ("la direction"): else the statement's own reading stands.
    if (before?.kind === 'body' && before.noun !== '' && !lex.pack.organWords?.includes(before.noun)) return { ...before, namedOnly: true };
    // "informou em nota a assessoria da Corrida X": the subject after the statement is who issued it.
    const issuer = inStatement ? spokespersonAt(words, lex, spokes.at + spokes.length) : null;
    const issued = issuer && issuer.at >= 0 ? spokespersonBody(words, issuer, lex) : null;
    if (issued?.kind === 'name') return { ...issued, spokesperson: true };
    return inStatement ? { ...body, inStatement: true } : body;
  }
  let i = 0;
  // Past articles, an elided one too ("ha fatto sapere l'azienda"), to the noun.
  while (
    i < words.length - 1 &&
    (lex.stopwords.has(words[i]!.text.toLowerCase()) || ELIDED_ARTICLE_OR_PREPOSITION.test(words[i]!.text)) &&
    !lex.bodyWords.has(words[i]!.text.toLowerCase())
  )
    i++;
  // "ha raccontato ai carabinieri": a body's common noun after a preposition is whom the words were told to, no speaker.
  const told = words.slice(0, i).some((t) => lex.prepositions.has(t.text) && !lex.articles.has(t.text));
  if (told && lex.bodyWords.has(words[i]!.text)) return null;
  const indefinite = words.slice(0, i).some((t) => lex.indefiniteArticles.has(t.text.toLowerCase()));
  // "un funzionario del ministero": an unnamed member speaks for the body named after the noun.
  const member = memberAt(words, lex) === i ? bodyAfter(words, i + 1, lex) : null;
  if (member) return member.kind === 'name' ? { ...member, spokesperson: true } : member;
  if (indefinite) return roleOfBody(words[i], lex);
  // "the report by the X Institute says": its author; "the report says": the one the article named before.
  const document = words[i]!.text.toLowerCase();
  if (lex.documentWords.has(document)) return bodyAfter(words, i + 1, lex) ?? { kind: 'body', noun: '', document: true, ruling: lex.rulingWords.has(document) };
  const n = bodyWordAt(words, i, lex);
  // A body's noun capitalized only to open the sentence, no name after it ("Rumah sakit itu juga …", "Polisi menyita …").
  if (n && !lex.pack.nounsCapitalized && !isCapitalized(words[i + n]?.text ?? '')) return { kind: 'body', noun: nounAt(words, i, n) };
  if (n) return bodyAfter(words, i, lex);
  // A role alone: its head is the longest title word ("the Labour leader", "la ministra de Sanidad").
  // Not after an article that never opens a subject where the pack tells them ("übergaben dem Landrat eine Liste"): an object.
  let head = '';
  let headAt = -1;
  for (let k = i; k < words.length; k++) {
    const t = words[k]!;
    if (isTitle(t.text, lex) && t.text.length > head.length && !obliqueAt(words, k, lex)) {
      head = t.text.toLowerCase();
      headAt = k;
    }
  }
  // "The Environment Agency said": a body's noun that is also a title, closing the phrase and a run of capitals, ends the
  // body's own name; not one a remit goes on after ("Royal College of Midwives").
  const own = words.slice(i, headAt + 1);
  if (headAt > i && headAt === words.length - 1 && !lex.pack.nounsCapitalized && lex.bodyWords.has(head) && own.every((t) => isCapitalized(t.text)))
    return { kind: 'name', name: own.map((t) => t.text).join(' '), titled: false, body: true };
  return head ? { kind: 'role', title: head } : null;
}

/** The body a spokesperson at `spokes` speaks for: named after or before the word, in a compound, or the one that spoke last. */
function spokespersonBody(words: readonly Token[], spokes: { at: number; length: number }, lex: Lexicon): Mention {
  const after = bodyAfter(words, spokes.at + spokes.length, lex);
  if (after) return after;
  const word = words[spokes.at]!.text;
  // "Siemens-Sprecher": the body heads the compound.
  const dash = word.lastIndexOf('-');
  if (dash > 0 && isCapitalized(word) && !isTitle(word.slice(0, dash), lex)) return { kind: 'name', name: word.slice(0, dash), titled: false, body: true };
  // "ein Polizeisprecher", "der Regierungssprecher": a body's common noun heads the compound.
  const head = compoundHead(word, lex);
  if (head) return { kind: 'body', noun: head };
  // "a department spokesperson": a body's common noun before the word, as in a compound.
  const before = words[spokes.at - 1]?.text ?? '';
  if (!isCapitalized(before) && lex.bodyWords.has(before.toLowerCase())) return { kind: 'body', noun: before.toLowerCase() };
  let k = spokes.at;
  // A determiner opening the sentence ("Ihre Sprecherin", "Zijn woordvoerder") is no body's name.
  const nameWord = (w: string): boolean => isCapitalized(w) && !lex.stopwords.has(w.toLowerCase()) && !lex.articles.has(w.toLowerCase()) && !isTitle(w, lex);
  while (k > 0 && nameWord(words[k - 1]!.text)) k--;
  if (k === spokes.at) {
    // "Kementerian Pendidikan dalam satu kenyataan": the name before the words linking it to its statement, titles and all.
    const linked = skipLinksBack(words, spokes.at, lex);
    let j = linked;
    while (j > 0 && isCapitalized(words[j - 1]!.text) && !lex.stopwords.has(words[j - 1]!.text.toLowerCase())) j--;
    if (j < linked) j = bodyNameStart(words, j, lex);
    if (linked < spokes.at && j < linked)
      return {
        kind: 'name',
        name: words
          .slice(j, linked)
          .map((t) => t.text)
          .join(' '),
        titled: false,
        body: true,
      };
    // "kata jabatan itu dalam satu kenyataan": the body by its noun, closed by a demonstrative, before those words.
    const noun = linked < spokes.at ? bodyNounEnding(words, linked, lex) : null;
    if (noun) return { kind: 'body', noun };
  }
  if (k < spokes.at)
    return {
      kind: 'name',
      name: words
        .slice(k, spokes.at)
        .map((t) => t.text)
        .join(' '),
      titled: false,
      body: true,
    };
  // "the spokesperson said": the body whose spokesperson spoke before, or the person the article gave the word ("la portavoce").
  const article = words[spokes.at - 1]?.text.toLowerCase() ?? '';
  const definite = (lex.articles.has(article) && !lex.indefiniteArticles.has(article)) || ELIDED_ARTICLE_OR_PREPOSITION.test(article);
  return definite ? { kind: 'body', noun: '', held: word.toLowerCase() } : { kind: 'body', noun: '' };
}

/**
 * Where a body's name that goes on past a lowercase link starts ("Jabatan
 * Pengairan dan Saliran Pahang", "Persatuan Hotel Malaysia cawangan
 * Kedah-Perlis"): the capitals before a conjunction, preposition or branch word
 * are the same name when a body's noun opens them; else `j`, where they start.
 */
function bodyNameStart(words: readonly Token[], j: number, lex: Lexicon): number {
  let start = j;
  for (let link = start - 1; link > 0; link = start - 1) {
    const lower = words[link]!.text.toLowerCase();
    const linking = lex.conjunctions.has(lower) || lex.prepositions.has(lower) || (lex.pack.branchWords?.includes(lower) ?? false);
    if (!linking || isCapitalized(words[link]!.text)) break;
    let k = link;
    const named = (w: string): boolean => isCapitalized(w) && (!lex.stopwords.has(w.toLowerCase()) || lex.bodyWords.has(w.toLowerCase()));
    while (k > 0 && named(words[k - 1]!.text)) k--;
    if (k === link || !lex.bodyWords.has(words[k]!.text.toLowerCase())) break;
    start = k;
  }
  return start;
}

/** The body's common noun closed by a demonstrative right before `end` ("jabatan itu", "rumah sakit tersebut"), or null. */
function bodyNounEnding(words: readonly Token[], end: number, lex: Lexicon): string | null {
  if (!lex.epithetEnds.has(words[end - 1]?.text.toLowerCase() ?? '')) return null;
  const e = end - 1;
  for (const n of [2, 1]) {
    if (e - n < 0) continue;
    const noun = words
      .slice(e - n, e)
      .map((t) => t.text.toLowerCase())
      .join(' ');
    if (lex.bodyWords.has(noun)) return noun;
  }
  return null;
}

/** "ein DWD-Meteorologe", "ein Siemens-Ingenieur": someone unnamed of a body named in the compound; the body speaks. */
function roleOfBody(word: Token | undefined, lex: Lexicon): Mention | null {
  const dash = word ? word.text.lastIndexOf('-') : -1;
  if (!word || dash <= 0 || !isTitle(word.text.slice(dash + 1), lex)) return null;
  const head = word.text.slice(0, dash);
  return isCapitalized(head) && !isTitle(head, lex) ? { kind: 'name', name: head, titled: false, body: true } : null;
}

const LETTER = /\p{L}/u;
const BODY_LEFT_CHARS = 60;
const BODY_RIGHT_CHARS = 80;
/** How far back a body's name is looked for when the article never names it with its common noun. */
const PROPER_NOUN_CHARS = 600;

/** Lowercase words qualifying a body's noun before its name in apposition ("la empresa gestora, Serviger"). */
const APPOSED_QUALIFIERS = 1;

/** Marks opening and closing a name set in quote marks after a body's noun. */
const OPENING_MARKS = new Set(['«', '„', '“', '"', '‹']);
const CLOSING_MARKS = new Set(['»', '“', '”', '"', '›']);
/** Most words of a name in quote marks ("Nascere in Valtorta"). */
const QUOTED_NAME_WORDS = 6;

/**
 * The words of a name in quote marks right after the noun at `from`, opening
 * on a capital, nothing but words inside ("il comitato «Nascere in
 * Valtorta»", "die Bürgerinitiative „Sauberes Aichtal“"): the body's own name,
 * no quote; else null.
 */
function quotedName(right: readonly Token[], from: number): string[] | null {
  if (!OPENING_MARKS.has(right[from]?.text ?? '') || !isCapitalized(right[from + 1]?.text ?? '')) return null;
  const words: string[] = [];
  for (let k = from + 1; k < right.length && words.length <= QUOTED_NAME_WORDS; k++) {
    const t = right[k]!;
    if (CLOSING_MARKS.has(t.text)) return words.length ? words : null;
    if (!t.isWord) return null;
    words.push(t.text);
  }
  return null;
}

/**
 * The name set off by a comma after the noun and a qualifier: "la empresa gestora, Serviger Mayores, …", "la compagnie, Air Austral".
 * Not after a role the noun qualifies ("the council leader, Ann Cole"): that names the role's holder, a person of the body.
 */
function apposedName(right: readonly Token[], from: number, lex: Lexicon): string | null {
  let a = from;
  while (a - from < APPOSED_QUALIFIERS && right[a]?.isWord && !isCapitalized(right[a]!.text) && !lex.stopwords.has(right[a]!.text.toLowerCase())) a++;
  if (right[a]?.text !== ',' || right.slice(from, a).some((t) => isTitle(t.text, lex) && !lex.bodyWords.has(t.text.toLowerCase()))) return null;
  const named = capitalizedRun(right, a + 1, lex);
  return named.length ? named.join(' ') : null;
}

/** The body's noun of a name that is a place's adjective and that noun ("Leipziger Klub", the article naming Leipzig): an epithet; else null. */
export function placeEpithet(name: string, text: string, lex: Lexicon | undefined): string | null {
  const [adjective, kind, ...rest] = name.split(' ');
  const noun = kind?.toLowerCase() ?? '';
  if (!lex || !adjective || rest.length || (!lex.bodyWords.has(noun) && !lex.pack.namedBodyNouns?.includes(noun))) return null;
  const ending = lex.pack.placeAdjectiveEndings?.find((e) => adjective.length > e.length + 2 && adjective.endsWith(e));
  if (ending === undefined) return null;
  return new RegExp(`(?<![\\p{L}])${escapePattern(adjective.slice(0, -ending.length))}(?![\\p{L}])`, 'u').test(text) ? noun : null;
}

/** A comma in the clause after a body's name, then a person's full name: its holder in apposition. */
const HOLDER_APPOSED = /^[^.!?,;:]*,\s*\p{Lu}\p{Ll}+\s+\p{Lu}/u;

/** True where every noun is capitalized and an indefinite article opens the run after a body's noun: the verb's object ("hat die Polizei eine Bande … gefasst"), no name. */
function objectAfter(links: readonly Token[], lex: Lexicon): boolean {
  return lex.pack.nounsCapitalized && links.some((t) => lex.indefiniteArticles.has(t.text.toLowerCase()));
}

/** The body's name around one use of its common noun: "Ministry of Defence", "ministerie van Defensie", "Kementerian Kesihatan", "Russian Defence Ministry". */
function nameAround(text: string, at: number, noun: string, lex: Lexicon): string | null {
  const left = tokenize(text.slice(Math.max(0, at - BODY_LEFT_CHARS), at));
  const right = tokenize(text.slice(at, at + noun.length + BODY_RIGHT_CHARS));
  const nounWords = noun.split(' ').length;
  const own = right.slice(0, nounWords);
  let k = left.length;
  // A spokesperson opening the sentence ("Jurucakap persatuan itu") speaks for the body; it is no part of its name.
  while (k > 0 && nameGoesBack(left, k, lex)) k--;
  const role = (w: string | undefined): boolean => w !== undefined && isTitle(w, lex) && !lex.bodyWords.has(w.toLowerCase());
  // A role heading the words before the noun and its demonstrative, its holder apposed ("Direktur Operasional perusahaan itu, Yusuf Hidayat"):
  // someone of the body, which it does not name.
  const held = lex.epithetEnds.has(right[nounWords]?.text.toLowerCase() ?? '') && right[nounWords + 1]?.text === ',';
  if (held && k < left.length && role(left[k]!.text)) return null;
  // Its holder apposed after the body's full name ("Pengarah Jabatan Kebajikan Masyarakat (JKM) negeri, Norliza Kamal"): the role is no part of it.
  if (HOLDER_APPOSED.test(text.slice(at + noun.length, at + noun.length + BODY_RIGHT_CHARS))) while (k < left.length && role(left[k]!.text)) k++;
  // A possessive's apostrophe goes with its word ("Workers'").
  const before: string[] = [];
  for (const t of left.slice(k))
    if (t.isWord || !before.length) before.push(t.text);
    else before[before.length - 1] += t.text;
  const j = skipLinks(right, nounWords, lex);
  // The noun counts as the name's head, so a conjunction may join the words after it ("Department of Health and Social Care").
  // A day or a month after a link is when the body acted, no part of its name ("das Unternehmen am Dienstag"); a place after its
  // preposition is where the body sits or acts ("die Gewerkschaft in Sachsen", "the union in Wales"), as after a spokesperson.
  const placed = right.slice(nounWords, j).some((t) => lex.pack.placePrepositions.includes(t.text.toLowerCase()) || foreignLink(t, lex));
  const run = placed || whenWord(right[j]?.text ?? '', lex) ? [] : capitalizedRun(right, j, lex, nounWords);
  const after = objectAfter(right.slice(nounWords, j), lex) ? [] : run;
  const links = after.length ? right.slice(nounWords, j).map((t) => t.text) : [];
  // "le tribunal correctionnel de Valbreuse", "l'agence régionale de santé": its adjectives and what it is of name it.
  const quoted = !before.length && !after.length ? quotedName(right, nounWords) : null;
  if (quoted) return [...own.map((t) => t.text), ...quoted].join(' ');
  // Only one closing on capitals: "l'entreprise municipale de tourisme" after "Riotur" describes the body named.
  const lowercase = !before.length && !after.length ? lowercaseBodyName(right, 0, lex) : null;
  if (lowercase && CAPITAL.test(lowercase.slice(lowercase.lastIndexOf(' ')))) return lowercase;
  if (!before.length && !after.length) return apposedName(right, nounWords, lex);
  const named = [...before, ...own.map((t) => t.text), ...links, ...after];
  // After an oblique article, as the name reads as a subject ("nach Angaben des Statistischen Landesamts").
  plainCase(named, left[k - 1], lex);
  return joinNameWords([...named, ...pastInitials(right, j + after.length, lex)]);
}

/** Initials: two capitals or more. */
const ACRONYM_TOKEN = /^\p{Lu}{2,}$/u;
/** How far past its noun a body's name opened by it may run. */
const OPENED_NAME_CHARS = 120;

/** The body's name the capitalized noun at `at` opens and lowercase words or capitals go on with, or null. */
export function nameOpenedByNoun(text: string, at: number, lex: Lexicon): string | null {
  const tokens = tokenize(text.slice(at, at + OPENED_NAME_CHARS));
  const end = pastNameOpenedByNoun(tokens, 0, lex);
  // Shortened by initials in brackets ("l'Office régional du tourisme (ORT)"): the initials are what the article calls it after.
  if (end <= 1 || (tokens[end]?.text === '(' && ACRONYM_TOKEN.test(tokens[end + 1]?.text ?? ''))) return null;
  return joinNameWords(tokens.slice(0, end).map((t) => t.text));
}

/** A body's short name in brackets: initials or a clipped word ("RSUD", "Dinkes", "NZa"). */
const BRACKETED_SHORT_NAME = /^\p{Lu}[\p{L}-]*$/u;

/**
 * The words naming where a body's branch sits after its initials in brackets
 * ("Rumah Sakit Umum Daerah (RSUD) Kolonodale", "Jabatan Bomba dan
 * Penyelamat Malaysia (JBPM) Selangor"): part of its name.
 */
function pastInitials(words: readonly Token[], i: number, lex: Lexicon): string[] {
  if (words[i]?.text !== '(' || !BRACKETED_SHORT_NAME.test(words[i + 1]?.text ?? '') || words[i + 2]?.text !== ')') return [];
  return capitalizedRun(words, i + 3, lex).filter((w) => !lex.calendarWords.has(w.toLowerCase()));
}

/** A stop, maybe closed by a quote mark ("…“" in German), before a capital or an opening mark, or a line break: a headline or a byline ends with none. */
const SENTENCE_SPLIT = /(?<=[.!?]["”»’“]?)\s+(?=\p{Lu}|["“«„])|\s*\n\s*/u;
/** Initials in brackets right after a name ("Care Quality Commission (CQC)"). */
const BRACKETED_INITIALS = /^\s*\(\p{Lu}[\p{Lu}\p{N}&-]*\)/u;
/** A wire dateline opening the lead, place and date up to the agency in brackets or a place in capitals, then a dash ("LONDON, March 4 (Reuters) - "). */
const WIRE_DATELINE = /^(?:[^\n.!?()]{0,40}\([^()\n]{1,30}\)|\p{Lu}{2,}[\p{Lu}\s]*(?:,[^\n.!?()–—-]{0,30})?)\s*[–—-]\s+/u;
/** Past a short article ("The") or a kind of body in lowercase after its capital ("Semiconductor maker"), the capitalized run of a sentence's subject. */
const SUBJECT_RUN = /^(?:\p{Lu}\p{Ll}{0,3}\s+|\p{Lu}\p{Ll}+\s+\p{Ll}+\s+)?((?:\p{Lu}[\p{L}\p{M}&'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}&'’.-]*)(?=,|\s)/u;

/**
 * The name opening the latest sentence that reports speech with no title
 * before it ("Novalis Pharma, which makes the injection, said it had …"):
 * the body a later "the company said" means when the article never calls it
 * "a company".
 */
function speakingSubject(window: string, lex: Lexicon): string | null {
  const sentences = window.split(SENTENCE_SPLIT);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const sentence = sentences[i]!.replace(WIRE_DATELINE, '');
    const run = SUBJECT_RUN.exec(sentence)?.[1];
    if (!run || !run.includes(' ') || sentence.search(lex.verbRe) < 0) continue;
    const words = run.split(/\s+/);
    // A body's own noun may end its name ("Care Quality Commission"); a person's title may not.
    if (words.some((w) => (isTitle(w, lex) && !lex.bodyWords.has(w.toLowerCase())) || lex.stopwords.has(w.toLowerCase()))) continue;
    // Its own verb or apposition follows the name, past its initials: "X said", "X (XYZ), which …, said".
    const after = sentence.slice(sentence.indexOf(run) + run.length).replace(BRACKETED_INITIALS, '');
    if (/^,/.test(after) || lex.verbAtStartRe.test(after.trimStart()) || creditedToBodyNoun(sentence, lex)) return run;
  }
  return null;
}

/** Words read back from a speech verb for the body's noun that is its subject ("the Norwegian-owned group"). */
const NOUN_SUBJECT_WORDS = 4;

/** "X will close …, the Norwegian-owned group said": the sentence credits its words to a body by its noun, which the name opening it is. */
function creditedToBodyNoun(sentence: string, lex: Lexicon): boolean {
  for (const m of matchesOf(lex.verbRe, sentence)) {
    const before = tokenize(sentence.slice(0, m.index))
      .filter((t) => t.isWord)
      .slice(-NOUN_SUBJECT_WORDS);
    const noun = before[before.length - 1]?.text.toLowerCase() ?? '';
    const definite = before.slice(0, -1).some((t) => lex.articles.has(t.text.toLowerCase()) && !lex.indefiniteArticles.has(t.text.toLowerCase()));
    if (lex.bodyWords.has(noun) && definite) return true;
  }
  return false;
}

/**
 * The latest sentence subject that is a body's name where every noun is
 * capitalized: an article, then two or more capitalized words (particles
 * between them) with no title or honorific among them ("Der Karlsruher SV hat
 * …", "Der Bund der Steuerzahler kritisiert …", "Die Deutsche Bahn …"), less
 * the kind of body heading them ("Der Hersteller Bosch").
 */
function subjectBody(window: string, lex: Lexicon): string | null {
  const sentences = window.split(SENTENCE_SPLIT);
  for (let i = sentences.length - 1; i >= 0; i--) {
    const words = tokenize(sentences[i]!.replace(WIRE_DATELINE, '').slice(0, BODY_RIGHT_CHARS));
    if (!words[0]?.isWord || !lex.articles.has(words[0].text.toLowerCase())) continue;
    const run = capitalizedRun(words, 1, lex);
    // A person after an article comes with a role or an honorific ("Der Trainer Max Meier", "Frau …"); a name without one is a body's.
    // Nor is an epithet of a body's kind ("Der Leipziger Klub steht …") a body's name.
    if (run.length < 2 || run.some((w) => isTitle(w, lex) || lex.genderCues.has(w.toLowerCase())) || placeEpithet(run.join(' '), window, lex)) continue;
    // A common noun with its genitive ("Die Zahl der Bestellungen") is no name; a body's own noun with one is ("Der Verband der Chemischen Industrie").
    if (run.some((w) => lex.articles.has(w)) && !bodyNoun(run[0]!, lex)) continue;
    // Such a body's kind heading its name, compounded too, is no part of it ("Der Hersteller Bosch", "Der Autohersteller Bosch" are Bosch).
    const head = run[0]!.toLowerCase();
    const name = lex.pack.namedBodyNouns?.some((kind) => head.endsWith(kind)) ? run.slice(1) : run;
    // Without its masculine article, an adjective takes the strong ending ("Der Hessische Flüchtlingsrat" is "Hessischer Flüchtlingsrat").
    const oblique = lex.pack.obliqueAdjective;
    const masculine = lex.pack.subjectArticleGenders?.[words[0].text.toLowerCase()] === 'm' ? oblique?.strong?.masculine : undefined;
    if (oblique && masculine)
      for (let k = 0; k < name.length - 1; k++) if (name[k]!.endsWith(oblique.plain)) name[k] = `${name[k]!.slice(0, -oblique.plain.length)}${masculine}`;
    return name.join(' ');
  }
  return null;
}

/** Sentences read back for the body a spokesperson means where the article names none of their body's noun. */
const SUBJECT_BODY_SENTENCES = 2;

/**
 * The body opening the sentence before the end of `window`, or its own, as a subject that speaks or acts ("Hartwell
 * United teilte mit, …", "Der Hessische Flüchtlingsrat mahnte …"): whom "ein Sprecher des Klubs" then means; else null.
 */
export function subjectBodyNear(window: string, lex: Lexicon): string | null {
  // Where nouns are lowercase, a body's noun names it in lowercase words instead ("l'agence régionale de santé").
  if (!lex.pack.nounsCapitalized) return null;
  const recent = window.split(SENTENCE_SPLIT).slice(-SUBJECT_BODY_SENTENCES).join('\n');
  return subjectBody(recent, lex) ?? speakingSubject(recent, lex);
}

/** A section label opening a headline ("Handball:", "Football |"): no part of its subject. */
const HEADLINE_LABEL = /^\p{Lu}[\p{L}-]*\s*[:|]\s+/u;

/**
 * The body a headline opens with, its subject ("Coastal City sack manager …",
 * "Go Ahead Eagles zet trainer …", "Dunmore Rovers: fans' anger as …"): two
 * capitalized words or more, no one credited as a person, no title or place among them, before a
 * lowercase word or a colon. What a body's noun the article names nowhere
 * else likely means ("the club said"); null when the headline opens otherwise.
 */
export function headlineBody(title: string, lex: Lexicon, isPerson: (name: string) => boolean): string | null {
  const words = tokenize(title.replace(HEADLINE_LABEL, ''));
  const run = capitalizedRun(words, 0, lex);
  const next = words[run.length];
  if (run.length < 2 || !next || !(next.text === ':' || (next.isWord && !isCapitalized(next.text)))) return null;
  const lower = run.map((w) => w.toLowerCase());
  const name = run.join(' ');
  if (isPerson(name) || run.some((w) => isTitle(w, lex)) || lower.some((w) => lex.places.has(w) || lex.genderCues.has(w))) return null;
  return name;
}

/** How far back the sentences are read for a body opening them that a spokesperson with none named speaks for. */
export const OPENING_BODY_CHARS = 300;
/** Sentences read back for a body a spokesperson with none named speaks for: the one crediting them and the one before. */
const OPENING_BODY_SENTENCES = 2;

/**
 * The body opening one of the last sentences of `window`, after its article
 * ("Das Gesundheitsministerium in Düsseldorf verwies …", "Die Autobahn GmbH
 * will …"): by name, or by its common noun, and where its sentence starts
 * in `window`; null when none opens them.
 */
export function openingBody(window: string, lex: Lexicon): { mention: Mention; at: number } | null {
  const sentences = window.split(SENTENCE_SPLIT);
  for (let i = sentences.length - 1; i >= 0 && i >= sentences.length - OPENING_BODY_SENTENCES; i--) {
    const sentence = sentences[i]!.trimStart();
    const words = tokenize(sentence.slice(0, BODY_RIGHT_CHARS));
    // "Desde la Consellería do Mar, un portavoz …": the body the words come from opens the sentence too, as does the one whose view
    // it tells ("Per il sindacato X il problema è …").
    const lead = words[0]?.text.toLowerCase() ?? '';
    let k = lex.pack.sourcePrepositions?.includes(lead) || lex.pack.openingAccordingTo?.includes(lead) || lex.pack.accordingTo.includes(lead) ? 1 : 0;
    while (k < words.length && lex.articles.has(words[k]!.text.toLowerCase())) k++;
    // Past the opening word, the body's lowercase noun before its name ("Per il sindacato Scuola Libera"): the name.
    const noun =
      k > 0 && !lex.pack.nounsCapitalized && !isCapitalized(words[k]?.text ?? '') && bodyWordAt(words, k, lex) === 1 && isCapitalized(words[k + 1]?.text ?? '');
    if (!noun) {
      // A body's own noun opening it is no person's title ("The Department for …", "The Commission").
      const opener = words[k]?.text ?? '';
      if (!words[k]?.isWord || !isCapitalized(opener) || (isTitle(opener, lex) && !lex.bodyWords.has(opener.toLowerCase()))) continue;
      if (!capitalizedRun(words, k, lex).some((w) => isBodyCompound(w, lex))) continue;
    }
    const body = bodyAfter(words, noun ? k + 1 : k, lex);
    if (body && (body.kind === 'body' || (body.kind === 'name' && body.body === true))) return { mention: body, at: window.lastIndexOf(sentence) };
  }
  return null;
}

/** Sentences read back for a body a gendered pronoun may mean. */
const GENDERED_BODY_SENTENCES = 2;

/**
 * The body opening one of the last sentences of `window` with an article of
 * the pronoun's gender ("Die Fanabteilung des Vereins protestierte. Sie
 * sprach von …"): its name, or null.
 */
export function genderedBodySubject(window: string, gender: 'f' | 'm', lex: Lexicon): string | null {
  const genders = lex.pack.subjectArticleGenders;
  if (!genders) return null;
  const sentences = window.split(SENTENCE_SPLIT);
  for (let i = sentences.length - 1; i >= 0 && i >= sentences.length - GENDERED_BODY_SENTENCES; i--) {
    const words = tokenize(sentences[i]!.trimStart().slice(0, BODY_RIGHT_CHARS));
    if (!words[0]?.isWord || genders[words[0].text.toLowerCase()] !== gender || !isBodyCompound(words[1]?.text ?? '', lex)) continue;
    const body = bodyAfter(words, 1, lex);
    if (body?.kind === 'name') return body.name;
  }
  return null;
}

/** Words after a body's name up to bracketed initials ("der deutschen Seehafenbetriebe (ZDS)"). */
const TAIL_TO_INITIALS = /^((?:[ \u00A0]+[\p{L}'’-]+){1,4})[ \u00A0]+\(([\p{Lu}][\p{L}-]*)\)/u;

/**
 * The body's name with the words its initials cover ("Zentralverband der
 * deutschen Seehafenbetriebe (ZDS)"), lowercase links too: the initials'
 * letters in order among the words' first letters, the name's first.
 */
function withAbbreviatedTail(text: string, at: number, name: string): string {
  const tail = TAIL_TO_INITIALS.exec(text.slice(at + name.length, at + name.length + 80));
  if (!tail) return name;
  const full = `${name}${tail[1]!}`;
  const letters = tail[2]!.replace(/[^\p{Lu}]/gu, '');
  const firsts = full
    .trim()
    .split(/[\s-]+/)
    .map((w) => w.charAt(0).toUpperCase());
  let k = 0;
  for (const f of firsts) if (f === letters[k]) k++;
  return letters.length > 1 && firsts[0] === letters[0] && k === letters.length ? full.trim() : name;
}

export const SENTENCE_MARK = /^[.!?"”’»]$/;

/** Words back from a name to a place preposition opening its phrase ("in de Rotterdamse wijk Tarwewijk"). */
const PLACE_PHRASE_WORDS = 4;

/** True when the word at `i` ends a phrase a place preposition opens, no punctuation between: a place, not a body. */
export function inPlacePhrase(words: readonly Token[], i: number, lex: Lexicon): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PLACE_PHRASE_WORDS; k--) {
    const t = words[k]!;
    if (!t.isWord) return false;
    if (lex.pack.placePrepositions.includes(t.text.toLowerCase())) return true;
  }
  return false;
}

/** True when `lower` stands as a word of its own somewhere in `text`. */
export function occursLowercase(text: string, lower: string): boolean {
  for (let at = text.indexOf(lower); at >= 0; at = text.indexOf(lower, at + 1)) {
    if (!LETTER.test(text[at - 1] ?? ' ') && !LETTER.test(text[at + lower.length] ?? ' ')) return true;
  }
  return false;
}

/** Before a sentence's first word: the text's start, a stop, a line break, or a dateline's colon. */
const OPENS_SENTENCE = /(?:^|[.!?:]["”’»]?\s+|\n\s*)$/;

/**
 * The body a noun means, named after its head's title in the article
 * ("Menteri Kerja Raya, Datuk Seri …" for "kementerian itu": "Kementerian
 * Kerja Raya"); the latest such title, its remit up to a courtesy title or a
 * person's name.
 */
function headedBody(text: string, noun: string, lex: Lexicon, isPersonWord: (word: string) => boolean): string | null {
  const re = lex.bodyHeadRes.get(noun);
  if (!re) return null;
  let remit: string[] = [];
  for (const m of matchesOf(re, text)) {
    const words = (m[1] ?? m[2]!).trim().split(/[ \u00A0]+/);
    // The particles opening a lowercase title's remit ("de la Somme") are its own, not a courtesy title's.
    const lead = words.findIndex((w) => isCapitalized(w));
    const end = words.findIndex(
      (w, k) =>
        k >= lead &&
        (lex.genderCues.has(w.toLowerCase()) ||
          lex.abbreviations.has(w.toLowerCase()) ||
          lex.titles.has(`${w} ${words[k + 1] ?? ''}`.toLowerCase()) ||
          isPersonWord(w)),
    );
    const own = end < 0 ? words : words.slice(0, end);
    if (own.length) remit = own;
  }
  return remit.length ? `${noun.charAt(0).toUpperCase()}${noun.slice(1)} ${remit.join(' ')}` : null;
}

/** A compound's name with what goes on to its initials ("Bundesverband der deutschen Binnenreedereien"); null when it only describes the body. */
function compoundName(name: string, word: string, describes: boolean): string | null {
  return describes && name === word ? null : name;
}

/** A number right before a noun: how many ("1.200 Unternehmen", "40 companies"). */
const COUNTED = /\d[ \u00A0]+$/;
const COUNT_CHARS = 4;

/** A body noun's pattern, built once: a resolver looks for the same few nouns in every article. */
const nounRegexes = new Map<string, RegExp>();
const MAX_NOUN_REGEXES = 2_000;
function nounRegex(key: string, build: () => RegExp): RegExp {
  let re = nounRegexes.get(key);
  if (!re) {
    // Nouns come from the packs' words and the text's compounds: a bound keeps a long-running process's memory flat.
    if (nounRegexes.size >= MAX_NOUN_REGEXES) nounRegexes.clear();
    nounRegexes.set(key, (re = build()));
  }
  return re;
}

/**
 * The body a common noun at `at` means ("the ministry" → "Ministry of
 * Defence"): the latest place the article names it with that noun or by a
 * short form of it; else, as far as `guess` goes, a sentence's subject
 * ('subject'), then the latest body named short or proper noun before it
 * that is nobody's name ("Repsol" for "la empresa"); else null.
 */
export function bodyNamed(
  text: string,
  noun: string,
  at: number,
  lex: Lexicon,
  isPersonWord: (word: string) => boolean,
  quotes: readonly { start: number; end: number }[] = [],
  guess: 'none' | 'subject' | 'any' = 'any',
): string | null {
  // Where nouns compound, the noun may end a longer word ("Gesundheitsministerium") or take a case ending ("des Verbands").
  const compound = lex.pack.nounsCapitalized;
  const base = compound ? (bodyNoun(noun, lex) ?? noun) : noun;
  // Where lowercase nouns compound, a capitalized compound ending in the noun is a name of its own ("het Maasziekenhuis").
  const named = !compound && lex.pack.compoundNouns === true && !noun.includes(' ') && noun.length >= BODY_COMPOUND_CHARS;
  const re = nounRegex(compound ? `c${base}` : `${named ? 'n' : 'w'}${noun}`, () =>
    compound
      ? new RegExp(`[\\p{L}-]*${escapePattern(base)}(?:e?s|en|n)?(?![\\p{L}])`, 'giu')
      : new RegExp(`(?<![\\p{L}])${named ? '\\p{L}*' : ''}${escapePattern(noun).replace(/ /g, '\\s+')}(?![\\p{L}])`, 'giu'),
  );
  // Alone, a compound of a noun that stands for a named body ("das Familienunternehmen") describes it; a ministry's ("das Gesundheitsministerium") names it.
  const describes = compound && (lex.pack.namedBodyNouns?.includes(base) ?? false);
  let best: string | null = null;
  let subject: string | null = null;
  for (const m of matchesOf(re, text.slice(0, at))) {
    if (compound && LETTER.test(text[m.index - 1] ?? ' ')) continue;
    // Counted ("1.200 Unternehmen aus Industrie und Handel"), the noun means many bodies, none by name.
    if (COUNTED.test(text.slice(Math.max(0, m.index - COUNT_CHARS), m.index))) continue;
    const longer = m[0].length > base.length + 1;
    const ownName = named && longer && isCapitalized(m[0]) && !OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index));
    // The word alone after an article ("des Verbands") says nothing new; with its compound head or a name around it, it names the body.
    // An epithet of the noun's kind ("der Leipziger Klub") names no body.
    const around = nameAround(text, m.index, m[0], lex);
    best =
      (around && !placeEpithet(around, text, lex) ? around : null) ??
      // The noun capitalized opening a name it goes on with ("l'Observatoire du littoral de Kerlouan"): that name.
      (!compound && isCapitalized(m[0]) && !OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index)) ? nameOpenedByNoun(text, m.index, lex) : null) ??
      ((compound && longer) || ownName ? compoundName(withAbbreviatedTail(text, m.index, m[0]), m[0], describes) : null) ??
      // A noun of several words written as a name ("la Guardia Civil") is the body's name.
      (noun.includes(' ') && m[0].split(/\s+/).every(isCapitalized) ? m[0] : null) ??
      best;
    if (!subject && isCapitalized(m[0]) && OPENS_SENTENCE.test(text.slice(Math.max(0, m.index - 4), m.index))) subject = m[0];
  }
  if (best) return best;
  // Where every noun is capitalized, a capitalized word alone is no sign of a name; a run of them opening a sentence may be.
  // Such a noun ("des Vereins") stands for the body the article is about, however far back it opened a sentence ("Der Karlsruher SV steht …").
  if (compound) return lex.pack.namedBodyNouns?.includes(base) ? subjectBody(text.slice(0, at), lex) : null;
  const headed = headedBody(text.slice(0, at), noun, lex, isPersonWord);
  if (headed) return headed;
  // Named only short, by initials or a clipped word of its kind ("rumah sakit itu" after "RSUD Poso", "polisi" after "Polres Bekasi").
  const shortNamed = shortNamedBodiesBefore(text, at, lex, isPersonWord, quotes);
  const ofKind = shortNamed.findLast((b) => shortFormOf(noun, b, lex));
  if (ofKind) return ofKind.name;
  if (guess === 'none') return null;
  // The noun alone opening a sentence ("KUALA LUMPUR: Polis menumpaskan …"): the article's one body of that kind.
  if (subject) return subject;
  const from = Math.max(0, at - PROPER_NOUN_CHARS);
  const window = text.slice(from, at);
  const spoke = speakingSubject(window, lex);
  if (spoke || guess === 'subject') return spoke;
  // Else the latest of the bodies named short ("De bond" after "Jolanda Smeets van FNV Metaal") and the proper nouns that are nobody's name.
  const short = shortNamed.findLast((b) => b.at >= from) ?? null;
  const words = tokenize(window);
  // A capitalized word someone said ("We zijn …", a street they name) is no body the reporter credits.
  const said = quotes.filter((q) => q.end > from && q.start < at);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.text;
    const offset = from + words[i]!.start;
    if (said.some((q) => q.start <= offset && offset < q.end) || inPlacePhrase(words, i, lex)) continue;
    const lower = w.toLowerCase();
    // Nor a preposition opening its sentence's adverbial ("Outside court, …").
    if (
      !isCapitalized(w) ||
      lex.stopwords.has(lower) ||
      lex.prepositions.has(lower) ||
      lex.pronouns.has(lower) ||
      lex.calendarWords.has(lower) ||
      lex.places.has(lower) ||
      isAmountWord(w)
    )
      continue;
    // Nor is a spokesperson word opening a sentence ("Fuentes del grupo …").
    // Nor a body's own noun, after an elided article too ("L'azienda").
    if (isTitle(w, lex) || lex.bodyWords.has(lower.replace(ELIDED_ARTICLE_BEFORE_LETTER, '')) || isSpokesperson(w, lex)) continue;
    const neighbour = (t: Token | undefined): boolean => t !== undefined && t.isWord && isCapitalized(t.text) && !lex.stopwords.has(t.text.toLowerCase());
    if (neighbour(words[i + 1]) || words[i + 1]?.text === "'" || words[i + 1]?.text === '’') continue;
    if (neighbour(words[i - 1])) {
      // A run of capitalized words after a definite article opening a sentence is a body named in full as its subject, whatever
      // its words also name ("La Ferretti Componenti ha chiuso …"): a person's name takes no article.
      let first = i - 1;
      while (neighbour(words[first - 1])) first--;
      const run = words.slice(first, i + 1).map((t) => t.text);
      const article = words[first - 1]?.text.toLowerCase() ?? '';
      const definite = (lex.articles.has(article) && !lex.indefiniteArticles.has(article)) || ELIDED_ARTICLE_OR_PREPOSITION.test(article);
      const ofKind = (w: string | undefined): boolean => w === undefined || (bodyNoun(w, lex) ?? noun) === noun;
      // Nor one of another kind, by its own noun or the one it heads ("the League Two club").
      const other = run.some((r) => isTitle(r, lex) || lex.places.has(r.toLowerCase()) || !ofKind(r)) || !ofKind(words[i + 1]?.text);
      // Only one opening its sentence, its subject: after a verb or a preposition it is whom or where ("naar de Tweede Kamer").
      const opens = first < 2 || SENTENCE_MARK.test(words[first - 2]!.text);
      if (definite && opens && !other) return short && short.at > offset ? short.name : run.join(' ');
      i = first;
      continue;
    }
    if (isPersonWord(w)) continue;
    // A sentence's first word that the article also writes in lowercase ("We …", "… begrijpen we") is a common word.
    // A line's first word opens a sentence too ("SEREGNO. Terzo …" under a byline).
    const opening = i === 0 || SENTENCE_MARK.test(words[i - 1]!.text) || OPENS_SENTENCE.test(text.slice(Math.max(0, offset - 4), offset));
    if (opening && occursLowercase(text, lower)) continue;
    // Nor an ordinal or an approximation word opening a sentence ("Terzo giorno di …", "Circa 1.200 …").
    if (opening && (lex.ordinalWords.has(lower) || lex.approxWordSet.has(lower))) continue;
    return short && short.at > offset ? short.name : w;
  }
  return short?.name ?? null;
}

/** How far after a document's noun its author may be named ("le rapport annuel de l'Observatoire …"). */
const AUTHOR_CHARS = 120;

/** The capitalized word at `at` goes on a name begun before it ("Lembaga Kajian Pangan"): no document of its own. */
function inName(text: string, at: number, lex: Lexicon): boolean {
  if (!isCapitalized(text.slice(at, at + 1))) return false;
  const previous = tokenize(text.slice(Math.max(0, at - AUTHOR_CHARS), at)).at(-1)?.text ?? '';
  return isCapitalized(previous) && !lex.stopwords.has(previous.toLowerCase());
}

/**
 * A body named as such further on in the document's sentence, as who wrote it in a clause of its own ("ein Gutachten
 * hervor, das ein Team des Bremer Instituts für Küstenforschung erstellt hat"): the first run of capitals holding a
 * body's noun, in the form it has as a subject; null when the sentence names none.
 */
function authorInClause(words: readonly Token[], lex: Lexicon): Mention | null {
  for (let j = 1; j < words.length && !SENTENCE_MARK.test(words[j]!.text); j++) {
    // Or one named in lowercase words after its article ("Dans un rapport publié mardi, la chambre régionale des comptes d'Occitanie dresse …").
    const lowercase = lex.articles.has(words[j - 1]!.text.toLowerCase()) ? lowercaseBodyName(words, j, lex) : null;
    if (lowercase) return { kind: 'name', name: lowercase, titled: false, body: true };
    if (!isCapitalized(words[j]!.text) || isCapitalized(words[j - 1]!.text)) continue;
    const body = bodyAfter(words, j - 1, lex);
    if (body?.kind === 'name' && body.name.split(' ').some((w) => isBodyCompound(w, lex))) return body;
  }
  return null;
}

/**
 * The author of the latest document the article named before `at` ("the
 * report by the Halden Foundation", "einer Studie des Instituts", "laporan
 * Bank Dunia"): a body's name, or its common noun, or null.
 */
export function documentAuthor(text: string, at: number, lex: Lexicon): Mention | null {
  const before = text.slice(0, at).toLowerCase();
  let best: { at: number; author: Mention } | null = null;
  for (const word of lex.documentWords) {
    // The latest whole-word mention of each noun that names an author, looked up by position rather than scanned for.
    for (let k = before.lastIndexOf(word); k >= 0; k = k > 0 ? before.lastIndexOf(word, k - 1) : -1) {
      if (best && k < best.at) break;
      const end = k + word.length;
      if (LETTER.test(before[k - 1] ?? ' ') || LETTER.test(before[end] ?? ' ') || inName(text, k, lex)) continue;
      const words = tokenize(text.slice(end, end + AUTHOR_CHARS));
      // Past one adjective of the document's ("il rapporto annuale della Fondazione …", "le rapport annuel de l'Observatoire").
      const described = words[0]?.isWord === true && !isCapitalized(words[0].text) && !lex.stopwords.has(words[0].text.toLowerCase());
      const linked = lex.prepositions.has(withoutApostrophe(words[1]?.text.toLowerCase() ?? ''));
      const past = described && linked ? bodyAfter(words, 1, lex) : null;
      // Not when the day it came out ("published on Tuesday").
      const author = bodyAfter(words, 0, lex) ?? (past?.kind === 'name' && whenWord(past.name, lex) ? null : past) ?? authorInClause(words, lex);
      if (author) {
        best = { at: k, author };
        break;
      }
    }
  }
  return best?.author ?? null;
}
