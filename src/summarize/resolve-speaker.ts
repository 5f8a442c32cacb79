import { ELIDED_ARTICLE_BEFORE_LETTER } from './elision.js';
import type { Lexicon } from './lexicon.js';
import { matchesOf } from './lexicon.js';
import { bodyAbout } from './body-about.js';
import { bodyNameThroughConjunction } from './body-name-conjunction.js';
import { jointParts } from './joint-name.js';
import { isTitle } from './title-word.js';
import { runBeforeSpaces } from './text-end.js';
import { isCapitalized } from './tokenize.js';
import { wholeWordSpots } from './whole-word-spots.js';
import {
  OPENING_BODY_CHARS,
  bodyNamed,
  bodyNoun,
  documentAuthor,
  genderedBodySubject,
  headlineBody,
  isBodyCompound,
  nameOpenedByNoun,
  openingBody,
  placeEpithet,
  subjectBodyNear,
} from './unnamed-speaker.js';
import type { Mention } from './speaker-name.js';
import { ArticleGenders, GENDERED_BODY_CHARS } from './article-genders.js';
import { SHOUTED } from './collect-names.js';
import { FullNames } from './full-name.js';
import { SENTENCE_BREAK } from './gender-cue.js';
import { LETTER, LETTER_OR_MARK, NAME_SPACE } from './name-sighting.js';
import type { NameSighting, ResolvedArticle } from './name-sighting.js';
import { SENTENCE_OPENING } from './opens-clause.js';
import { RoleHolders } from './role-holder.js';
import { RoleUses } from './role-uses.js';
import { articleBefore, PLACING_CHARS, SightingReader } from './sighting-reader.js';
import { pairBefore } from './speaker-pair.js';
import { escapePattern } from './escape-pattern.js';

const FORMER_TITLE = /^ex-?(\p{L}{3,})$/u;

/** A capitalized word, whole (global, for scanning). */
const CAPITALIZED_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’-]+/gu;

/** The word ending the text before its spaces. */
const WORD_THEN_SPACES = /(\p{L}+)[ \u00A0]+$/u;

/** A lowercase word right after a name: its verb, unless a function word. */
const VERB_AFTER_NAME = /^[ \u00A0]+(\p{Ll}+)/u;
/** Least score of a likely speaker: its clause's subject, or named in the quote's own sentence. */
const MIN_LIKELY_SCORE = 2;
/** A lowercase noun and the link word right before a name ("commento di "). */
const OF_NOUN_BEFORE = /(\p{Ll}+)\s+(\p{Ll}+)\s+$/u;
/** Characters read before a name for that noun and link. */
const OF_NOUN_CHARS = 30;
/** The first word of a clause set off by a comma. */
const CLAUSE_AFTER_COMMA = /,[ \u00A0]+(\p{L}+)/gu;

/** How far before a body's name the noun of its kind is looked for ("die Gewerkschaft IG BAU"). */
const KIND_BEFORE_CHARS = 40;
/** Lowercase words opening a body's name as found: its kind's nouns before the capitals. */
const LOWERCASE_HEAD = /^(?:\p{Ll}+ )+/u;
/** The lead's characters read for a body's noun naming the headline's body. */
const LEAD_KIND_CHARS = 300;
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

/** The body noun a one-word name is, past an elided article ("L'azienda", "Empresa"), where nouns are not capitalized anyway. */
function commonBodyNoun(name: string, lex: Lexicon): string | null {
  if (lex.pack.nounsCapitalized) return null;
  // "La Procura ha spiegato": the article opening the sentence, read as a name's particle, then the noun.
  const words = name.split(' ');
  const word = words.length === 2 && lex.articles.has(words[0]!.toLowerCase()) ? words[1]! : words.length === 1 ? name : null;
  if (word === null) return null;
  const noun = word.toLowerCase().replace(ELIDED_ARTICLE_BEFORE_LETTER, '');
  return lex.bodyWords.has(noun) ? noun : null;
}

/** Where every noun is capitalized, a one-word name that is a body's common noun in the pack ("Organisation"), lowercased; else null. */
function packBodyNoun(name: string, lex: Lexicon): string | null {
  const lower = name.toLowerCase();
  return lex.pack.nounsCapitalized && !name.includes(' ') && (lex.bodyWords.has(lower) || (lex.pack.namedBodyNouns?.includes(lower) ?? false)) ? lower : null;
}

/**
 * Where a body's name was last written before `at`: the name itself, or, for one read in the form it has as a subject
 * ("Statistisches Landesamt" for "des Statistischen Landesamts"), its last word, which only takes an ending.
 */
function namedAt(text: string, name: string, at: number): number {
  const whole = text.lastIndexOf(name, at);
  return whole >= 0 ? whole : text.lastIndexOf(name.slice(name.lastIndexOf(' ') + 1), at);
}

/**
 * Turns mentions into canonical speakers in reading order: a surname becomes
 * the latest full name ending in it, a pronoun the latest named person who
 * spoke before it.
 */
export class SpeakerResolver {
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
  private readonly reader: SightingReader;
  private readonly fullNames: FullNames;
  private readonly genders: ArticleGenders;
  private readonly roles: RoleHolders;

  /**
   * `findNames` runs only if a surname or pronoun needs resolving;
   * `soloPerson` tells whether a lone word with no title ("Trump") is a
   * person a later "he" can mean.
   */
  constructor(
    private readonly findNames: () => readonly NameSighting[],
    private readonly soloPerson: (word: string) => boolean = () => false,
    private readonly article: ResolvedArticle | null = null,
  ) {
    const names = (): readonly NameSighting[] => this.names;
    const roleUses = new RoleUses(article);
    this.reader = new SightingReader(article);
    this.fullNames = new FullNames(names, this.speakers, article);
    this.genders = new ArticleGenders(names, roleUses, article);
    this.roles = new RoleHolders(names, roleUses, this.genders, this.fullNames, article);
  }

  /** The first person named between `from` and `to`, outside quotes and no body: whom an interview's questions are put to ("We asked Ann Lee, a geologist, …"). */
  firstPersonIn(from: number, to: number): string | null {
    const bodyWords = this.article?.lex.bodyWords;
    const s = this.names.find((n) => n.at >= from && n.at < to && !n.quoted && !n.name.split(' ').some((w) => bodyWords?.has(w.toLowerCase())));
    if (s) return this.fullNames.fullName(s.name, s.at);
    // Else one word of a speaker's full name, not opening a sentence ("Kompas berbincang dengan Ratih di ruang kerjanya").
    const text = this.article?.text ?? '';
    for (const m of matchesOf(CAPITALIZED_WORD, text.slice(from, to))) {
      if (SENTENCE_OPENING.test(text.slice(Math.max(0, from + m.index - 4), from + m.index)) || from + m.index === 0) continue;
      const speaker = this.speakers.find((p) => p.name.split(' ').includes(m[0]));
      if (speaker) return speaker.name;
    }
    return null;
  }

  /**
   * The **newcomer** of the sentence between `from` and `to`: the one person it names, in full and in no preposition's
   * phrase, who has not spoken yet ("Torhüter Lukas Brandt hielt drei Siebenmeter."); a pronoun of their gender or no
   * credit in the quote right after it means them rather than who spoke last. Null when it names anyone else too, or
   * the person is of the other gender.
   */
  newcomerIn(from: number, to: number, gender?: 'f' | 'm'): string | null {
    const bodyWords = this.article?.lex.bodyWords;
    let found: string | null = null;
    for (const s of this.names) {
      if (s.at >= to) break;
      if (s.at < from || s.quoted) continue;
      const name = this.fullNames.fullName(s.name, s.at);
      if (found !== null && name !== found) return null;
      if (s.alone || !s.name.includes(' ') || this.reader.placedAt(s.at) || s.name.split(' ').some((w) => bodyWords?.has(w.toLowerCase()))) return null;
      found = name;
    }
    if (found === null || this.speakers.some((p) => p.name === found)) return null;
    const marked = this.genders.genderOf(found) ?? this.genders.unmarkedGender(found);
    if (gender && marked !== null && marked !== gender) return null;
    // The pronoun's gender marks them, as for any person a pronoun means (a later one of the other gender passes over them).
    if (gender && marked === null) this.genders.assume(found, gender);
    return found;
  }

  /** True when the article named someone with this role before `at` ("el ministro de Hacienda, Carlos Ruiz"). */
  knowsRole(title: string, at: number): boolean {
    return this.roles.personWithRoleOrAlias(title, at) !== null || this.roles.headlineRole(title) !== null || this.roles.defendant(title, at) !== null;
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
    // A masculine role in apposition ("le maire de Rennes, Nathalie Appéré") is passed over only for someone the pronoun's gender marks.
    let best = this.pickBefore(at, paragraph, titledToo, gender, true);
    if (gender && (!best || this.genders.genderOf(best.name) !== gender)) best = this.pickBefore(at, paragraph, titledToo, gender, false);
    // A lone surname after a title ("Mme Perrin"), or the first words of a name ("Ahmad Khamis"), is the person named in full before.
    return best ? this.fullNames.fullName(best.name, best.at) : null;
  }

  /** personBefore's choice, strict or not about unmarked genders: methods, not closures made per pronoun. */
  private pickBefore(at: number, paragraph: number, titledToo: boolean, gender: 'f' | 'm' | undefined, strict: boolean): { name: string; at: number } | null {
    let found = this.speakers.findLast((s) => this.fitsGender(s.name, gender, strict)) ?? null;
    for (const s of this.names) {
      if (s.at >= at) break;
      // A person marked with the pronoun's gender is who it means, named in any clause ("Para a mãe Luciana Prado, … contou ela").
      const marked = gender !== undefined && !s.quoted && this.genders.genderOf(s.name) === gender;
      // So is one brought in with an age ("Voor Marloes Harink (34) uit Zutphen, … zegt ze"), in any clause.
      const aged = !s.quoted && !s.alone && this.reader.agedAt(s);
      // So is one followed by their verb, the subject of a clause that need not open the sentence ("Venu à la barre, Paul Roux a décrit …").
      // Not one inside what a speech verb or a source reports ("Ruiz recordó que la consejera, Ana Gil, abrió …").
      const acting = s.at > paragraph && !s.quoted && !this.reader.placedAt(s.at) && this.reader.verbFollows(s) && !this.reader.reportedAt(s);
      // So is one a copula brings into the story in the pronoun's paragraph ("Among the first passengers was Tom Kettlewell").
      const introduced = s.at > paragraph && !s.quoted && this.reader.introducedAt(s.at);
      if (
        (marked || aged || s.subject || acting || introduced || (titledToo && !s.quoted && this.reader.titledAt(s.at))) &&
        (!found || s.at > found.at) &&
        this.fitsGender(s.name, gender, strict)
      )
        found = s;
    }
    return found;
  }

  /** A gendered pronoun passes over people the article marks with the other gender ("Frau Wendt … Er sprach"). */
  private fitsGender(name: string, gender: 'f' | 'm' | undefined, strict: boolean): boolean {
    return !gender || (this.genders.genderOf(name) ?? (strict ? this.genders.unmarkedGender(name) : null) ?? gender) === gender;
  }

  /** The latest person named before `at`, outside quotes, whom the article marks with `gender`, in full; or null. */
  private markedBefore(at: number, gender: 'f' | 'm'): string | null {
    const found = this.names.findLast((s) => s.at < at && !s.quoted && this.genders.genderOf(s.name) === gender);
    return found ? this.fullNames.fullName(found.name, found.at) : null;
  }

  /** True when a person opens a sentence, or is named with a title, between `from` and `at` ("A Faenza il sindaco Stefano Casadei ha trascorso …"). */
  private personSince(from: number, at: number): boolean {
    return this.names.some((s) => s.at > from && s.at < at && !s.quoted && (s.subject || this.reader.titledAt(s.at) || this.reader.agedAt(s)));
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

  /** True when a full name follows a noun and its bare "of" ("il commento di Giorgio Abate"): the person the phrase is about. */
  private ofPerson(s: NameSighting, body: boolean): boolean {
    const { text, lex } = this.article!;
    if (!s.name.includes(' ') || body) return false;
    const before = OF_NOUN_BEFORE.exec(text.slice(Math.max(0, s.at - OF_NOUN_CHARS), s.at));
    return before !== null && lex.pack.bodyOfLinks?.includes(before[2]!.toLowerCase()) === true && !lex.stopwords.has(before[1]!.toLowerCase());
  }

  private latestMentioned(at: number): string | null {
    const names = this.names;
    const since = this.lastPerson?.at ?? -1;
    let i = names.length - 1;
    while (i >= 0 && names[i]!.at >= at) i--;
    const lex = this.article?.lex;
    for (; i >= 0 && names[i]!.at > since; i--) {
      const s = names[i]!;
      // Whether a word of a name of several words is a body's noun, read once for both checks below.
      const body = s.name.includes(' ') && s.name.split(' ').some((w) => lex?.bodyWords.has(w.toLowerCase()));
      // A name right after a preposition is whom or where ("conveyed the news to Kulkarni"), not whom an epithet means;
      // one a noun's "of" brings in is whom the phrase is about ("Amaro il commento di Giorgio Abate. «…», ammette il tecnico").
      if (this.reader.afterPreposition(s.at) && !this.ofPerson(s, body)) continue;
      // Nor one a sentence opened by a pronoun speaks of ("Sie hatte Pfeiffer … überlassen"): the pronoun's person is its subject.
      if (!s.subject && !this.reader.verbFollows(s) && this.reader.pronounOpensAt(s.at)) continue;
      if (!s.quoted && (s.alone || s.subject || this.speakers.some((p) => p.name === s.name) || this.reader.titledAt(s.at) || this.reader.agedAt(s)))
        return s.name;
      // A full name brought in within the epithet's own paragraph, in any clause ("Unter ihnen war Gerlinde Moosbrugger … sagte die 74-Jährige").
      // Not one placed by a preposition and its article ("en la Audiencia Provincial"), nor a body's name.
      if (
        !s.quoted &&
        !s.alone &&
        !body &&
        s.name.includes(' ') &&
        (!this.reader.placedAt(s.at) || this.ofPerson(s, body)) &&
        !this.article?.text.slice(s.at, at).includes('\n')
      )
        return s.name;
    }
    return null;
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
      return this.reader.placedAt(at) && (next === undefined || lex.stopwords.has(next) || headed) && !this.particleSurname(name, at);
    }
    return false;
  }

  /**
   * True when a comma and a complementizer open a clause between the epithet and a name ("disse a deputada, que exige verbas
   * para o Serviço Nacional de Saúde"): what the epithet's holder does, not who holds it.
   */
  private inRelativeClause(from: number, to: number): boolean {
    const { text, lex } = this.article!;
    for (const m of matchesOf(CLAUSE_AFTER_COMMA, text.slice(from, to))) if (lex.complementizers.has(m[1]!.toLowerCase())) return true;
    return false;
  }

  /**
   * True when the preposition before a surname is its own particle ("garantiu dos Santos Ribeiro" after "José Manuel dos Santos
   * Ribeiro"): a person the article named with both speaks, no listener is meant.
   */
  private particleSurname(name: string, at: number): boolean {
    const { text, lex } = this.article!;
    const particle = WORD_THEN_SPACES.exec(text.slice(Math.max(0, at - 8), at))?.[1];
    if (particle === undefined || !lex.nameParticles.has(particle)) return false;
    const surname = ` ${particle} ${name}`;
    return this.names.some((s) => s.at < at && s.name.includes(surname));
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
      if (s.quoted || s.name === not || this.reader.placedAt(s.at)) continue;
      const score = (s.at >= sentence ? 2 : 0) + (s.subject || this.reader.verbFollows(s) ? 2 : 0) + (this.reader.titledAt(s.at) ? 1 : 0);
      const distance = Math.abs(s.at - quoteStart);
      if (score >= least && (score > bestScore || (score === bestScore && distance < bestDistance))) {
        best = s;
        bestScore = score;
        bestDistance = distance;
      }
    }
    return best ? this.fullNames.fullName(best.name, best.at) : null;
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
          (s.alone || this.reader.titledAt(s.at)) &&
          !this.reader.placedAt(s.at) &&
          (s.subject || this.reader.verbFollows(s)) &&
          !this.reader.reportedAt(s),
      ) ?? null
    );
  }

  /** A body's name the article writes whole past a conjunction inside it (bodyNameThroughConjunction), else `name` itself. */
  wholeBodyName(name: string): string {
    if (!this.article) return name;
    let whole = this.wholeBodyNameMemo.get(name);
    if (whole === undefined) this.wholeBodyNameMemo.set(name, (whole = bodyNameThroughConjunction(name, this.article.text, this.article.lex)));
    return whole;
  }

  /** The latest body's name up to `at` that the capitalized noun `word` opens and lowercase words or capitals go on with, or null. */
  private nameOpenedByNoun(word: string, at: number): string | null {
    if (!this.article) return null;
    let found: string | null = null;
    for (const spot of wholeWordSpots(this.article.text, word)) {
      if (spot > at) break;
      found = nameOpenedByNoun(this.article.text, spot, this.article.lex) ?? found;
    }
    return found;
  }

  /** A person or organisation speaking at `at`; persons become what a later pronoun means. */
  resolve(mention: Mention | null, at: number): string | null {
    if (!mention || mention.kind === 'unnamed') return null;
    if (mention.kind === 'pronoun') {
      if (mention.plural) {
        const pair = pairBefore(at, this.names, this.lastPerson, this.article, this.reader);
        if (pair) return this.fullNames.fullName(pair, at);
        // Two people credited together last, since any body: the pair, however far apart the article named them.
        const last = this.lastPerson;
        if (last && this.article && last.at > this.lastBodyAt && jointParts(last.name, this.article.lex)) return last.name;
        // "hanno ribadito i due sindacalisti": a count of two is never one person nor a body, but the pair credited last.
        const lex = this.article?.lex;
        const pairCredited = mention.counted && lex ? this.speakers.findLast((p) => jointParts(p.name, lex) !== null) : undefined;
        if (pairCredited) return pairCredited.name;
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
      const role = this.genders.roleSubjectBefore(at, mention.gender);
      if (role) return this.resolve({ kind: 'role', title: role }, at);
      // No person of its gender: a body of that grammatical gender opening a sentence just before ("Die Fanabteilung … Sie sprach").
      if (!person && mention.gender && this.article) {
        const body = genderedBodySubject(this.article.text.slice(Math.max(0, at - GENDERED_BODY_CHARS), at), mention.gender, this.article.lex);
        if (body) this.creditBody(body, at, true);
        return body;
      }
      // The pronoun's gender marks whom it means, for a later one of the other gender to pass over ("…“, ruft er. … Später sagt sie: „…“").
      if (person && mention.gender && this.genders.genderOf(person) === null) this.genders.assume(person, mention.gender);
      return person;
    }
    // "L'azienda spiega", "Empresa culpa …": a body's common noun capitalized to open its sentence means the body of that kind named.
    // Not where the body found is the word itself ("Ministério diz …"), which the name's own completion reads in full.
    const noun = mention.kind === 'name' && this.article ? commonBodyNoun(mention.name, this.article.lex) : null;
    // "un portavoce dell'Autorità" after "l'Autorità idrica territoriale Val Vernasca": the noun shortens the name it opened before.
    const opened = noun && mention.kind === 'name' ? this.nameOpenedByNoun(mention.name.slice(mention.name.lastIndexOf(' ') + 1), at) : null;
    if (opened) {
      this.creditBody(opened, at, true, mention.kind === 'name' && mention.spokesperson === true);
      return opened;
    }
    const found = noun ? this.bodyOfKind(noun, at) : null;
    if (noun && found && commonBodyNoun(found, this.article!.lex) !== noun) return this.resolve({ kind: 'body', noun }, at);
    // A spokesperson's body given by a common noun alone ("eine Sprecherin der Organisation"), none of that noun named: a body's noun, no name.
    const spokenFor = mention.kind === 'name' && mention.spokesperson && this.article ? packBodyNoun(mention.name, this.article.lex) : null;
    if (spokenFor && !this.bodyOfKind(spokenFor, at)) return this.resolve({ kind: 'body', noun: spokenFor }, at);
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
      const holder = mention.held ? this.roles.spokespersonNamed(mention.held, at) : null;
      if (holder && !holder.quoted) {
        const name = this.fullNames.fullName(holder.name, holder.at);
        this.credit(name, at);
        return name;
      }
      // A statement naming no body ("In una nota … ha ricordato"): a person who spoke since the last body issued it.
      if (mention.inStatement && this.lastPerson && this.lastPerson.at > this.lastBodyAt) return this.personBefore(at);
      // "de politie" after "een woordvoerder van de federale politie" spoke: that body, by its noun; unless another of its kind
      // was named since ("Pengarah Jabatan Kebajikan Masyarakat, …" after "Jurucakap Jabatan Bomba …" for "jabatan itu").
      if (mention.noun && this.lastBody && ` ${this.lastBody.toLowerCase()} `.includes(` ${mention.noun} `) && !this.otherOfKindSince(mention.noun, at))
        return this.lastBody;
      // "a fait savoir la direction": a body's own organ, no body named by it, speaks for the body the article is about.
      const body = mention.noun && !this.organ(mention.noun, at) ? this.bodyOfKind(mention.noun, at) : this.spokenForNear(at);
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
      // None of its kind named, the body named opening a sentence just before, of no other kind ("The Met Office issued a
      // warning. “…,” the agency said"), where the noun may stand for a named body.
      const opening = this.standsForNamed(mention.noun) ? this.openingName(at) : null;
      if (opening && !this.ofOtherKind(opening, mention.noun)) {
        this.creditBody(opening, at, true);
        return opening;
      }
      // A noun no body was named by ("eine Sprecherin der Organisation" after "Der Hessische Flüchtlingsrat mahnte …"): the body
      // opening the sentence before as its subject, of no other kind, no person who spoke.
      const subject = this.article ? subjectBodyNear(this.article.text.slice(Math.max(0, at - OPENING_BODY_CHARS), at), this.article.lex) : null;
      if (subject && !this.ofOtherKind(subject, mention.noun) && !this.speakers.some((p) => p.name === subject)) {
        this.creditBody(subject, at, true);
        return subject;
      }
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
        this.roles.personWithRoleOrAlias(mention.title, at) ??
        (former !== undefined && this.article && isTitle(former, this.article.lex) ? this.roles.personWithRole(former, at) : null);
      // A role's gendered form is never a person the article marks with the other gender ("die Angeklagte" past "Anwalt Stefan Rauscher").
      const roleGender = this.genders.roleGender(mention.title, at);
      const holder = found && roleGender && this.genders.otherThanRole(found.name, roleGender) ? null : found;
      // A holder named before the quote's paragraph gives way to a person acting in it before the epithet, whom the epithet
      // takes up ("Al otro lado, el entrenador del Mirandés, Joseba Uriarte, destacó … «…», valoró el técnico").
      // Not when the paragraph names the holder too ("El fiscal sostiene que Montilla … . A preguntas del fiscal, el exgerente …").
      const paragraph = this.article ? this.article.text.lastIndexOf('\n', at) : at;
      const named = holder !== null && this.names.some((s) => s.name === holder.name && s.at > paragraph && s.at < at);
      const person = holder && holder.at < paragraph && !named ? (this.actingInParagraph(at) ?? holder) : holder;
      // Or the one the headline gives it ("Geschäftsführerin Brigitte Hallmann: „…“").
      const headlined = person ? null : this.roles.headlineRole(mention.title);
      if (headlined) {
        this.credit(headlined, at);
        return headlined;
      }
      if (!person) {
        // One person per role: the one the article gives it later in the epithet's own paragraph, before anyone merely named
        // ("the judge said … . “…,” Judge Helen Ashworth told him"); a function word misread as a role ("yang") has none.
        const ahead = this.roles.personWithRole(mention.title, at, true);
        const paragraphEnd = this.article ? this.article.text.indexOf('\n', at) : -1;
        const inParagraph =
          ahead !== null && !ahead.quoted && ahead.at > at && (paragraphEnd < 0 || ahead.at < paragraphEnd) && !this.inRelativeClause(at, ahead.at);
        if (inParagraph && !this.article?.lex.stopwords.has(mention.title)) {
          const name = this.fullNames.fullName(ahead.name, ahead.at);
          this.credit(name, at);
          return name;
        }
        // The defendant so found spoke, and is whom a later pronoun of the role's gender means ("„…“, sagte die Angeklagte. Sie habe …"),
        // not one of the other ("Der Angeklagte schwieg. … „…“, sagte sie" is his lawyer).
        const accused = this.roles.defendant(mention.title, at, roleGender);
        if (accused) {
          this.credit(accused, at, roleGender);
          return accused;
        }
        // An epithet no one was given ("die 54-Jährige") takes up a gendered role opening the paragraph ("Die Angeklagte hatte …").
        const opening = this.genders.roleSubjectBefore(at, roleGender ?? undefined);
        // The latest person, as for a pronoun: of the role's gender where its form marks one ("ammette la sindaca" past "Aldo Berti").
        const latest = this.latestMentioned(at);
        // One form for both genders, its article telling which ("a atleta"), where articles mark no subject's gender otherwise.
        const epicene = this.article !== null && !this.article.lex.pack.subjectArticleGenders && this.article.lex.articleGenderedCues.has(mention.title);
        const before =
          (opening && opening !== mention.title ? this.resolve({ kind: 'role', title: opening }, at) : null) ??
          // A role's gendered form ("afirmou a atleta") passes over a latest person not marked of its gender for the latest one so marked.
          (latest && roleGender && epicene && this.genders.genderOf(latest) !== roleGender ? this.markedBefore(at, roleGender) : null) ??
          (latest && roleGender && this.genders.otherThanRole(latest, roleGender) ? null : latest) ??
          this.personBefore(at, true, roleGender ?? undefined) ??
          this.onlyPersonBefore(at);
        if (before) return before;
        // Else the one the article gives the role next ("Volgens de dijkgraaf … zegt hij. Dijkgraaf Harm Verstappen …"): whom a pronoun then means.
        const next = ahead?.name ?? null;
        if (next) this.credit(next, at);
        return next;
      }
      // A surname after the role ("Hakim Rozilah") is the full name given before.
      const name = this.fullNames.fullName(person.name, person.at);
      this.credit(name, at);
      return name;
    }
    // A place's adjective and a body's noun ("der Leipziger Klub"): the body of that kind the article named.
    const epithet = mention.body ? placeEpithet(mention.name, this.article?.text ?? '', this.article?.lex) : null;
    if (epithet) return this.resolve({ kind: 'body', noun: epithet }, at);
    // A body's branch or regional office ("der Niederlassung Rheinland", "des Landesbezirks Nord") speaks for the body itself.
    if (mention.body && this.branch(mention.name)) return this.resolve({ kind: 'body', noun: '' }, at);
    // A body named short by the first word of its name ("l'ufficio stampa della Asl" after "nella Asl Tirrena Sud"): that name.
    const name =
      (mention.body && !mention.name.includes(' ') ? this.fullNames.nameOpenedBy(mention.name, at) : null) ?? this.fullNames.fullName(mention.name, at);
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
    // The body the nearby text is about, a name no person's nor a place's, before the latest capitalized word ("the company said"
    // after "run by Hartwell Home Interiors", not the town or the person of the sentence before).
    const about = lex.pack.aboutBodyNouns?.includes(noun) ? ofKind(this.bodyAbout(at)) : null;
    const guessed = about ?? ofKind(bodyNamed(text, noun, at, lex, this.personWord, quotes));
    const guessedAt = guessed ? namedAt(text, guessed, at) : -1;
    // The noun again since the guess was named goes on meaning the body it meant ("de bond" … "VPS" … "De vakbond in Brabant" … "de bond").
    const recalled = this.bodiesByNoun.get(noun);
    if (recalled && text.slice(0, at).toLowerCase().lastIndexOf(noun) > guessedAt) return recalled;
    // A guess named since the body that spoke last is nearer ("Bij Feyenoord … Een woordvoerder van de club").
    // Not one inside the sentence whose speech the body that spoke last reports ("The RNLI said the Porthmere station had …"): spoken of.
    if (guessed && guessedAt > this.lastBodyAt && !this.sameSentence(this.lastBodyAt, guessedAt)) return guessed;
    // Where the pack tells nouns standing for a named body from those that are a speaker's name alone ("die Polizei"), only the former.
    const spokeLast = this.lastBody !== null && this.lastBodyAt > (this.lastPerson?.at ?? -1) && !this.personSince(this.lastBodyAt, at);
    return spokeLast && this.standsForNamed(noun) && !this.ofOtherKind(this.lastBody!, noun) && !this.lastBodyIsPerson() ? this.lastBody : guessed;
  }

  /** The body the text before `at` is about (see `bodyAbout`): never a name the article treats as a person's. */
  private bodyAbout(at: number): string | null {
    const { text, lex, quotes } = this.article!;
    return bodyAbout(text, at, lex, { person: (name) => this.personNamed(name), speaker: (name) => this.speakers.some((p) => p.name === name) }, quotes);
  }

  /** True when the article treats a full name as a person's: marked with a gender, titled, or taken up by its last word alone. */
  private personNamed(name: string): boolean {
    if (this.genders.markedAsPerson(name)) return true;
    return this.names.some((s) => (s.alone === true && name.endsWith(` ${s.name}`)) || (s.name === name && this.reader.titledAt(s.at)));
  }

  /** True when no sentence ends between `from` and `to`: both are in one sentence. */
  private sameSentence(from: number, to: number): boolean {
    if (from < 0 || !this.article) return false;
    STOP_IN_PARAGRAPH.lastIndex = from;
    const end = STOP_IN_PARAGRAPH.exec(this.article.text);
    return end === null || end.index >= to;
  }

  /** True for a body's own organ ("la direction", "the management") where no body is named with the noun before `at`. */
  private organ(noun: string, at: number): boolean {
    if (!this.article?.lex.pack.organWords?.includes(noun)) return false;
    const { text, lex, quotes } = this.article;
    return bodyNamed(text, noun, at, lex, this.personWord, quotes, 'none') === null;
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
    const word = new RegExp(`(?<![\\p{L}])${escapePattern(noun)}(?![\\p{L}])`, 'iu');
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
    const kinds = lex.pack.bodyKinds ?? {};
    // Kin share the noun's kind, whether the noun stands for it or is filed under it too ("a companhia" for "a rede X").
    const nounKind = kinds[noun] ?? noun;
    for (const [word, kind] of Object.entries(kinds)) {
      if (kind !== nounKind || word === noun) continue;
      // Only a name holding the noun itself: not a sentence's subject guessed for it ("Die Gewerkschaft IG BAU rief …").
      const found = bodyNamed(text, word, at, lex, this.personWord, quotes, 'none');
      // A lowercase noun heading the name is its kind, no part of it ("a rede varejista Lojas Mendonça" is Lojas Mendonça).
      const name = found?.toLowerCase().includes(word) ? found.replace(LOWERCASE_HEAD, '') || null : null;
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

  /** The body named by name opening the sentence before `at` or its own, or null. */
  private openingName(at: number): string | null {
    if (!this.article) return null;
    const { text, lex } = this.article;
    const opening = openingBody(text.slice(Math.max(0, at - OPENING_BODY_CHARS), at), lex);
    return opening?.mention.kind === 'name' ? opening.mention.name : null;
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
    if (gender && this.genders.genderOf(name) === null) this.genders.assume(name, gender);
    this.lastPerson = { name, at, subject: true, quoted: false };
    this.speakers.push(this.lastPerson);
  }
}
