import type { LanguagePack } from '../lang/index.js';

/**
 * A language pack compiled once into sets and regexes, so per-article work is
 * lookups rather than list scans.
 */
export interface Lexicon {
  pack: LanguagePack;
  stopwords: ReadonlySet<string>;
  titles: ReadonlySet<string>;
  nameParticles: ReadonlySet<string>;
  /** Titles long enough to be recognised at the end of a compound ("Finanzminister"). */
  compoundTitles: readonly string[];
  fillers: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  namingCues: ReadonlySet<string>;
  calendarWords: ReadonlySet<string>;
  timeWords: ReadonlySet<string>;
  figureLinks: ReadonlySet<string>;
  abbreviations: ReadonlySet<string>;
  /** Any speech verb, as a whole word (global, for scanning). */
  verbRe: RegExp;
  /** A speech verb at the very start of a string. */
  verbAtStartRe: RegExp;
  /** A word carrying its own pronoun at the very start of a string. */
  pronounVerbAtStartRe: RegExp | null;
  /** Any word carrying its own pronoun (global). */
  pronounVerbRe: RegExp | null;
  /** "according to" at any word start (global). */
  accordingToRe: RegExp | null;
  /** An approximation phrase ending right before a number. */
  approxBeforeRe: RegExp;
  /** Scale, currency, percent or unit words at the start of a string, longest first. */
  scaleAtStartRe: RegExp;
  /** A currency word, possibly after a linking preposition ("de euros", "d'euros", "di euro"). */
  currencyAtStartRe: RegExp;
  percentAtStartRe: RegExp;
  unitAtStartRe: RegExp;
  rangeAtStartRe: RegExp;
  /** Text ending in the first half of a range ("10 to "), so the number after it is already counted. */
  rangeEndRe: RegExp;
  /** A number in this language's writing (digits with its group and decimal marks). */
  numberRe: RegExp;
  /** A plain number at the very start of a string (the far end of a range). */
  numberAtStartRe: RegExp;
}

const L = '\\p{L}\\p{M}';

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternation of phrases, longest first so "mil millones" beats "mil"; flexible inner spaces. */
function alternation(phrases: Iterable<string>): string {
  const list = [...new Set(phrases)].filter(Boolean).sort((a, b) => b.length - a.length);
  return list.map((p) => escape(p).replace(/ /g, '\\s+')).join('|') || '(?!)';
}

function wordsAtStart(phrases: Iterable<string>): RegExp {
  return new RegExp(`^(?:${alternation(phrases)})(?![${L}])`, 'iu');
}

function anyRegex(parts: readonly RegExp[]): string | null {
  return parts.length ? parts.map((r) => r.source.replace(/^\^/, '')).join('|') : null;
}

const cache = new WeakMap<LanguagePack, Lexicon>();

export function lexiconFor(pack: LanguagePack): Lexicon {
  const hit = cache.get(pack);
  if (hit) return hit;
  const lower = (xs: readonly string[]): Set<string> => new Set(xs.map((x) => x.toLowerCase()));
  const verbs = alternation(pack.speechVerbs);
  const pv = anyRegex(pack.pronounVerbs);
  const groups = pack.number.group.map(escape).join('');
  const lex: Lexicon = {
    pack,
    stopwords: lower(pack.stopwords),
    titles: lower(pack.titles),
    nameParticles: lower(pack.nameParticles),
    compoundTitles: pack.titles.filter((t) => t.length >= 6).map((t) => t.toLowerCase()),
    fillers: lower(pack.fillers),
    pronouns: lower(pack.pronouns),
    namingCues: lower(pack.namingCues),
    calendarWords: lower(pack.calendarWords),
    timeWords: lower(pack.timeWords),
    figureLinks: lower(pack.figureLinks),
    abbreviations: lower(pack.abbreviations),
    verbRe: new RegExp(`(?<![${L}])(?:${verbs})(?![${L}])`, 'giu'),
    verbAtStartRe: new RegExp(`^(?:${verbs})(?![${L}])`, 'iu'),
    pronounVerbAtStartRe: pv ? new RegExp(`^(?:${pv})`, 'iu') : null,
    pronounVerbRe: pv ? new RegExp(`(?<![${L}])(?:${pv})`, 'giu') : null,
    accordingToRe: pack.accordingTo.length
      ? new RegExp(`(?<![${L}])(?:${alternation(pack.accordingTo)})(?![${L}])`, 'giu')
      : null,
    approxBeforeRe: new RegExp(`(?<![${L}])(?:${alternation(pack.approxWords)})\\s*$`, 'iu'),
    scaleAtStartRe: wordsAtStart(Object.keys(pack.scales)),
    currencyAtStartRe: new RegExp(
      `^(?:(?:${alternation(pack.figureLinks)})(?:\\s+|['’]))?(${alternation(Object.keys(pack.currencies))})(?![${L}])`,
      'iu',
    ),
    percentAtStartRe: wordsAtStart(pack.percentWords),
    unitAtStartRe: wordsAtStart(Object.keys(pack.units)),
    rangeAtStartRe: new RegExp(`^\\s*(?:[-–—]|(?:${alternation(pack.rangeWords)})(?![${L}]))\\s*`, 'iu'),
    rangeEndRe: new RegExp(`\\d\\s*(?:[-–—]|(?<![${L}])(?:${alternation(pack.rangeWords)}))\\s*$`, 'iu'),
    // Digits in groups of three after a group mark, then an optional decimal
    // part; either mark is accepted so a foreign-style number still parses.
    numberRe: new RegExp(
      `(?<![\\p{N}.,])\\d{1,3}(?:[${groups}.,]\\d{3})+(?:[.,]\\d+)?(?![\\p{N}])|(?<![\\p{N}.,])\\d+(?:[.,]\\d+)?(?![\\p{N}])`,
      'gu',
    ),
    numberAtStartRe: /^\d+(?:[.,]\d+)*/u,
  };
  cache.set(pack, lex);
  return lex;
}
