import type { ApproxWay, Figure } from '../domain/summary.js';
import { CURRENCY_SYMBOLS, UNIT_SYMBOLS } from '../lang/symbols.js';
import { withArticleDollar } from './article-dollar.js';
import { buildDocument } from './document.js';
import type { Document } from './document.js';
import { ELIDED_SHORT_HEAD, ELIDED_SHORT_WORD, withoutApostrophe } from './elision.js';
import type { Lexicon } from './lexicon.js';
import { matchesOf } from './lexicon.js';
import { figureCounts } from './figure-counts.js';
import { articleDecimalMark } from './number-style.js';
import { parseNumber } from './parse-number.js';
import type { DecimalMark } from './parse-number.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';
import { escapePattern } from './escape-pattern.js';

/** A figure before ranking, with where it was found. */
export interface FoundFigure extends Omit<Figure, 'key'> {
  at: number;
  /** What kind of unit it carries, for ranking. */
  kind: 'currency' | 'percent' | 'unit' | 'thing' | 'duration' | 'bare';
  /** In parentheses right after another figure: a conversion or a detail ("$1.2bn (€1.1bn)"). */
  aside: boolean;
  /** The far side of a comparison with the figure before it ("down from 54.2 million", "von 120 ... nur 45"), or the whole a part is told of ("45 of 120 seats"). */
  compared: boolean;
  /** A rate per unit ("16,09 Euro pro Quadratmeter", "RM500 bagi setiap keluarga"), not a flow per span of time ("483.000 per jaar"). */
  perUnit: boolean;
  /** The part of a whole told after it ("45 of 120 seats"). */
  part: boolean;
  /** A toll of dead, hurt or missing ("11 mortos", "tewas", "23 orang masih hilang"). */
  toll: boolean;
  /** The difference from a level told just before it ("452.000 euro, ruim 46.000 euro meer dan vorig jaar"); a share's rise is told so and is no such case. */
  difference: boolean;
  /** The headline gives this value in a compatible unit, however written ("612 Mio. Euro" over "612 Millionen Euro"). */
  headline?: boolean;
}

/** A number where it was read: digits, or a spelled-out number before a scale word. */
interface NumberAt {
  start: number;
  /** Just after the digits or the number word. */
  end: number;
  value: number;
  /** The digits as written, or null for a number word. */
  raw: string | null;
}

type ReadFigure = Omit<FoundFigure, 'at' | 'aside' | 'compared' | 'part' | 'toll' | 'difference'> & {
  end: number;
  /** Just after its surface phrase (the counted noun included). */
  stop: number;
  scaled: boolean;
  /** A small bare number: a figure only as one side of a comparison. */
  weak: boolean;
  /** What a quantity changed from ("van 6,20 naar 7,50 euro"): the side compared with the new one. */
  changedFrom: boolean;
};

const byLength = (xs: string[]): string[] => xs.sort((a, b) => b.length - a.length);
const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${byLength(Object.keys(CURRENCY_SYMBOLS)).map(escapePattern).join('|')})\\s?$`, 'u');
const CURRENCY_AFTER = new RegExp(`^\\s?(${byLength(Object.keys(CURRENCY_SYMBOLS)).map(escapePattern).join('|')})(?![\\p{L}])`, 'u');
/** A unit symbol after a number, not a letter elided before a word ("2,1 millions l'an dernier"). */
const UNIT_AFTER = new RegExp(`^\\s?(${byLength(Object.keys(UNIT_SYMBOLS)).map(escapePattern).join('|')})(?![\\p{L}\\p{N}'’])`, 'u');
/** How far after a figure a bare number may sit and still count the same thing. */
const ELLIPSIS_CHARS = 60;
/** How close after a figure a parenthesis must open to be its conversion or detail. */
const ASIDE_CHARS = 40;
/** Bare numbers below this are everywhere ("2 of them"); only an approximation word or a comparison makes one a figure. */
const SMALL_BARE = 100;
/** The highest hour a clock reads: a larger number before "heures" or "jam" is a span of time. */
const HOURS_IN_DAY = 24;
/** From this a scale word is a noun taking its counted noun across a link word, where the language does so ("millions de"). */
const MILLION = 1e6;
/** A clause's end right after a phrase: a stop, a comma, a closing bracket or quote mark, or the paragraph's end. */
const CLAUSE_CLOSES = /^\s*(?:[.,;:!?)»”"]|$)/;
/** A capitalized word and a comma ending the text before a number. */
const NAME_THEN_COMMA = /\p{Lu}[\p{L}.'’-]*,\s*$/u;
/** Three or more groups of digits parted by spaces: a phone number or an identifier, since amounts that large take a scale word. */
const SPACED_GROUPS = /^\d{1,3}(?:[ \u00A0\u202F]\d{3}){2,}$/;
/** What closes a span set off after a person to make it an age: a comma, or the sentence's end. */
const AGE_AFTER_NAME_CLOSES = /^(?:,|[.!?](?:\s|$)|$)/;
/** Above this, a span of years set off by commas is no one's age. */
const MAX_AGE = 120;
const SENTENCE_END = /[.!?;](?:\s|$)/;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** "2018.04.05", "12.05.2024", "2024-05-12": a date written with separators, not a number. */
const DOTTED_DATE = /(?<!\d)(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)/;
/** The earliest year a bare four-digit number is read as (older dates are rare in news, counts of that size common). */
const OLDEST_YEAR = 1500;
const MONEY_GROUPED = /^\d{1,3}[.,]\d{3}$/;
const GROUPED = /^\d{1,3}(?:[.,]\d{3})+(?:[.,]\d+)?$/;
const YEAR_BEFORE = /(?:^|[^\d.,])(?:19|20)\d\d[ \u00A0]$/;
const ATTACHED = /^[\p{L}]+/u;
/** The text before a number ends on the word opening its sentence; a dateline's dash opens the lead as a full stop would ("KOTA BHARU – Seramai 15,600 mangsa"). */
const WORD_OPENS_SENTENCE = /(^|[.!?:]\s+|\s[-–—]\s+|["“„«]\s*)[\p{L}\p{M}'’.-]+\s*$/u;
/** "iOS", "macOS", "iPhone": a product's name, so the number after it is a version. */
const MIXED_CASE = /^\p{Ll}+\p{Lu}/u;
const LETTER = /[\p{L}\p{M}]/u;
/**
 * Tests on the last code units of the text before a number, for patterns matching at most that many (an astral letter
 * is two) with nothing before them asked: an end-anchored regex is tried at every offset of the 60 characters read.
 */
const GLUED_BEFORE = /(\p{L}-|[+#№§]\s?|\d[-‐–]?)$/u;
const GLUED_BEFORE_UNITS = 3;
const LETTER_LAST = /\p{L}$/u;
const LETTER_LAST_UNITS = 2;
const FOOTNOTE_BEFORE = /[\p{L})][.,;:]$|\[$/u;
const FOOTNOTE_BEFORE_UNITS = 3;
// Constants, not literals where they are used: esbuild (the build and tsx) turns a literal with \p{…} outside a class into
// a `new RegExp(…)` run at every call.
/** A hyphen then a letter after a number: a hyphenated scale or a compound adjective. */
const HYPHEN_THEN_LETTER = /^[-‐](?=\p{L})/u;
const NUMERAL = /\p{N}/u;
const CAPITAL_FIRST = /^\p{Lu}/u;
const LETTER_FIRST = /^\p{L}/u;
const CURRENCY_AT_START = new RegExp(`^(?:${byLength(Object.keys(CURRENCY_SYMBOLS)).map(escapePattern).join('|')})\\s?(?=\\d)`, 'u');
const WORD_CHAR = /[\p{L}\p{M}'’.-]/u;
const FIRST_WORD = /^\s*([\p{L}\p{M}'’.-]+)/u;
/** Words that close the phrase saying what a figure counts. */
const MAX_PHRASE_WORDS = 4;
/** Enough text after a number to hold its unit and phrase. */
const PHRASE_LOOKAHEAD_CHARS = 120;

/** Enough text after a number for a phrase naming a period before the news ("l'année précédente"). */
const PAST_AFTER_CHARS = 30;
/** How many words after a counted noun may tell what befell them ("37 orang masih hilang", "12 people were killed"). */
const TOLL_REACH_WORDS = 3;

/** A toll word among the few words after the counted noun, before any punctuation. */
function tollFollows(after: string, lex: Lexicon): boolean {
  const clause = /^[^.,;:!?()\n]*/u.exec(after)![0];
  return clause
    .split(/\s+/u)
    .filter(Boolean)
    .slice(0, TOLL_REACH_WORDS)
    .some((w) => lex.tollWords.has(w.toLowerCase()));
}

interface Cursor {
  rest: string;
  pos: number;
}

function take(c: Cursor, m: RegExpExecArray | null): string | null {
  if (!m) return null;
  c.rest = c.rest.slice(m[0].length);
  c.pos += m[0].length;
  return m[1] ?? m[0];
}

/** Numbers that count or measure something, with their unit and phrase, in reading order. */
export function findFigures(doc: Document, lex: Lexicon, decimal: DecimalMark = articleDecimalMark(doc.text, lex.pack)): FoundFigure[] {
  const out: FoundFigure[] = [];
  /** Each value's unit where the article first gave it one. */
  const unitOfValue = new Map<number, { unit: string; kind: FoundFigure['kind'] }>();
  /** Amounts with a scale word and nothing counted, which may be the article's money. */
  const scaledBare: FoundFigure[] = [];
  for (const para of doc.paragraphs) {
    const text = para.text;
    let last: { end: number; unit: string | null; kind: FoundFigure['kind'] } | null = null;
    let consumed = 0;
    /** A small number waiting for the whole it is part of ("45 of 120 seats"). */
    let partOf: FoundFigure | null = null;
    let lastStop = -1;
    /** The figure before, with where its number starts in the paragraph. */
    let previous: { figure: FoundFigure; start: number } | null = null;
    /** A figure after a comparison word ("Statt der geplanten 74 Mio. Euro"), waiting for the one it is compared with in its sentence. */
    let otherSide: { figure: FoundFigure; stop: number } | null = null;
    for (const n of numbersIn(text, lex, decimal)) {
      if (n.start < consumed) continue;
      const fig = readFigure(text, n, lex, decimal);
      if (!fig) continue;
      consumed = fig.end;
      // "1.900 casos por cada 100.000 habitantes": a round base after a per-unit word is the rate's denominator, not a count.
      if (fig.kind === 'thing' && previous !== null && rateBase(fig.value) && !SENTENCE_END.test(text.slice(lastStop, n.start))) {
        if (lex.perUnitAtEndRe.test(text.slice(Math.max(lastStop, n.start - 20), n.start))) continue;
      }
      // "12 anos e 4 meses", "3 Jahre und 9 Monate": a smaller span joined to the one before tells the same length of time.
      if (
        fig.kind === 'duration' &&
        previous?.figure.kind === 'duration' &&
        previous.figure.unit !== fig.unit &&
        joinedSpan(text.slice(lastStop, n.start), lex)
      )
        continue;
      // "280 milímetros em 72 horas", "186 milimeter dalam 24 jam": the span a measure was taken over is its window.
      if (fig.kind === 'duration' && previous?.figure.kind === 'unit' && lex.measureWindowGapRe.test(text.slice(lastStop, n.start))) continue;
      // "51.8 million bags, down from 54.2 million": a bare number compared
      // with the figure just before it in its sentence counts the same thing.
      const near = last !== null && n.start - last.end <= ELLIPSIS_CHARS && !SENTENCE_END.test(text.slice(last.end, n.start));
      const bareNear = fig.kind === 'bare' && near && (fig.scaled || fig.weak || last!.kind === 'thing');
      // Counted alike, it is the far side only with a comparison word between ("down from", "contre");
      // "pérdidas de 3,8 millones y una deuda de 61 millones" tells a second quantity.
      const compares = bareNear && lex.comparisonGapRe.test(text.slice(last!.end, n.start));
      // "60 metri quadrati ... poco dopo le 9": a small bare number right after a clock word or an article, with nothing
      // counted, is the hour, not a second amount.
      const wordBefore = bareNear && fig.weak && !compares && fig.value <= HOURS_IN_DAY ? lastWord(text.slice(0, n.start)).toLowerCase() : '';
      const hour = lex.clockWords.has(wordBefore) || lex.articles.has(wordBefore);
      // "un 6 % menos ... pérdidas de 9,7 millones": a scaled number is never a share, so it takes no percent sign from before.
      // "$3.25 and eliminate 14 of its 96 bus routes": a part told before its whole counts what the whole does, not what came before.
      const partFirst = bareNear && lex.partOfAtStartRe.test(text.slice(fig.end));
      const elided = bareNear && !hour && !partFirst && !(fig.scaled && last!.kind === 'percent');
      // "Dos 230 deputados, 116 votaram": the whole told first, its part after it.
      // Past the ellipsis reach too, in its sentence: "Van de 3000 boeren die zich hadden aangemeld ..., hebben er 412 getekend".
      const partInSentence =
        (fig.kind === 'bare' || fig.kind === 'thing') &&
        previous !== null &&
        previous.figure.kind === 'thing' &&
        !SENTENCE_END.test(text.slice(lastStop, n.start));
      const wholeBefore = (elided || partInSentence) && !compares && previous !== null && lex.wholeFirstRe.test(text.slice(0, previous.start));
      if (elided) {
        fig.unit = last!.unit;
        fig.kind = last!.kind;
      } else if (wholeBefore && fig.kind === 'bare') {
        fig.unit = previous!.figure.unit;
        fig.kind = previous!.figure.kind;
      }
      const wholeFollows = fig.kind === 'bare' && !elided && lex.partOfAtStartRe.test(text.slice(fig.end));
      // "45 sièges sur 120", "45 seats out of 120": the whole told bare after the counted part.
      const wholeAfterCounted = elided && !compares && lex.partOfAtStartRe.test(text.slice(lastStop, n.start + 1));
      // "Três pessoas morreram e 46 ficaram feridas": a small bare number a toll word follows is a toll, however small.
      const tollAfter = (fig.kind === 'thing' || fig.kind === 'bare') && tollFollows(text.slice(fig.stop), lex);
      if (fig.weak && !elided && !wholeFollows && !tollAfter) continue;
      if (fig.kind !== 'bare') last = { end: fig.end, unit: fig.unit, kind: fig.kind };
      const inParens =
        /\(\s*[^()]{0,12}$/.test(text.slice(Math.max(0, n.start - 14), n.start)) &&
        out.length > 0 &&
        out[out.length - 1]!.at >= para.start + n.start - ASIDE_CHARS;
      // "2,300 jobs, or 9% of its workforce", "1,2 million, soit 15 %": the same quantity said again.
      const restated = lastStop >= 0 && n.start - lastStop <= ASIDE_CHARS && lex.restateGapRe.test(text.slice(lastStop, n.start));
      // "de R$ 1,3 bilhão para R$ 840 milhões", "von 4 auf 6 Prozent": the old value of a change is its far side.
      const changed =
        previous !== null &&
        (fig.kind === previous.figure.kind || fig.kind === 'bare' || previous.figure.kind === 'bare') &&
        lex.changeToGapRe.test(text.slice(lastStop, n.start)) &&
        lex.changeFromRe.test(text.slice(Math.max(0, previous.start - 40), previous.start));
      // "452.000 euro, ruim 46.000 euro meer dan vorig jaar": a difference told after the level it departs from, in its sentence.
      const sameKindBefore = previous !== null && previous.figure.kind === fig.kind && !SENTENCE_END.test(text.slice(lastStop, n.start));
      const levelBefore = fig.kind !== 'percent' && sameKindBefore;
      lastStop = fig.stop;
      // "un ajuste de 4.500 millones": a scaled amount said again without its unit is the figure said before with it.
      const said = fig.kind === 'bare' && fig.scaled ? unitOfValue.get(fig.value) : undefined;
      if (said) {
        fig.unit = said.unit;
        fig.kind = said.kind;
      }
      if (fig.kind !== 'bare' && fig.unit !== null && !unitOfValue.has(fig.value)) unitOfValue.set(fig.value, { unit: fig.unit, kind: fig.kind });
      const toll = (fig.unit !== null && lex.tollWords.has(fig.unit.toLowerCase())) || ((fig.kind === 'thing' || fig.kind === 'bare') && tollAfter);
      // One literal, the read figure's fields in their order: a rest pattern or a spread copies on a slow path, microseconds a figure.
      const figure: FoundFigure = {
        value: fig.value,
        unit: fig.unit,
        text: fig.text,
        approx: fig.approx,
        kind: fig.kind,
        counts: fig.counts,
        perUnit: fig.perUnit,
        at: para.start + n.start,
        aside: inParens || restated,
        compared: compares || partOf !== null || wholeAfterCounted || fig.changedFrom,
        part: wholeFollows || wholeBefore,
        toll,
        difference: levelBefore && lex.differenceAtStartRe.test(text.slice(fig.stop, fig.stop + PHRASE_LOOKAHEAD_CHARS)),
      };
      if (wholeBefore || changed) previous!.figure.compared = true;
      if (wholeAfterCounted) previous!.figure.part = true;
      // "de 3.000 a 1.800 empleos": the old side counts what the new one does.
      if (changed && previous!.figure.kind === 'bare') {
        previous!.figure.unit = figure.unit;
        previous!.figure.kind = figure.kind;
      }
      // "Statt der geplanten 74 Mio. Euro rechnet die Stadt nun mit 86,4 Mio.", "Rp 3,5 triliun, naik dari Rp 3,1 triliun":
      // a figure after a comparison word is the other side when its sentence tells another of its kind.
      if (otherSide && otherSide.figure.kind === figure.kind && !SENTENCE_END.test(text.slice(otherSide.stop, n.start))) otherSide.figure.compared = true;
      const phraseAt = text.lastIndexOf(figure.text, n.start);
      // Read in the figure's own sentence: "… selama lebih dari enam jam. Sedikitnya 7 warga" compares the hours, not the dead.
      const afterComparison: boolean =
        figure.kind !== 'bare' && lex.comparisonBeforeRe.test(sentenceTail(text.slice(Math.max(0, phraseAt - PHRASE_LOOKAHEAD_CHARS), Math.max(phraseAt, 0))));
      if (afterComparison && sameKindBefore) figure.compared = true;
      otherSide = afterComparison && !figure.compared ? { figure, stop: fig.stop } : null;
      if (partOf && figure.kind !== 'bare') {
        partOf.unit = figure.unit;
        partOf.kind = figure.kind;
        partOf.counts = figure.counts;
      }
      partOf = wholeFollows ? figure : null;
      previous = { figure, start: n.start };
      out.push(figure);
      if (fig.scaled && figure.kind === 'bare') scaledBare.push(figure);
    }
  }
  return withArticleDollar(withArticleCurrency(doc.text, out, scaledBare));
}

/**
 * "la Regione ha stanziato 200mila euro ..., mentre la Regione un contributo di
 * 1,5 milioni": an amount with a scale word and nothing counted, in a sentence
 * that tells money, is money in the article's one currency. With two
 * currencies, or no money in its sentence ("oltre 420mila" patients), it stays a bare number.
 */
function withArticleCurrency(text: string, figures: FoundFigure[], scaledBare: readonly FoundFigure[]): FoundFigure[] {
  if (scaledBare.length === 0) return figures;
  const money = figures.filter((f) => f.kind === 'currency');
  const currencies = new Set(money.map((f) => f.unit));
  if (currencies.size !== 1) return figures;
  const [currency] = currencies;
  const sameSentence = (a: number, b: number): boolean => !SENTENCE_END.test(text.slice(Math.min(a, b), Math.max(a, b)));
  for (const f of scaledBare) {
    if (f.kind !== 'bare' || !money.some((m) => sameSentence(m.at, f.at))) continue;
    f.unit = currency!;
    f.kind = 'currency';
  }
  return figures;
}

/** A stop and a space before text with no stop: the last sentence end of a stretch. */
const LAST_SENTENCE_END = /[.!?;]\s+(?=[^.!?;]*$)/;

/** The part of `s` after its last sentence end: the start of the sentence `s` runs into. */
function sentenceTail(s: string): string {
  const end = LAST_SENTENCE_END.exec(s);
  return end ? s.slice(end.index + end[0].length) : s;
}

/** True when one of a pack's age phrases holds the number: from it on ("58 Jahre alte", "58 jaar oud") or with words before it ("tinha 94 anos"). */
function phraseAtNumber(text: string, start: number, ageRe: RegExp): boolean {
  const from = Math.max(0, start - AGE_LEAD_CHARS);
  const age = ageRe.exec(text.slice(from, start + AGE_PHRASE_CHARS));
  if (!age) return false;
  const at = from + age.index;
  // A phrase opening with a comma (", 34 ans") reads an age only after a person: that is `personBefore`'s to say.
  return at === start || (at < start && LETTER_FIRST.test(age[0]) && at + age[0].search(/\d/) === start);
}

/** Enough text after a number for an age phrase ("58 Jahre alten"). */
const AGE_PHRASE_CHARS = 24;
/** Enough text before a number for the words an age phrase opens with ("tenía ", "avait "). */
const AGE_LEAD_CHARS = 12;

/** A power of ten from a hundred up: the base rates are told per ("per 100,000 people"). */
function rateBase(value: number): boolean {
  return value >= 100 && Number.isInteger(Math.log10(value));
}

/** Nothing but a conjunction (or a comma, or a space) between two spans of time. */
function joinedSpan(gap: string, lex: Lexicon): boolean {
  const word = gap
    .replace(/[\s,]+/g, ' ')
    .trim()
    .toLowerCase();
  return word === '' || lex.conjunctions.has(word);
}

/** Numbers in digits, and spelled-out numbers before a scale word, in reading order. */
function numbersIn(text: string, lex: Lexicon, decimal: DecimalMark): NumberAt[] {
  const found: NumberAt[] = [];
  lex.numberRe.lastIndex = 0;
  for (const m of matchesOf(lex.numberRe, text)) {
    found.push({ start: m.index, end: m.index + m[0].length, value: parseNumber(m[0], decimal), raw: m[0] });
  }
  // Scale words first (rare), then the number word before each: far cheaper than trying every number word everywhere.
  lex.scaleWordRe.lastIndex = 0;
  let spelled = false;
  for (const m of matchesOf(lex.scaleWordRe, text)) {
    let end = m.index;
    while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '-' || text[end - 1] === '\u00A0')) end--;
    if (end === m.index) continue;
    let start = end;
    while (start > 0 && LETTER.test(text[start - 1]!)) start--;
    const value = lex.pack.numberWords[text.slice(start, end).toLowerCase()];
    if (value === undefined) continue;
    found.push({ start, end, value, raw: null });
    spelled = true;
  }
  return spelled ? found.sort((a, b) => a.start - b.start) : found;
}

/** The currency, percent sign or unit right after a number (and its scale), consumed from the cursor. */
function readUnit(
  c: Cursor,
  prefixCurrency: string | null,
  scaled: boolean,
  text: string,
  start: number,
  lex: Lexicon,
): { unit: string | null; kind: FoundFigure['kind'] } {
  const pack = lex.pack;
  let currency = prefixCurrency;
  const symbol = currency ? null : take(c, CURRENCY_AFTER.exec(c.rest));
  if (symbol) currency = CURRENCY_SYMBOLS[symbol]!;
  if (!currency) {
    const m = wordAtStart(c, lex.currencyAtStartRe);
    const word = m?.[1]?.toLowerCase().replace(/\s+/g, ' ');
    // "lost 40 pounds" is a weight: a word that is both money and a unit is money only beside money words.
    const unitToo = word !== undefined && pack.units[word] !== undefined;
    if (word && (!unitToo || scaled || talksMoney(text, start, lex))) {
      take(c, m);
      currency = pack.currencies[word] ?? null;
    }
  }
  if (currency) return { unit: currency, kind: 'currency' };
  const percent = /^\s?%/.exec(c.rest) ?? wordAtStart(c, lex.percentAtStartRe);
  // "0,31 persen poin": a unit that opens with the percent word is a change in points, not a share.
  const longerUnit = percent ? wordAtStart(c, lex.unitAtStartRe) : null;
  if (percent && !(longerUnit && longerUnit[0].length > percent[0].length) && take(c, percent)) return { unit: '%', kind: 'percent' };
  const unitSymbol = take(c, UNIT_AFTER.exec(c.rest));
  if (unitSymbol) return { unit: UNIT_SYMBOLS[unitSymbol]!, kind: 'unit' };
  const unitWord = take(c, wordAtStart(c, lex.unitAtStartRe));
  const unit = unitWord ? (pack.units[unitWord.trim().toLowerCase()] ?? null) : null;
  return unit ? { unit, kind: 'unit' } : { unit: null, kind: 'bare' };
}

/** True when the sentence around `at` speaks of money: a currency sign or a money word. */
function talksMoney(text: string, at: number, lex: Lexicon): boolean {
  const from = Math.max(text.lastIndexOf('. ', at) + 1, at - 200);
  const to = text.indexOf('. ', at);
  const sentence = text.slice(from, to < 0 ? Math.min(text.length, at + 200) : to);
  if (/[$€£¥₹]/.test(sentence)) return true;
  return tokenize(sentence).some((t) => t.isWord && lex.moneyCues.has(t.text.toLowerCase()));
}

/**
 * Where the phrase saying what a figure counts ends: over a name right after
 * it ("tentara Rusia") or a linked phrase ("of homes", "dari kota strategis
 * Pokrovsk"), never ending on the link word itself.
 */
function phraseEndAfter(words: readonly Token[], from: number, end: number, lex: Lexicon): number {
  let extra = 0;
  let linked = false;
  for (let i = from; i < words.length && extra < MAX_PHRASE_WORDS; i++) {
    const w = words[i]!;
    const lower = w.text.toLowerCase();
    if (!w.isWord || NUMERAL.test(w.text) || lex.calendarWords.has(lower)) break;
    const link = lex.figureLinks.has(withoutApostrophe(lower));
    if (link) {
      if (linked) break; // one linked phrase: "per kilogram", not "per kilogram di sejumlah"
      const next = words[i + 1];
      if (!next?.isWord || NUMERAL.test(next.text) || lex.stopwords.has(next.text.toLowerCase())) break;
      linked = true;
    } else if (lex.stopwords.has(lower)) break;
    else if (!linked && !(isCapitalized(w.text) && !lex.pack.nounsCapitalized)) break;
    lex.verbRe.lastIndex = 0;
    if (lex.verbRe.test(w.text)) break;
    if (!link) end = w.end;
    extra++;
  }
  return end;
}

/** A capitalized word and an opening bracket ending the text: a name the number in brackets is the age of. */
const NAME_THEN_BRACKET = /\p{Lu}[\p{L}.'’-]*\s*\($/u;

function readFigure(text: string, n: NumberAt, lex: Lexicon, decimal: DecimalMark): ReadFigure | null {
  const pack = lex.pack;
  const { start, end, raw } = n;
  const before = text.slice(Math.max(0, start - 60), start);
  if (raw !== null && !digitsAreAQuantity(text, start, end, raw, before, lex, n.value, decimal)) return null;

  const c: Cursor = { rest: text.slice(end), pos: end };
  let value = n.value;
  let ranged = false;
  // A range ("27 atau 28", "10–12") is one figure, its lower end, a lower
  // bound; a dash to a smaller number is a score ("2-1"), not a quantity.
  const range = readRange(c, value, lex, decimal);
  if (range === 'score') return null;
  ranged = range;

  const prefixCurrency = CURRENCY_BEFORE.exec(before);
  const currency = prefixCurrency ? CURRENCY_SYMBOLS[prefixCurrency[1]!]! : null;
  let phraseStart = prefixCurrency ? start - prefixCurrency[0].trimStart().length : start;
  // A footnote or reference marker glued to a word or its period ("said.3", "[12]").
  if (!prefixCurrency && (FOOTNOTE_BEFORE.test(before.slice(-FOOTNOTE_BEFORE_UNITS)) || /^\]/.test(c.rest))) return null;

  // Scale: attached ("1.2bn", "5m"), hyphenated ("$450-billion") or a word
  // ("5 triliun", "2 mil millones"); money may carry another language's
  // scale ("Rp 5,4 juta" in English copy).
  const hyphen = HYPHEN_THEN_LETTER.test(c.rest) ? 1 : 0;
  const afterHyphen = c.rest.slice(hyphen);
  const attached = hyphen ? undefined : ATTACHED.exec(c.rest)?.[0];
  const scaleWord = attached ? attached.toLowerCase() : lex.scaleAtStartRe.exec(afterHyphen.trimStart())?.[0].toLowerCase().replace(/\s+/g, ' ');
  const foreignWord = currency && !scaleWord ? lex.anyScaleAtStartRe.exec(afterHyphen.trimStart())?.[0].toLowerCase() : undefined;
  const word = scaleWord ?? foreignWord;
  const scale = scaleWord ? pack.scales[scaleWord] : foreignWord ? lex.anyScales[foreignWord] : undefined;
  if (scale && (word!.length > 1 || currency)) {
    const lead = attached ? 0 : hyphen + afterHyphen.length - afterHyphen.trimStart().length;
    c.rest = c.rest.slice(lead + word!.length);
    c.pos += lead + word!.length;
    value *= scale;
    // "entre 8 mil e 8.500 hectares", "zwischen 8 Millionen und 9,5 Millionen Euro": the far end follows the scale word;
    // after a from-word ("passé de 420 millions à 505 millions") the second number is where a change went.
    if (!ranged && !lex.changeFromRe.test(before)) ranged = readRange(c, value, lex, decimal, undefined, true) === true;
  } else if (hyphen) {
    // "480-megawatt solar farm", "a 12-kilometre tunnel": a compound adjective of a unit is a measure;
    // "45-year-old", "a 10-year plan", "5-star" count nothing.
    if (!lex.unitAtStartRe.test(afterHyphen)) return null;
    c.rest = afterHyphen;
    c.pos += hyphen;
  }
  if (raw === null && !scale) return null;

  let { unit, kind } = readUnit(c, currency, scale !== undefined, text, start, lex);
  const isYear = raw !== null && /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100;
  // An ungrouped four-digit number in the years' range is a year ("sejak 2019", "das 2015
  // verabschiedete Gesetz") unless it carries money, percent or a unit: far likelier than a count. Told before its phrase is read.
  if (isYear && kind === 'bare') return null;
  // "van 6,20 naar 7,50 euro": the number changed from has the unit of the one it changes to ("pada 2023 menjadi 31,2 persen" is a year's).
  const changeTo = kind === 'bare' && !scale ? lex.changeToAtStartRe.exec(c.rest) : null;
  let changedFrom = false;
  // "de 3.000 a 1.800 empleos": after a from-word the number is the old side whatever follows the new one, and its to-word is no counted noun.
  const oldSide = changeTo !== null && lex.changeFromRe.test(before);
  if (changeTo) {
    const far: Cursor = { rest: c.rest.slice(changeTo[0].length), pos: c.pos + changeTo[0].length };
    const farUnit = readUnit(far, null, false, text, start, lex);
    if (farUnit.kind !== 'bare') ({ unit, kind } = farUnit);
    changedFrom = farUnit.kind !== 'bare' || oldSide;
  }
  if (kind === 'bare' && ATTACHED.test(c.rest)) return null; // "5G", "4x4": a code, not a figure
  // Money is never written to three decimals: "Rp 14.000" is fourteen thousand in any language.
  if (kind === 'currency' && raw && !scale && !ranged && MONEY_GROUPED.test(raw)) value = Number(raw.replace(/[.,]/, ''));
  // "entre 2% e 5%", "10 to 12 km": the far end after the unit makes a range too.
  // After a from-word the second amount is where a change went, not a range's far end: "from £486 to £617".
  if (!ranged && kind !== 'bare' && !lex.changeFromRe.test(before) && readRange(c, value, lex, decimal, unit) === true) ranged = true;

  const prev = lastWord(before.slice(0, before.length - (prefixCurrency?.[0].length ?? 0)));
  // Part of a longer run of digits: a phone number or an account number.
  // A grouped number right after a year is a count of its own ("bis 2030 1.100 Arbeitsplätze").
  const afterYear = YEAR_BEFORE.test(before) && raw !== null && GROUPED.test(raw);
  if ((/\d[ \u00A0]$/.test(before) && !afterYear) || /^[ \u00A0]\d/.test(c.rest)) return null;
  const nextWord = FIRST_WORD.exec(c.rest)?.[1] ?? '';
  const prevLower = prev.toLowerCase().replace(/\.$/, '');
  const nextLower = nextWord.toLowerCase().replace(/\.$/, '');
  if (lex.calendarWords.has(prevLower) || lex.calendarWords.has(nextLower)) return null;
  // "entre 20 de dezembro e 6 de janeiro": a day, a link word and a month is a date.
  const linkedWord = LINKED_WORD.exec(c.rest);
  if (
    kind === 'bare' &&
    raw !== null &&
    DAY_OF_MONTH.test(raw) &&
    linkedWord &&
    lex.figureLinks.has(linkedWord[1]!.toLowerCase()) &&
    lex.calendarWords.has(linkedWord[2]!.toLowerCase())
  )
    return null;
  // "um 14 Uhr", "pukul 8": a clock time, unless the number carries a unit of
  // its own ("um 4 Prozent") or is past any hour of the day ("48 heures", "36 ore").
  const ownUnit = kind === 'currency' || kind === 'percent' || kind === 'unit';
  // A decimal comma is never in a clock time: "um 0,1 Punkte".
  const clock = value <= HOURS_IN_DAY && !raw?.includes(',');
  // An hour word that is also a span ("fino a 4 ore", "14 heures de grève") reads a clock only after a clock word ("alle", "à").
  // Two-digit minutes ("rond 03.15 uur", "9:30 horas") are a clock's, whatever word comes before.
  const clockShape = raw !== null && CLOCK_SHAPE.test(raw);
  const clockAfter = lex.timeWords.has(nextLower) && clock && (!lex.durations.has(nextLower) || clockShape || lex.clockWords.has(prevLower));
  if ((lex.timeWords.has(prevLower) && !ownUnit && clock) || clockAfter) return null;
  // "aged 45", "flight 370", "iOS 17", "âgé de 45 ans": an age, a label or a version; never money ("una línea de 45 millones de euros").
  const label = lex.labelWords.has(prevLower) || MIXED_CASE.test(prev) || labelBeforeLink(before, prevLower, ranged, lex);
  if (label && kind !== 'currency') return null;
  // "Danil Novolodsky (24)": an age after a name.
  // The cheap tests first: the name's end-anchored regex tries every offset of `before`.
  if (kind === 'bare' && /^\s*\)/.test(c.rest) && NAME_THEN_BRACKET.test(before)) return null;
  // "Article 5", "Boeing 737", "Route 66": a label, not a quantity (a capital opening the sentence is not a name).
  const beforeSymbol = before.slice(0, before.length - (prefixCurrency?.[0].length ?? 0));
  const approxMatch = approxBefore(text, phraseStart, lex);
  // Where every noun is capitalized, a noun before a count of a plural noun is no label: "im Schnitt 14.300 Zuschauer".
  const countsNoun =
    lex.pack.nounsCapitalized && isCapitalized(nextWord) && !ACRONYM.test(nextWord) && lex.pack.pluralEndings.some((e) => nextLower.endsWith(e));
  // The end-anchored regex last: it tries every offset of `before`, and most numbers follow no capital.
  if (kind === 'bare' && isCapitalized(prev) && !lex.stopwords.has(prevLower) && !approxMatch && !countsNoun && !WORD_OPENS_SENTENCE.test(beforeSymbol))
    return null;

  let approx: ApproxWay | null = ranged ? 'over' : null;
  if (approxMatch) {
    approx = approxMatch[1] ? 'about' : approxMatch[2] ? 'over' : 'under';
    phraseStart -= approxMatch[0].length;
  }

  // What it counts: the next content word, past one capitalized adjective
  // ("600,000 Russian troops") where capitals are not simply nouns.
  const words = tokenize(c.rest.slice(0, PHRASE_LOOKAHEAD_CHARS), c.pos);
  let phraseEnd = c.pos;
  let countedEnd = c.pos;
  let i = 0;
  let nounAfter = false;
  // "down from 2.16 million last year": a period before the news right after a number is when, never what it counts.
  const pastAfter = kind === 'bare' ? lex.pastRe.exec(c.rest.slice(0, PAST_AFTER_CHARS)) : null;
  const toldOfPast = pastAfter !== null && c.rest.slice(0, pastAfter.index).trim() === '';
  if (kind === 'bare' && !oldSide && !toldOfPast) {
    // "reduce de 3.000 a 1.800 los empleos": the new value of a change may name what it counts past an article.
    const skip = words[0]?.isWord && lex.articles.has(words[0].text.toLowerCase()) && lex.changeEndRe.test(before) ? 1 : 0;
    const read = countedThing(words.slice(skip), lex, scale !== undefined, lex.pack.scaleLinksNoun && scale !== undefined && scale >= MILLION);
    if (read === 'date') return null;
    const thing = read && { word: read.word, next: read.next + skip };
    const lower = thing ? thing.word.text.toLowerCase() : '';
    // "dans les 100 premiers jours", "los 30 primeros días": a window word between the number and its span is a window too.
    if (thing && lex.windowWords.has(lower) && lex.durations.has(words[thing.next]?.text.toLowerCase() ?? '')) return null;
    // A singular noun after a number above one is not what it counts: an
    // ungrouped whole number is then a model or a label ("its 737 jet", "a 40
    // Under 40 list"); a grouped or scaled one still counts something unnamed
    // ("13,000 false or misleading claims").
    const singular =
      thing &&
      pack.countsTakePlural &&
      value > 1 &&
      !isCapitalized(thing.word.text) &&
      !lex.durations.has(lower) &&
      !pack.pluralEndings.some((e) => lower.endsWith(e));
    if (singular && !scale && raw && /^\d+$/.test(raw)) return null;
    // "van 500.000 naar 483.000 per jaar": a span after a per-unit word is the rate's period, not what the number counts.
    const period = thing && lex.durations.has(lower) && lex.perUnitAtStartRe.test(text.slice(c.pos, thing.word.start));
    if (thing && !singular && !period) {
      // A capital after a number is a proper noun ("150 Indians") or, in German, any noun.
      unit = pack.nounsCapitalized || isCapitalized(thing.word.text) ? thing.word.text : thing.word.text.toLowerCase();
      kind = lex.durations.has(lower) ? 'duration' : 'thing';
      phraseEnd = thing.word.end;
      countedEnd = thing.word.end;
      i = thing.next;
      nounAfter = true;
      // "in the past 20 years", "dalam 20 tahun terakhir": a comparison window, not a figure.
      if (kind === 'duration' && (lex.windowWords.has(prevLower) || lex.windowWords.has(words[i]?.text.toLowerCase() ?? ''))) return null;
      // "Marie Roux, 34 ans, habite", "mia madre, 86 anni, è rimasta", "disse o comerciante Valdir Antunes, 58 anos.": a span set
      // off by a comma right after a person, closing its clause, is an age.
      if (kind === 'duration' && value <= MAX_AGE && AGE_AFTER_NAME_CLOSES.test(text.slice(thing.word.end)) && personBefore(beforeSymbol, lex)) return null;
      // "der 58 Jahre alte Bürgermeister", "58 years old": the language's age phrase read from the number on.
      if (kind === 'duration' && value <= MAX_AGE && phraseAtNumber(text, start, lex.ageRe)) return null;
      // "le père de 84 ans", "José Carlos Vieira, de 78 anos": a span after a person and a link word is an age too.
      if (kind === 'duration' && value <= MAX_AGE && personThenLink(beforeSymbol, lex)) return null;
      // "Kinder bis 14 Jahre", "idosos acima de 60 anos", "menores de entre 5 y 12 años": years bounding a group of people are their ages.
      if (kind === 'duration' && value <= MAX_AGE && groupBefore(beforeSymbol, approxMatch, ranged, lex)) return null;
      // "J'ai commencé ici à 23 ans.", "desde os 17 anos,": a point of a life closing its clause is an age; a span going on
      // is a sentence or a wait ("condamné à 4 ans de prison", "a 5 anni e 4 mesi"), and so is a bound ("fino a 12 anni").
      if (
        kind === 'duration' &&
        value <= MAX_AGE &&
        !approxMatch &&
        CLAUSE_CLOSES.test(text.slice(thing.word.end)) &&
        phraseAtNumber(text, start, lex.agePointRe)
      )
        return null;
    }
  }
  if (kind === 'bare' && !scale && raw !== null && SPACED_GROUPS.test(raw)) return null;
  // "na Rua Frei Orlando, 199, das 8h": a bare number set off by commas after a name is a house number or an age.
  if (kind === 'bare' && !scale && c.rest.startsWith(',') && NAME_THEN_COMMA.test(beforeSymbol)) return null;
  // A bare ungrouped four-digit number back to the early modern era is a year too ("peint vers 1865"): with nothing counted, no count.
  if (kind === 'bare' && raw !== null && /^\d{4}$/.test(raw) && value >= OLDEST_YEAR && value < 1900) return null;
  // "van 22 naar 45": either side of a change is a figure, however small.
  const weak = kind === 'bare' && !approxMatch && value < SMALL_BARE && !oldSide && !lex.changeEndRe.test(before);
  if (kind !== 'bare') phraseEnd = phraseEndAfter(words, i, phraseEnd, lex);
  const phrase = text
    .slice(phraseStart, Math.max(phraseEnd, c.pos))
    .trim()
    .replace(/[\s,;:]+$/, '');
  const counts = figureCounts(text, { start: phraseStart, end: c.pos, nounAfter, measure: kind === 'percent' || kind === 'unit', after: words }, lex);
  const after = text.slice(countedEnd, countedEnd + PHRASE_LOOKAHEAD_CHARS);
  const per = lex.perUnitAtStartRe.exec(after);
  // "483.000 per jaar", "£6.5 billion a year": a flow over a span of time is a level of its own, not a rate per unit,
  // unless a unit follows the span ("£120 a month per patient").
  const span = per ? FIRST_WORD.exec(after.slice(per[0].length)) : null;
  const overTime = span !== null && lex.durations.has(span[1]!.toLowerCase().replace(/\.$/, ''));
  const perUnit = per !== null && (!overTime || lex.perUnitAtStartRe.test(after.slice(per[0].length + span![0].length)));
  return {
    value,
    unit,
    text: phrase,
    approx,
    kind,
    counts,
    end: c.pos,
    stop: Math.max(phraseEnd, c.pos),
    scaled: scale !== undefined,
    weak,
    perUnit,
    changedFrom,
  };
}

/** Of a headline's words of three letters or more, the share capitalized from which it is written in title case. */
const TITLE_CASE_SHARE = 0.7;
const CAPITALIZED_WORD = /(?<!\p{L})\p{Lu}\p{Ll}{2,}(?!\p{L})/gu;
const LONG_WORD = /(?<!\p{L})\p{L}{3,}(?!\p{L})/gu;

/**
 * "Polres Bongkar Peredaran Obat, 5 Tersangka Ditangkap": a title-case headline
 * read as a sentence, since its capitals mark no names (acronyms and short
 * symbols such as "KPK" or "Rp" kept), where nouns are not capitalized anyway.
 */
function sentenceCase(title: string, lex: Lexicon): string {
  if (lex.pack.nounsCapitalized) return title;
  const long = title.match(LONG_WORD)?.length ?? 0;
  const capitalized = title.match(CAPITALIZED_WORD)?.length ?? 0;
  return long > 0 && capitalized / long >= TITLE_CASE_SHARE ? title.replace(CAPITALIZED_WORD, (w) => w.toLowerCase()) : title;
}

/** How far a headline may round a number the body tells ("£1.2bn" for "£1.18 billion"). */
const HEADLINE_ROUNDING = 0.05;
/** From this a headline's amount may be the body's rounded. */
const ROUNDED_FROM = 1000;

/**
 * The body's figures, after the headline's own that the body never repeats
 * ("Kabinet schrapt 17.000 vluchten" over a body telling 500.000 and 483.000):
 * the number the story is about. A headline figure the body tells, in any unit
 * or rounding, is the body's, and the first body figure of its value, kind and
 * unit is marked `headline`, however either writes it.
 */
export function withHeadlineFigures(body: FoundFigure[], title: string | null, doc: Document, lex: Lexicon): FoundFigure[] {
  if (!title || !/\d/.test(title)) return body;
  const near = (a: number, b: number): boolean => Math.abs(a - b) <= HEADLINE_ROUNDING * Math.abs(b);
  // The headline is written in the body's number style ("28,450 orang" is a count where the body groups with commas).
  const headline = findFigures(buildDocument(sentenceCase(title, lex), lex.pack.code), lex, articleDecimalMark(doc.text, lex.pack));
  const marked = body.map((f) => ({ ...f }));
  const own: FoundFigure[] = [];
  for (const h of headline) {
    // "7 key questions", "4 Things to Do": a listicle's small count opens its headline and is no figure of the story;
    // further in ("…, 14 indagati") a small count is the news, which the body may spell out ("Lima orang tersangka").
    const added = h.kind !== 'bare' && !(h.kind === 'thing' && h.value < SMALL_BARE && !h.toll && h.at === 0);
    if (!marked.some((f) => near(f.value, h.value))) {
      if (added) own.push({ ...h, at: 0, headline: true });
      continue;
    }
    // The first the body tells of the same kind and unit ("1,2 Millionen Euro" for "1,2 Mio. Euro"); a count may be told
    // bare or with another noun, and a bare number of the headline names whatever the body tells with it. Only a large
    // amount is rounded in a headline: "41 anos" is not "43 minutos".
    const counted = (k: FoundFigure['kind']): boolean => k === 'thing' || k === 'bare';
    const same = marked.find(
      (f) =>
        (f.value === h.value || (h.value >= ROUNDED_FROM && near(f.value, h.value))) &&
        (h.kind === 'bare' || (counted(f.kind) && counted(h.kind)) || (f.kind === h.kind && f.unit === h.unit)),
    );
    if (same) same.headline = true;
  }
  return [...own, ...marked];
}

/** Text read before a figure for an approximation phrase. */
const APPROX_CHARS = 40;
const SPACE = /\s/;

/**
 * The approximation phrase ending right before `at` ("more than "), its
 * end-anchored regex tried only when the last character before the spaces
 * can end such a phrase: most figures have none.
 */
function approxBefore(text: string, at: number, lex: Lexicon): RegExpExecArray | null {
  const from = Math.max(0, at - APPROX_CHARS);
  if (lex.approxEndRe) {
    let end = at;
    while (end > from && SPACE.test(text[end - 1]!)) end--;
    if (end === from) return null;
    lex.approxEndRe.lastIndex = end - 1;
    if (!lex.approxEndRe.test(text)) return null;
  }
  return lex.approxBeforeRe.exec(text.slice(from, at));
}

/** The checks on the digits and what is glued to them: false for URLs, dates, times, codes, ordinals and the second end of a range. */
function digitsAreAQuantity(text: string, start: number, end: number, raw: string, before: string, lex: Lexicon, value: number, decimal: DecimalMark): boolean {
  const pack = lex.pack;
  const chunkStart = text.lastIndexOf(' ', start) + 1;
  const chunkEnd = text.indexOf(' ', end);
  const chunk = text.slice(chunkStart, chunkEnd < 0 ? text.length : chunkEnd);
  // URLs, handles, dates like 27/10, times like 10:30, phone numbers, codes like COVID-19.
  if (/https?:|www\.|[@#\\]|\d:\d|\d\/\d/.test(chunk) || DOTTED_DATE.test(chunk)) return false;
  if (GLUED_BEFORE.test(before.slice(-GLUED_BEFORE_UNITS)) || (lex.rangeEndRe.test(before) && !fallingChangeEnd(before, value, lex, decimal))) return false;
  if (/^[-‐]\d/.test(text.slice(end)) && /^0\d/.test(raw)) return false;
  if (/^0\d{2,}$/.test(raw)) return false;
  if (pack.ordinalPrefix?.test(before)) return false;
  // Letters glued before the digits make a code ("G20", "A320") unless they are a currency ("RM421", "Rp5").
  if (LETTER_LAST.test(before.slice(-LETTER_LAST_UNITS)) && !CURRENCY_BEFORE.test(before)) return false;
  return !pack.ordinalSuffix.test(text.slice(end));
}

/**
 * "de 3.000 a 1.800 empleos", "from 3,000 to 1,800 jobs": after a from-word a
 * smaller number past the to-word is the new value of a change, not the far
 * end of a range (a range rises).
 */
function fallingChangeEnd(before: string, value: number, lex: Lexicon, decimal: DecimalMark): boolean {
  const old = lex.changeEndRe.exec(before)?.[1];
  return old !== undefined && parseNumber(old, decimal) > value;
}

/** An elided article is no part of the noun after it: "l'esterno", "l'infirmière". */
const withoutElision = (word: string): string => word.replace(ELIDED_SHORT_HEAD, '');

/** The two words after a number: a link word and what it links ("de dezembro"). */
const LINKED_WORD = /^\s+([\p{L}]+)\s+([\p{L}]+)/u;
const DAY_OF_MONTH = /^(?:0?[1-9]|[12]\d|3[01])$/;

const WORD_BEFORE_COMMA = /([\p{L}.'’-]+),\s*$/u;

/** True when the text ends on a person and a comma: a name, or a word for a person or a role ("madre", "ministra", "alcalde", "l'esterno"). */
function personBefore(before: string, lex: Lexicon): boolean {
  const word = WORD_BEFORE_COMMA.exec(before)?.[1];
  if (!word) return false;
  const lower = withoutElision(word.toLowerCase());
  return CAPITAL_FIRST.test(word) || lex.titles.has(lower) || lex.ageNouns.has(lower) || (lex.genderCues.has(lower) && !lex.articles.has(lower));
}

const LAST_WORD = /([\p{L}'’-]+)\s*$/u;

/**
 * True when a group of people comes right before a bound or a range opener ("Kinder bis ", "idosos acima de ",
 * "menores de entre "): the span after it is their age. Only past such a word, so "studenti da 3 anni" stays a span.
 */
function groupBefore(before: string, approx: RegExpExecArray | null, ranged: boolean, lex: Lexicon): boolean {
  let head = approx ? before.slice(0, before.length - approx[0].length) : before;
  if (!approx) {
    // The word opening a range ("entre 6 y 11") or a bound of one ("bis 12"); "studenti da 3 anni" is a span.
    const opener = LAST_WORD.exec(head);
    const word = opener?.[1]!.toLowerCase() ?? '';
    if (!opener || !(ranged ? lex.stopwords.has(word) : lex.pack.rangeWords.includes(word))) return false;
    head = head.slice(0, opener.index);
  }
  const last = LAST_WORD.exec(head)?.[1]?.toLowerCase();
  return (last !== undefined && lex.ageNouns.has(last)) || personThenLink(head, lex);
}

const CLOCK_SHAPE = /^\d{1,2}[.:][0-5]\d$/;

const WORD_THEN_LINK = /([\p{L}.'’-]+)(,?)\s+(\p{Ll}+)\s+$/u;

/** True when the text ends on a person and a link word: a name set off by a comma, or a word for a person ("père", "madre", "studenti di"). */
function personThenLink(before: string, lex: Lexicon): boolean {
  const m = WORD_THEN_LINK.exec(before);
  if (!m || !(lex.figureLinks.has(m[3]!) || lex.prepositions.has(m[3]!))) return false;
  const lower = m[1]!.toLowerCase();
  if (!m[2] && lex.ageNouns.has(withoutElision(lower)) && lex.ageLinks.has(m[3]!)) return true;
  // "O prefeito, de 58 anos,", "el alcalde de 58 años": a role is a person as much as a name is.
  const role = lex.titles.has(withoutElision(lower)) && lex.ageLinks.has(m[3]!);
  // "La acusada, de 58 años": a word for a person set off by a comma, as a name or a role is.
  if (m[2]) return (CAPITAL_FIRST.test(m[1]!) && !lex.stopwords.has(lower)) || role || (lex.ageNouns.has(withoutElision(lower)) && lex.ageLinks.has(m[3]!));
  return (lex.genderCues.has(lower) && !lex.articles.has(lower) && !lex.titles.has(lower)) || role;
}

/**
 * "âgé de 45 ans", "at age 45": a label word two words back, across a link
 * word; before a range across the word opening it too ("berusia antara 29
 * hingga 41 tahun"), though "Pekan lalu 160" is no label.
 */
function labelBeforeLink(before: string, prevLower: string, ranged: boolean, lex: Lexicon): boolean {
  if (!lex.figureLinks.has(prevLower) && !lex.prepositions.has(prevLower) && !(ranged && lex.stopwords.has(prevLower))) return false;
  const head = before.trimEnd();
  const word = lastWord(head.slice(0, Math.max(head.lastIndexOf(' '), 0)));
  return word !== '' && lex.labelWords.has(word.toLowerCase().replace(/\.$/, ''));
}

/** The last word of a string, past trailing spaces: a scan from the end, cheaper than an end-anchored regex. */
function lastWord(s: string): string {
  let end = s.length;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  let start = end;
  while (start > 0 && WORD_CHAR.test(s[start - 1]!)) start--;
  return s.slice(start, end);
}

/** A scale word glued to the digits or after them ("bn", " million"), its length and multiplier. */
function scaleAtStart(text: string, lex: Lexicon): { length: number; factor: number } | null {
  const attached = ATTACHED.exec(text)?.[0].toLowerCase();
  if (attached) {
    const factor = lex.pack.scales[attached] ?? lex.anyScales[attached];
    return factor ? { length: attached.length, factor } : null;
  }
  const lead = text.length - text.trimStart().length;
  const word = lex.scaleAtStartRe.exec(text.slice(lead))?.[0];
  const factor = word ? lex.pack.scales[word.toLowerCase().replace(/\s+/g, ' ')] : undefined;
  return word && factor ? { length: lead + word.length, factor } : null;
}

/**
 * The far end of a range right at the cursor ("–12", " bis 12", " e 5%"),
 * consumed when it is larger; 'score' when a dash leads to a smaller number.
 * With a unit, the far end must carry the same one.
 */
function readRange(c: Cursor, value: number, lex: Lexicon, decimal: DecimalMark, unit?: string | null, lowerScaled = false): boolean | 'score' {
  const range = lex.rangeAtStartRe.exec(c.rest);
  if (!range) return false;
  const afterWord = c.rest.slice(range[0].length);
  const prefix = unit !== undefined ? (CURRENCY_AT_START.exec(afterWord)?.[0] ?? '') : '';
  const second = lex.numberAtStartRe.exec(afterWord.slice(prefix.length));
  if (!second) return false;
  const tail = afterWord.slice(prefix.length + second[0].length);
  const upper = parseNumber(second[0], decimal);
  if (unit === undefined) {
    // After a scaled lower end the far end may carry its own scale word ("8 Millionen und 9,5 Millionen").
    const farScale = lowerScaled ? scaleAtStart(tail, lex) : null;
    if (farScale && upper * farScale.factor > value) {
      const used = range[0].length + second[0].length + farScale.length;
      c.rest = c.rest.slice(used);
      c.pos += used;
      return true;
    }
    if (LETTER_FIRST.test(tail)) return false;
    if (upper > value) {
      take(c, range);
      take(c, second);
      return true;
    }
    return /[-–—]/.test(range[0]) ? 'score' : false;
  }
  // "£1.2bn to £1.6bn": the far end carries its own scale.
  const scaled = upper <= value && prefix ? scaleAtStart(tail, lex) : null;
  const sameUnit = unit === '%' ? /^\s?%/.exec(tail) : prefix ? /^/.exec(tail) : null;
  if (!sameUnit || upper * (scaled?.factor ?? 1) <= value) return false;
  const used = range[0].length + prefix.length + second[0].length + (scaled?.length ?? 0) + sameUnit[0].length;
  c.rest = c.rest.slice(used);
  c.pos += used;
  return true;
}

/**
 * The noun a number counts, among the next few words: past a capitalized
 * adjective ("600,000 Russian troops") or, where nouns are capitalized, past
 * lowercase adjectives ("600.000 neue Arbeitsplätze"); in languages whose
 * counted noun ends its phrase, past one modifier ("400,000 state employees").
 */
function countedThing(
  words: readonly Token[],
  lex: Lexicon,
  scaled: boolean,
  /** The scale word takes its noun across a link word only ("32 millones de euros", not "32 millones procederán"). */
  linkOnly: boolean,
): { word: Token; next: number } | 'date' | null {
  const pack = lex.pack;
  let found: { word: Token; next: number } | null = null;
  for (let k = 0; k < 3 && k < words.length; k++) {
    const w = words[k]!;
    const lower = w.text.toLowerCase();
    // A scale word is a noun in many languages: "1,2 million de foyers", "14 milioni di lavoratori".
    if (k === 0 && scaled && (lex.figureLinks.has(lower) || ELIDED_SHORT_WORD.test(w.text))) {
      const noun = words[1];
      if (!noun?.isWord || lex.calendarWords.has(noun.text.toLowerCase()) || (isCapitalized(noun.text) && !pack.nounsCapitalized)) break;
      continue;
    }
    if (k === 0 && linkOnly) break;
    // "dalle 9 alle 20": a clock word after a number opens the other end of a time span, never what the number counts.
    if (
      !w.isWord ||
      NUMERAL.test(w.text) ||
      // A span's word may be a stopword elsewhere ("hari ini", today): after a number it is the span ("selama 14 hari").
      (lex.stopwords.has(lower) && !lex.durations.has(lower)) ||
      lex.figureLinks.has(lower) ||
      lex.notCounted.has(lower) ||
      // "2,140, up from 1,610 twelve months ago": a number word opens the next phrase, it is not what the number counts.
      lex.pack.numberWords[lower] !== undefined ||
      (lex.clockWords.has(lower) && !lex.durations.has(lower))
    )
      break;
    if (lex.calendarWords.has(lower)) return found ?? 'date';
    lex.verbRe.lastIndex = 0;
    if (lex.verbRe.test(w.text)) break;
    const capital = isCapitalized(w.text);
    // Initials after a number are what it counts ("151 PS", "300 PNS") unless a plural noun follows ("40 EU states").
    const after = words[1]?.isWord && !isCapitalized(words[1].text) ? words[1].text.toLowerCase() : '';
    if (k === 0 && ACRONYM.test(w.text) && !pack.nounsCapitalized && !pack.pluralEndings.some((e) => after.endsWith(e))) {
      return { word: w, next: 1 };
    }
    if (pack.nounsCapitalized) {
      if (capital) return { word: w, next: k + 1 };
      continue;
    }
    if (capital) {
      // Past a modifier, a capitalized adjective may still come before the noun: "140 independent Japanese developers".
      if (found && (!pack.countedNounLast || pack.pluralEndings.some((e) => found!.word.text.toLowerCase().endsWith(e)))) break;
      // A people counted by a plural name: "150 Indians returned", not "600,000 Russian troops".
      const plural = !ACRONYM.test(w.text) && pack.pluralEndings.some((e) => lower.endsWith(e));
      const next = words[k + 1];
      if (k === 0 && plural && (!next?.isWord || !isCapitalized(next.text))) return { word: w, next: k + 1 };
      continue;
    }
    if (found) return { word: w, next: k + 1 };
    found = { word: w, next: k + 1 };
    // A span of time is the noun itself ("ruim 6 uur plat"), never a modifier before one.
    if (!pack.countedNounLast || (lex.durations.has(lower) && !pack.countsTakePlural) || pack.pluralEndings.some((e) => lower.endsWith(e))) break;
  }
  return found;
}

/** A whole word or phrase at the start (after spaces), as a match `take` can consume. */
function wordAtStart(c: Cursor, re: RegExp): RegExpExecArray | null {
  const lead = c.rest.length - c.rest.trimStart().length;
  const m = re.exec(c.rest.slice(lead));
  if (!m) return null;
  return Object.assign([c.rest.slice(0, lead) + m[0], m[1] ?? m[0]], { index: 0, input: c.rest, groups: undefined }) as unknown as RegExpExecArray;
}
