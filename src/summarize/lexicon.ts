import { LANGUAGE_PACKS } from '../lang/index.js';
import type { LanguagePack } from '../lang/index.js';
import { asciiFirstBehind, CAPITAL_CHAR, WORD_CHAR } from './ascii-first.js';
import { escapePattern } from './escape-pattern.js';

/**
 * A language pack compiled once into sets and regexes, so per-article work is
 * lookups rather than list scans.
 */
export interface Lexicon {
  pack: LanguagePack;
  stopwords: ReadonlySet<string>;
  /** The pack's `sentenceAdverbs`. */
  sentenceAdverbs: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  conjunctions: ReadonlySet<string>;
  /** A conjunction as a whole word between letters (any case): where none matches, no word read from the text is one. */
  conjunctionRe: RegExp;
  /** Country names in this language (from the runtime's locale data) and the pack's own places, lowercase. */
  places: ReadonlySet<string>;
  placeEndings: ReadonlySet<string>;
  placeHeads: ReadonlySet<string>;
  ordinalWords: ReadonlySet<string>;
  durations: ReadonlySet<string>;
  /** Titles long enough to be recognised at the end of a compound ("Finanzminister"). */
  compoundTitles: readonly string[];
  fillers: ReadonlySet<string>;
  copulas: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  pluralPronouns: ReadonlySet<string>;
  /** Resumptive pronouns and the pack's subject asides, lowercase: set off by commas, they follow the clause's subject. */
  subjectAsides: ReadonlySet<string>;
  pronounGenders: ReadonlyMap<string, 'f' | 'm'>;
  genderCues: ReadonlyMap<string, 'f' | 'm'>;
  /** The pack's gender cues whose article tells the gender ("der/die Vorsitzende"), lowercase; empty where none. */
  articleGenderedCues: ReadonlySet<string>;
  addresseeVerbs: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  subordinators: ReadonlySet<string>;
  articles: ReadonlySet<string>;
  /** The pack's epithet-closing demonstratives ("itu", "tersebut"), lowercase; empty where none. */
  epithetEnds: ReadonlySet<string>;
  documentWords: ReadonlySet<string>;
  rulingWords: ReadonlySet<string>;
  courtWords: readonly string[];
  prepositions: ReadonlySet<string>;
  namingCues: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  clockWords: ReadonlySet<string>;
  figureLinks: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Calendar words that never start a name: short ones ("Jan", "May") also are first names and surnames. */
  calendarNotNames: ReadonlySet<string>;
  spokespersonWords: ReadonlySet<string>;
  /** The first words of the spokesperson phrases of several words ("juru" of "juru bicara"), lowercase: where no such phrase can start. */
  spokespersonPhraseHeads: ReadonlySet<string>;
  /** Spokesperson words long enough to end a compound ("Konzernsprecher"). */
  compoundSpokespersonWords: readonly string[];
  bodyWords: ReadonlySet<string>;
  /** Per body noun, the head's title followed by the remit's capitalized words ("Menteri Kerja Raya"; global, capture 1 the remit). */
  bodyHeadRes: ReadonlyMap<string, RegExp>;
  indefiniteArticles: ReadonlySet<string>;
  alsoWords: ReadonlySet<string>;
  /** A person's age given by one of the pack's phrases ("aged 52", "34 ans"). */
  ageRe: RegExp;
  /** The pack's age phrases set off by a comma after a name (", 68 ans", ", 71 anni"), anywhere (global); null where it has none. */
  apposedAgeRe: RegExp | null;
  /** A word of the pack's objection words at a word's start ("criticised", "waarschuwt"). */
  objectionRe: RegExp;
  /** A word of the pack's announcement words at a word's start ("announced", "kondigt"). */
  announcementRe: RegExp;
  /** A word of the pack's office words at a word's start ("ministers", "sindaco"). */
  officeRe: RegExp;
  /** One of the pack's words for the person on trial, as a whole word. */
  defendantRe: RegExp;
  /** Two or more capitalized words in a row, particles allowed between them ("Jan van der Berg"): where every multi-word name is (global). */
  nameRunRe: RegExp;
  /** An interview's answer mark and its colon, all there is before a quote ("A: "); null where the pack lists none. */
  answerLineRe: RegExp | null;
  /** An interview's question or answer mark and its colon opening a line ("Q: …"); null where the pack lists none. */
  interviewLineRe: RegExp | null;
  /** Any speech verb, as a whole word (global, for scanning). */
  verbRe: RegExp;
  /** A speech verb right at `lastIndex` (sticky). */
  verbHereRe: RegExp;
  /** A word carrying its own pronoun right at `lastIndex` (sticky). */
  pronounVerbHereRe: RegExp | null;
  /** A speech verb at the very start of a string. */
  verbAtStartRe: RegExp;
  /** The last word of every speech verb, lowercase ("ucap", "dijo", "déclaré"): a name right after one is who spoke. */
  verbLastWords: ReadonlySet<string>;
  /** A word carrying its own pronoun at the very start of a string. */
  pronounVerbAtStartRe: RegExp | null;
  /** Any word carrying its own pronoun (global). */
  pronounVerbRe: RegExp | null;
  /** A place preposition (group 1) and the capitalized words after it, the last in group 2 (global); null where the language has none. */
  placeAfterRe: RegExp | null;
  /** "according to" at any word start (global). */
  accordingToRe: RegExp | null;
  /** `openingAccordingTo` at a sentence's start, capitalized as it opens one. */
  openingAccordingToRe: RegExp | null;
  /** The object of a verb telling it to act and what follows it ("the union to return"), read right after the verb; null where the pack tells none. */
  objectToActRe: RegExp | null;
  /** An object pronoun and its space at the start of a string, before a speech verb; null where the pack lists none. */
  cliticAtStartRe: RegExp | null;
  /** An approximation phrase ending right before a number; group 1, 2 or 3 says about, over or under. */
  approxBeforeRe: RegExp;
  /** Any last character of an approximation phrase (sticky, case-insensitive as approxBeforeRe): what must precede a figure's spaces for approxBeforeRe to match; null where a phrase ends otherwise. */
  approxEndRe: RegExp | null;
  /** Every word of the approximation phrases, lowercase. */
  approxWordSet: ReadonlySet<string>;
  /** The one-word speech verbs, lowercase: a cheap check where a clause ends. */
  verbWords: ReadonlySet<string>;
  ageNouns: ReadonlySet<string>;
  ageLinks: ReadonlySet<string>;
  /** A point of a life told in years by one of the pack's phrases ("à 23 ans", "desde os 17 anos"). */
  agePointRe: RegExp;
  /** The gap from a measure to the span it was taken over, whole (" dalam tempoh "). */
  measureWindowGapRe: RegExp;
  labelWords: ReadonlySet<string>;
  windowWords: ReadonlySet<string>;
  /** A phrase naming a period before the news, anywhere in a sentence. */
  pastRe: RegExp;
  /** A word opening a breakdown, anywhere in a clause. */
  breakdownRe: RegExp;
  moneyCues: ReadonlySet<string>;
  /** A part-of word between two numbers, at the start of a string ("of 120", "dari 120"). */
  partOfAtStartRe: RegExp;
  perUnitAtStartRe: RegExp;
  /** A per-unit word ending a string, before a number ("por cada ", "per "). */
  perUnitAtEndRe: RegExp;
  /** A difference word right after a figure, at the start of a string (" meer dan"). */
  differenceAtStartRe: RegExp;
  /** A change-to word and the number after it, at the start of a string (" naar 7,50"). */
  changeToAtStartRe: RegExp;
  notCounted: ReadonlySet<string>;
  tollWords: ReadonlySet<string>;
  peopleWords: ReadonlySet<string>;
  standingWords: ReadonlySet<string>;
  /** A figure's gap to the one before it that makes it a restatement (", or ", " soit "). */
  restateGapRe: RegExp;
  /** A comparison word in the gap before a bare number: it is the far side of a comparison. */
  comparisonGapRe: RegExp;
  /** A comparison word right before a figure, past two words and a currency symbol ("Statt der geplanten 74 Mio.", "naik dari Rp"): the old or other side. */
  comparisonBeforeRe: RegExp;
  /** A part-of word opening the sentence or clause right before a figure ("Dos 230 deputados, 116"): the figure is the whole its part follows. */
  wholeFirstRe: RegExp;
  /** A from-word right before a figure (past an approximation word and a currency symbol): the old side of a change, if a to-word follows. */
  changeFromRe: RegExp;
  /** The gap from the old value of a change to the new one (" para cerca de R$ "). */
  changeToGapRe: RegExp;
  /** A scale word spelled out ("million", "juta"), global: a number word before it makes a figure ("two million"). */
  scaleWordRe: RegExp;
  /** Scale, currency, percent or unit words at the start of a string, longest first. */
  scaleAtStartRe: RegExp;
  /** Scale words of every language that agree on their multiplier ("juta" in English copy about rupiah). */
  anyScales: Readonly<Record<string, number>>;
  anyScaleAtStartRe: RegExp;
  /** A currency word, possibly after a linking preposition ("de euros", "d'euros", "di euro"). */
  currencyAtStartRe: RegExp;
  percentAtStartRe: RegExp;
  unitAtStartRe: RegExp;
  rangeAtStartRe: RegExp;
  /** Text ending in the first half of a range ("10 to "), so the number after it is already counted. */
  rangeEndRe: RegExp;
  /** Text ending in the old side of a change and its to-word ("de 3.000 a "): the number in group 1. */
  changeEndRe: RegExp;
  /** A number in this language's writing (digits with its group and decimal marks). */
  numberRe: RegExp;
  /** A plain number at the very start of a string (the far end of a range). */
  numberAtStartRe: RegExp;
}

const L = '\\p{L}\\p{M}';
/** Most words of the object of a verb telling it to act ("the Transport and Maritime Workers' Union to"). */
const OBJECT_WORDS = 6;
/** `(?<![${L}])` of the hot place scan, ASCII-first. */
const LETTER_BEHIND = asciiFirstBehind('A-Za-z', L);

/** Alternation of phrases, longest first so "mil millones" beats "mil"; flexible inner spaces. */
function alternation(phrases: Iterable<string>): string {
  const list = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  return list.map((p) => escapePattern(p).replace(/ /g, '\\s+')).join('|') || '(?!)';
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The phrases as a regex trie ("sa(?:id|ys)" rather than "said|says"): a
 * scan with hundreds of verbs then fails at most positions on one character
 * test instead of trying every alternative. Longer phrases are tried first.
 */
function trie(phrases: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const p of new Set(phrases)) {
    if (!p) continue;
    let node = root;
    for (const ch of p) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next].map(([ch, child]) => (ch === ' ' ? '\\s+' : escapePattern(ch)) + emit(child));
    if (!branches.length) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.end) return body;
    return branches.length === 1 && [...node.next.values()][0]!.next.size === 0 && branches[0]!.length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return emit(root) || '(?!)';
}

function wordsAtStart(phrases: Iterable<string>): RegExp {
  return new RegExp(`^(?:${alternation(phrases)})(?![${L}])`, 'iu');
}

function anyRegex(parts: readonly RegExp[]): string | null {
  return parts.length ? parts.map((r) => r.source.replace(/^\^/, '')).join('|') : null;
}

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Every country and region name the runtime knows in this language ("Ukraina", "Amerika Serikat"). */
function regionNames(code: string): string[] {
  const names = new Intl.DisplayNames([code], { type: 'region', fallback: 'none' });
  const out: string[] = [];
  for (const a of LETTERS) {
    for (const b of LETTERS) {
      const name = names.of(a + b);
      if (name) out.push(name);
    }
  }
  return out;
}

/**
 * Scale words of all languages, spelled out (three letters or more) and
 * meaning one multiplier everywhere: "billion" is 1e9 in English and 1e12 in
 * German, so it is left out.
 */
const sharedScales: Readonly<Record<string, number>> = (() => {
  const seen = new Map<string, number | null>();
  for (const p of LANGUAGE_PACKS) {
    for (const [word, n] of Object.entries(p.scales)) {
      if (word.length < 3 || /\./.test(word)) continue;
      seen.set(word, seen.has(word) && seen.get(word) !== n ? null : n);
    }
  }
  return Object.fromEntries([...seen].filter((e): e is [string, number] => e[1] !== null));
})();

/** The pack's age phrases, `#` standing for a number of up to three digits, as whole words. */
function ageRegex(phrases: readonly string[]): RegExp {
  const edge = `[${L}\\p{N}]`;
  const own = phrases.map((p) => {
    const body = escapePattern(p).replace(/ /g, '\\s+').replace('#', '\\d{1,3}');
    return `${/^[#\p{L}]/u.test(p) ? `(?<!${edge})` : ''}${body}(?!${edge})`;
  });
  return new RegExp(own.join('|') || '(?!)', 'iu');
}

/** The age phrases opening on a comma and the number (", # ans"), as one global regex; null when the pack has none. */
function apposedAgeRegex(phrases: readonly string[]): RegExp | null {
  const apposed = phrases.filter((p) => p.startsWith(', #'));
  if (!apposed.length) return null;
  return new RegExp(`(?:${apposed.map((p) => escapePattern(p).replace(/ /g, '\\s*').replace('#', '\\d{1,3}')).join('|')})(?![${L}\\p{N}])`, 'giu');
}

/**
 * Every match of a global regex in `text`, as `text.matchAll(re)` gives them,
 * without the copy of the regex matchAll makes: for the lexicon's large
 * ones (hundreds of speech verbs) the copy costs several times the search
 * of a quote's few words. With `before`, only the matches starting before
 * that offset: the search stops at the first one past it.
 */
export function matchesOf(re: RegExp, text: string, before = Infinity): RegExpExecArray[] {
  // As matchAll refuses one: without the flag, exec would find the first match forever.
  if (!re.global) throw new TypeError(`matchesOf needs a global regex: /${re.source}/${re.flags}`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m && m.index < before; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character, a surrogate pair as one, as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && text.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return out;
}

/** The first match of a global regex in `text`, as `matchesOf(re, text)[0]`, without searching on past it. */
export function firstMatch(re: RegExp, text: string): RegExpExecArray | null {
  if (!re.global) throw new TypeError(`firstMatch needs a global regex: /${re.source}/${re.flags}`);
  re.lastIndex = 0;
  const m = re.exec(text);
  re.lastIndex = 0;
  return m;
}

/** The last match of a global regex in `text`, as `matchesOf(re, text).at(-1)`, without keeping the others. */
export function lastMatch(re: RegExp, text: string): RegExpExecArray | null {
  if (!re.global) throw new TypeError(`lastMatch needs a global regex: /${re.source}/${re.flags}`);
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    last = m;
    if (m[0] === '') re.lastIndex += re.unicode && text.codePointAt(re.lastIndex)! > 0xffff ? 2 : 1;
  }
  re.lastIndex = 0;
  return last;
}

/** A sticky class of the phrases' last characters, or null when one ends in a space or outside the BMP (no single-unit test then). */
function lastCharacters(phrases: readonly string[]): RegExp | null {
  const ends = phrases.filter(Boolean).map((p) => p.slice(-1));
  if (ends.some((c) => /\s|[\uD800-\uDFFF]/.test(c))) return null;
  return new RegExp(`[${[...new Set(ends)].map((c) => c.replace(/[\\\][^-]/g, '\\$&')).join('')}]`, 'iuy');
}

const cache = new WeakMap<LanguagePack, Lexicon>();

export function lexiconFor(pack: LanguagePack): Lexicon {
  const hit = cache.get(pack);
  if (hit) return hit;
  const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  // Lowercase as written, or capitalized only where a sentence may start:
  // "States" after "United" is a name, not "states".
  const lowerVerbs = trie(pack.speechVerbs.map((v) => v.toLowerCase()));
  const capVerbs = trie(pack.speechVerbs.map((v) => v.charAt(0).toUpperCase() + v.slice(1).toLowerCase()));
  const nameBefore = `\\p{Lu}[${L}'’.-]*[ \\u00A0]+`;
  const verbs = `${lowerVerbs}|(?<!${nameBefore})(?:${capVerbs})`;
  const pv = anyRegex(pack.pronounVerbs);
  // Where nouns are capitalized, an article between two nouns ("Schätzung der Bahn") starts no name particle chain; "von der" does.
  const runParticles = pack.nounsCapitalized ? pack.nameParticles.filter((p) => !pack.articles.includes(p)) : pack.nameParticles;
  const groups = pack.number.group.map(escapePattern).join('');
  const lex: Lexicon = {
    pack,
    stopwords: lower(pack.stopwords),
    sentenceAdverbs: lower(pack.sentenceAdverbs ?? []),
    titles: lower(pack.titles),
    epithetEnds: lower(pack.epithetEnds ?? []),
    documentWords: lower(pack.documentWords ?? []),
    rulingWords: lower(pack.rulingWords ?? []),
    courtWords: [...lower(pack.courtWords ?? [])],
    nameParticles: lower(pack.nameParticles),
    conjunctions: lower(pack.conjunctions),
    conjunctionRe: new RegExp(`(?<!\\p{L})(?:${alternation(pack.conjunctions)})(?!\\p{L})`, 'iu'),
    places: lower([...regionNames(pack.code), ...pack.places]),
    placeEndings: lower(pack.placeEndings),
    placeHeads: lower(pack.placeHeads ?? []),
    ordinalWords: lower(pack.ordinalWords),
    durations: lower(pack.durations),
    compoundTitles: pack.titles.filter((t) => t.length >= 6).map((t) => t.toLowerCase()),
    fillers: lower(pack.fillers),
    copulas: lower(pack.copulas ?? []),
    pronouns: lower(pack.pronouns),
    pluralPronouns: lower(pack.pluralPronouns),
    subjectAsides: lower([...pack.pronouns, ...pack.pluralPronouns, ...(pack.subjectAsides ?? [])]),
    pronounGenders: new Map(Object.entries(pack.pronounGenders)),
    genderCues: new Map(Object.entries(pack.genderCues)),
    articleGenderedCues: lower(pack.articleGenderedCues ?? []),
    addresseeVerbs: lower(pack.addresseeVerbs),
    complementizers: lower(pack.complementizers),
    subordinators: lower(pack.subordinators),
    articles: lower(pack.articles),
    prepositions: lower(pack.prepositions),
    namingCues: lower(pack.namingCues),
    calendarWords: lower(pack.calendarWords),
    timeWords: lower(pack.timeWords),
    clockWords: lower(pack.clockWords),
    figureLinks: lower(pack.figureLinks),
    abbreviations: lower(pack.abbreviations),
    calendarNotNames: lower([...pack.calendarWords.filter((w) => w.length > 3), ...(pack.dayTimeWords ?? [])]),
    spokespersonWords: lower(pack.spokespersonWords),
    spokespersonPhraseHeads: lower(pack.spokespersonWords.filter((w) => w.includes(' ')).map((w) => w.toLowerCase().split(' ')[0]!)),
    compoundSpokespersonWords: pack.spokespersonWords.filter((w) => w.length >= 6 && !w.includes(' ')).map((w) => w.toLowerCase()),
    bodyWords: lower(pack.bodyWords),
    bodyHeadRes: new Map(
      Object.entries(pack.bodyHeads ?? {}).map(([body, head]) => [
        body.toLowerCase(),
        // The title capitalized ("Menteri Kerja Raya") or, where titles are lowercase, before a particle ("la préfète du Pas-de-Calais").
        new RegExp(
          `(?<![${L}])(?:(?:${alternation(head.split('|').map((h) => h.charAt(0).toUpperCase() + h.slice(1).toLowerCase()))})((?:[ \\u00A0]+\\p{Lu}[${L}'’-]*)+)|(?:${alternation(head.split('|').map((h) => h.toLowerCase()))})((?:[ \\u00A0]+(?:${alternation(pack.nameParticles)})){1,2}(?:[ \\u00A0]+\\p{Lu}[${L}'’-]*)+))`,
          'gu',
        ),
      ]),
    ),
    indefiniteArticles: lower(pack.indefiniteArticles),
    alsoWords: lower(pack.alsoWords),
    ageRe: ageRegex(pack.agePhrases),
    apposedAgeRe: apposedAgeRegex(pack.agePhrases),
    objectionRe: new RegExp(`(?<![${L}])(?:${alternation(pack.objectionWords)})`, 'iu'),
    announcementRe: new RegExp(`(?<![${L}])(?:${alternation(pack.announcementWords)})`, 'iu'),
    officeRe: new RegExp(`(?<![${L}])(?:${alternation(pack.officeWords)})`, 'iu'),
    defendantRe: new RegExp(`(?<![${L}])(?:${alternation(pack.defendantWords)})(?![${L}])`, 'iu'),
    // A lookahead for a superset of \p{Lu} (Latin-1 capitals or beyond Latin-1) first: a cheap class the scan can skip by.
    nameRunRe: new RegExp(
      `(?=[A-Z\\u00C0-\\u00D6\\u00D8-\\u00DE\\u0100-\\u{10FFFF}])${CAPITAL_CHAR}${WORD_CHAR}*(?:[ \\u00A0]+(?:(?:${alternation(runParticles)})[ \\u00A0]+(?:(?:${alternation(pack.nameParticles)})[ \\u00A0]+)*)?(?:(?:${alternation(pack.nameParticles)})['’])?${CAPITAL_CHAR}${WORD_CHAR}*)+`,
      'gu',
    ),
    answerLineRe: pack.interviewMarks ? new RegExp(`^\\s*(?:${alternation(pack.interviewMarks.answer)})\\s*[:.]\\s*$`, 'iu') : null,
    interviewLineRe: pack.interviewMarks
      ? new RegExp(`^\\s*(?:${alternation([...pack.interviewMarks.question, ...pack.interviewMarks.answer])})\\s*[:.]`, 'iu')
      : null,
    // The lookbehinds checked once a verb matched (reading it back through a
    // backreference), not tried first at every offset of the article: the
    // same matches for well under half the scan.
    verbRe: new RegExp(`(?:(${lowerVerbs})(?<![${L}]\\1)|(${capVerbs})(?<![${L}]\\2)(?<!${nameBefore}\\2))(?![${L}])`, 'gu'),
    verbAtStartRe: new RegExp(`^(?:${verbs})(?![${L}])`, 'u'),
    verbLastWords: new Set(pack.speechVerbs.map((v) => v.toLowerCase().split(' ').pop()!)),
    verbHereRe: new RegExp(`(?:${verbs})(?![${L}])`, 'uy'),
    pronounVerbHereRe: pv ? new RegExp(`(?:${pv})`, 'iuy') : null,
    pronounVerbAtStartRe: pv ? new RegExp(`^(?:${pv})`, 'iu') : null,
    pronounVerbRe: pv ? new RegExp(`(?<![${L}])(?:${pv})`, 'giu') : null,
    // As verbRe, the letter before the preposition read back through a backreference once it matched, not tried at every offset.
    placeAfterRe: pack.placePrepositions.length
      ? new RegExp(
          `(${alternation(pack.placePrepositions)})(?<!${LETTER_BEHIND}\\1)[ \\u00A0]+(?:${CAPITAL_CHAR}${WORD_CHAR}*[ \\u00A0]+)*(${CAPITAL_CHAR}${WORD_CHAR}*)`,
          'gu',
        )
      : null,
    cliticAtStartRe: pack.verbClitics?.length ? new RegExp(`^(?:${alternation(pack.verbClitics)})[ \\u00A0]+`, 'iu') : null,
    accordingToRe: pack.accordingTo.length ? new RegExp(`(?<![${L}])(?:${alternation(pack.accordingTo)})(?![${L}])`, 'giu') : null,
    // Up to the comma closing the opening phrase; a period with no space after is an abbreviation's ("Para a Dr.ª X,").
    openingAccordingToRe: pack.openingAccordingTo?.length
      ? new RegExp(
          `(?<=^|\\n|[.!?…][»”"]?[ \\u00A0]+)(?:${alternation(pack.openingAccordingTo.map((w) => w.charAt(0).toUpperCase() + w.slice(1)))})(?=[ \\u00A0](?:[^.!?«»“”"]|\\.(?=\\S))*,)`,
          'gu',
        )
      : null,
    // A few words of the object, then the pack's mark: the shortest object that reaches one.
    objectToActRe: pack.objectToAct
      ? new RegExp(`^[\\s\\u00A0]+(?:[\\p{L}\\p{M}'’.-]+[\\s\\u00A0]+){1,${OBJECT_WORDS}}?(?:${pack.objectToAct.source})`, 'u')
      : null,
    approxBeforeRe: new RegExp(
      `(?<![${L}])(?:(${alternation(pack.approxWords.about)})|(${alternation(pack.approxWords.over)})|(${alternation(pack.approxWords.under)}))\\s*$`,
      'iu',
    ),
    verbWords: new Set(pack.speechVerbs.filter((v) => !v.includes(' ')).map((v) => v.toLowerCase())),
    approxEndRe: lastCharacters(Object.values(pack.approxWords).flat()),
    approxWordSet: new Set(Object.values(pack.approxWords).flatMap((ws) => ws.flatMap((w) => w.toLowerCase().split(' ')))),
    ageNouns: lower(pack.ageNouns),
    ageLinks: lower(pack.ageLinks),
    measureWindowGapRe: new RegExp(`^\\s*(?:${alternation(pack.measureWindowWords)})\\s+$`, 'iu'),
    agePointRe: ageRegex(pack.agePointPhrases),
    labelWords: lower(pack.labelWords),
    windowWords: lower(pack.windowWords),
    pastRe: new RegExp(`(?<![${L}])(?:${alternation(pack.pastWords).replace(/'/g, "['’]")})(?![${L}])`, 'iu'),
    breakdownRe: new RegExp(`(?<![${L}])(?:${alternation(pack.breakdownWords)})(?![${L}])`, 'iu'),
    moneyCues: lower(pack.moneyCues),
    // "45 of 120 seats", "45 of the council's 60 seats": at most two words between the link and the whole.
    partOfAtStartRe: new RegExp(`^\\s+(?:${alternation([...pack.partOfWords, ...(pack.partOfArticleWords ?? [])])})\\s+(?:[${L}'’]+\\s+){0,2}(?=\\d)`, 'iu'),
    notCounted: lower(pack.notCounted),
    tollWords: lower(pack.tollWords),
    peopleWords: lower(pack.peopleWords),
    standingWords: lower(pack.standingWords),
    comparisonGapRe: new RegExp(`(?<![${L}])(?:${alternation(pack.comparisonWords)})(?![${L}])`, 'iu'),
    comparisonBeforeRe: new RegExp(`(?<![${L}])(?:${alternation(pack.comparisonWords)})\\s+(?:[^\\s\\d]+\\s+){0,2}[^\\s\\d]{0,4}\\s?$`, 'iu'),
    wholeFirstRe: new RegExp(`(?:^|[.!?:;,]\\s+)(?:${alternation(pack.partOfWords)})\\s+(?:[${L}'’]+\\s+)?$`, 'iu'),
    changeFromRe: new RegExp(`(?<![${L}])(?:${alternation(pack.changeWords.from)})\\s*(?:[^\\s\\d]+\\s+){0,2}[^\\s\\d]{0,4}\\s?$`, 'iu'),
    changeToGapRe: new RegExp(`^\\s*(?:${alternation(pack.changeWords.to)})\\s+(?:[^\\s\\d]+\\s+){0,2}[^\\s\\d]{0,4}\\s?$`, 'iu'),
    restateGapRe: new RegExp(`^\\s*[,(]\\s*(?:${alternation(pack.restateWords)})\\s+(?:[${L}]+\\s+)?[^\\s\\d]{0,4}\\s?$`, 'iu'),
    differenceAtStartRe: new RegExp(`^\\s+(?:${alternation(pack.differenceWords)})(?![${L}])`, 'iu'),
    perUnitAtStartRe: new RegExp(`^\\s+(?:${alternation(pack.perUnitWords)})(?![${L}])`, 'iu'),
    perUnitAtEndRe: new RegExp(`(?<![${L}])(?:${alternation(pack.perUnitWords)})\\s+$`, 'iu'),
    changeToAtStartRe: new RegExp(`^\\s+(?:${alternation(pack.changeWords.to)})\\s+\\d+(?:[.,]\\d+)*`, 'iu'),
    scaleWordRe: new RegExp(`(?:${alternation(Object.keys(pack.scales).filter((w) => w.length > 2))})(?![${L}])`, 'giu'),
    scaleAtStartRe: wordsAtStart(Object.keys(pack.scales)),
    anyScales: sharedScales,
    anyScaleAtStartRe: wordsAtStart(Object.keys(sharedScales)),
    currencyAtStartRe: new RegExp(`^(?:(?:${alternation(pack.figureLinks)})(?:\\s+|['’]))?(${alternation(Object.keys(pack.currencies))})(?![${L}])`, 'iu'),
    percentAtStartRe: wordsAtStart(pack.percentWords),
    unitAtStartRe: wordsAtStart(Object.keys(pack.units)),
    // "tra i 1.500 e i 3.000 euro", "entre os 800 e os 900": the far end may take the article the near end took.
    rangeAtStartRe: new RegExp(`^\\s*(?:[-–—]|(?:${alternation(pack.rangeWords)})(?![${L}])(?:\\s+(?:${alternation(pack.articles)})(?=\\s+\\d))?)\\s*`, 'iu'),
    changeEndRe: new RegExp(
      `(?<![${L}])(?:${alternation(pack.changeWords.from)})\\s*(?:[^\\s\\d]+\\s+){0,2}[^\\s\\d]{0,4}\\s?(\\d+(?:[.,\\s]\\d+)*)\\s+(?:${alternation(pack.changeWords.to)})\\s+$`,
      'iu',
    ),
    rangeEndRe: new RegExp(`\\d\\s*(?:[-–—]|(?<![${L}])(?:${alternation(pack.rangeWords)})(?:\\s+(?:${alternation(pack.articles)}))?)\\s*$`, 'iu'),
    // Digits in groups of three after a group mark, then an optional decimal
    // part; either mark is accepted so a foreign-style number still parses.
    numberRe: new RegExp(`(?<![\\p{N}.,])\\d{1,3}(?:[${groups}.,]\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])|(?<![\\p{N}.,])\\d+(?:[.,]\\d+)?(?![\\p{N}])`, 'gu'),
    // Grouped like the near end, so "entre 180 000 et 250 000 euros" reads the far end whole.
    numberAtStartRe: new RegExp(`^(?:\\d{1,3}(?:[${groups}.,]\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])|\\d+(?:[.,]\\d+)*)`, 'u'),
  };
  cache.set(pack, lex);
  return lex;
}
