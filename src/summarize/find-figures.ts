import type { Figure } from '../domain/summary.js';
import { CURRENCY_SYMBOLS, UNIT_SYMBOLS } from '../lang/symbols.js';
import type { Document } from './document.js';
import type { Lexicon } from './lexicon.js';
import { parseNumber } from './parse-number.js';
import { isCapitalized, tokenize } from './tokenize.js';
import type { Token } from './tokenize.js';

/** A figure before ranking, with where it was found. */
export interface FoundFigure extends Omit<Figure, 'key'> {
  at: number;
  /** What kind of unit it carries, for ranking. */
  kind: 'currency' | 'percent' | 'unit' | 'thing' | 'duration' | 'bare';
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const byLength = (xs: string[]): string[] => xs.sort((a, b) => b.length - a.length);
const CURRENCY_BEFORE = new RegExp(`(?:^|[^\\p{L}])(${byLength(Object.keys(CURRENCY_SYMBOLS)).map(escape).join('|')})\\s?$`, 'u');
const CURRENCY_AFTER = new RegExp(`^\\s?(${byLength(Object.keys(CURRENCY_SYMBOLS)).map(escape).join('|')})(?![\\p{L}])`, 'u');
const UNIT_AFTER = new RegExp(`^\\s?(${byLength(Object.keys(UNIT_SYMBOLS)).map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'u');
/** How far after a figure a bare number may sit and still count the same thing. */
const ELLIPSIS_CHARS = 60;
const SENTENCE_END = /[.!?;](?:\s|$)/;
const ACRONYM = /^\p{Lu}{2,}$/u;
/** "2018.04.05", "12.05.2024", "2024-05-12": a date written with separators, not a number. */
const DOTTED_DATE = /(?<!\d)(?:\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4})(?!\d)/;
const ELISION = /^\p{L}{1,2}['’]$/u;
const MONEY_GROUPED = /^\d{1,3}[.,]\d{3}$/;
const ATTACHED = /^[\p{L}]+/u;
const LAST_WORD = /([\p{L}\p{M}'’.-]+)\s*$/u;
const FIRST_WORD = /^\s*([\p{L}\p{M}'’.-]+)/u;
/** Words that close the phrase saying what a figure counts. */
const MAX_PHRASE_WORDS = 4;
/** Enough text after a number to hold its unit and phrase. */
const PHRASE_LOOKAHEAD_CHARS = 120;

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
export function findFigures(doc: Document, lex: Lexicon): FoundFigure[] {
  const out: FoundFigure[] = [];
  for (const para of doc.paragraphs) {
    const text = para.text;
    let last: { end: number; unit: string | null; kind: FoundFigure['kind'] } | null = null;
    lex.numberRe.lastIndex = 0;
    for (const m of text.matchAll(lex.numberRe)) {
      const fig = readFigure(text, m.index, m[0], lex);
      if (!fig) continue;
      // "51.8 million bags, down from 54.2 million": a bare number compared
      // with the figure just before it in its sentence counts the same thing.
      const elided = fig.kind === 'bare' && (fig.scaled || last?.kind === 'thing');
      if (elided && last && m.index - last.end <= ELLIPSIS_CHARS && !SENTENCE_END.test(text.slice(last.end, m.index))) {
        fig.unit = last.unit;
        fig.kind = last.kind;
      }
      if (fig.kind !== 'bare') last = { end: fig.end, unit: fig.unit, kind: fig.kind };
      const { end: _end, scaled: _scaled, ...found } = fig;
      out.push({ ...found, at: para.start + m.index });
    }
  }
  return out;
}

/** The currency, percent sign or unit right after a number (and its scale), consumed from the cursor. */
function readUnit(c: Cursor, prefixCurrency: string | null, lex: Lexicon): { unit: string | null; kind: FoundFigure['kind'] } {
  const pack = lex.pack;
  let currency = prefixCurrency;
  const symbol = currency ? null : take(c, CURRENCY_AFTER.exec(c.rest));
  if (symbol) currency = CURRENCY_SYMBOLS[symbol]!;
  const word = currency ? null : take(c, wordAtStart(c, lex.currencyAtStartRe));
  if (word) currency = pack.currencies[word.toLowerCase().replace(/\s+/g, ' ')] ?? null;
  if (currency) return { unit: currency, kind: 'currency' };
  if (take(c, /^\s?%/.exec(c.rest) ?? wordAtStart(c, lex.percentAtStartRe))) return { unit: '%', kind: 'percent' };
  const unitSymbol = take(c, UNIT_AFTER.exec(c.rest));
  if (unitSymbol) return { unit: UNIT_SYMBOLS[unitSymbol]!, kind: 'unit' };
  const unitWord = take(c, wordAtStart(c, lex.unitAtStartRe));
  const unit = unitWord ? (pack.units[unitWord.trim().toLowerCase()] ?? null) : null;
  return unit ? { unit, kind: 'unit' } : { unit: null, kind: 'bare' };
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
    if (!w.isWord || /\p{N}/u.test(w.text) || lex.calendarWords.has(lower)) break;
    const link = lex.figureLinks.has(lower.replace(/['’]$/, ''));
    if (link) {
      if (linked) break; // one linked phrase: "per kilogram", not "per kilogram di sejumlah"
      const next = words[i + 1];
      if (!next?.isWord || /\p{N}/u.test(next.text) || lex.stopwords.has(next.text.toLowerCase())) break;
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

function readFigure(
  text: string,
  start: number,
  raw: string,
  lex: Lexicon,
): (Omit<FoundFigure, 'at'> & { end: number; scaled: boolean }) | null {
  const pack = lex.pack;
  const end = start + raw.length;
  const before = text.slice(Math.max(0, start - 60), start);
  const chunkStart = text.lastIndexOf(' ', start) + 1;
  const chunkEnd = text.indexOf(' ', end);
  const chunk = text.slice(chunkStart, chunkEnd < 0 ? text.length : chunkEnd);
  // URLs, handles, dates like 27/10, times like 10:30, phone numbers, codes like COVID-19.
  if (/https?:|www\.|[@#/\\]|\d:\d/.test(chunk) || DOTTED_DATE.test(chunk)) return null;
  if (/(\p{L}-|[+#№§]\s?|\d[-‐–]?)$/u.test(before) || lex.rangeEndRe.test(before)) return null;
  if (/^[-‐]\d/.test(text.slice(end)) && /^0\d/.test(raw)) return null;
  if (/^0\d{2,}$/.test(raw)) return null;
  if (pack.ordinalPrefix?.test(before)) return null;
  // Letters glued before the digits make a code ("G20", "A320") unless they are a currency ("RM421", "Rp5").
  if (/\p{L}$/u.test(before) && !CURRENCY_BEFORE.test(before)) return null;
  if (pack.ordinalSuffix.test(text.slice(end))) return null;

  const c: Cursor = { rest: text.slice(end), pos: end };
  let value = parseNumber(raw, pack);
  let approx = false;
  let ranged = false;
  // A range ("27 atau 28", "10–12") is one figure, its lower end, approximate;
  // a dash to a smaller number is a score ("2-1"), not a quantity.
  const range = lex.rangeAtStartRe.exec(c.rest);
  if (range) {
    const second = lex.numberAtStartRe.exec(c.rest.slice(range[0].length));
    if (second && !/^\p{L}/u.test(c.rest.slice(range[0].length + second[0].length))) {
      const upper = parseNumber(second[0], pack);
      if (upper > value) {
        take(c, range);
        take(c, second);
        approx = ranged = true;
      } else if (/[-–—]/.test(range[0])) return null;
    }
  }

  const prefixCurrency = CURRENCY_BEFORE.exec(before);
  const currency = prefixCurrency ? CURRENCY_SYMBOLS[prefixCurrency[1]!]! : null;
  let phraseStart = prefixCurrency ? start - prefixCurrency[0].trimStart().length : start;

  // Scale: attached ("1.2bn", "5m") or a word ("5 triliun", "2 mil millones");
  // money may carry another language's scale ("Rp 5,4 juta" in English copy).
  const attached = ATTACHED.exec(c.rest)?.[0];
  const scaleWord = attached ? attached.toLowerCase() : lex.scaleAtStartRe.exec(c.rest.trimStart())?.[0].toLowerCase().replace(/\s+/g, ' ');
  const foreignWord = currency && !scaleWord ? lex.anyScaleAtStartRe.exec(c.rest.trimStart())?.[0].toLowerCase() : undefined;
  const word = scaleWord ?? foreignWord;
  const scale = scaleWord ? pack.scales[scaleWord] : foreignWord ? lex.anyScales[foreignWord] : undefined;
  if (scale && (word!.length > 1 || currency)) {
    const lead = attached ? 0 : c.rest.length - c.rest.trimStart().length;
    c.rest = c.rest.slice(lead + word!.length);
    c.pos += lead + word!.length;
    value *= scale;
  }

  let { unit, kind } = readUnit(c, currency, lex);
  if (kind === 'bare' && ATTACHED.test(c.rest)) return null; // "5G", "4x4": a code, not a figure
  // Money is never written to three decimals: "Rp 14.000" is fourteen thousand in any language.
  if (kind === 'currency' && !scale && !ranged && MONEY_GROUPED.test(raw)) value = Number(raw.replace(/[.,]/, ''));

  const prev = LAST_WORD.exec(before.slice(0, before.length - (prefixCurrency?.[0].length ?? 0)))?.[1] ?? '';
  // Part of a longer run of digits: a phone number or an account number.
  if (/\d[ \u00A0]$/.test(before) || /^[ \u00A0]\d/.test(c.rest)) return null;
  const nextWord = FIRST_WORD.exec(c.rest)?.[1] ?? '';
  const prevLower = prev.toLowerCase().replace(/\.$/, '');
  const nextLower = nextWord.toLowerCase().replace(/\.$/, '');
  if (lex.calendarWords.has(prevLower) || lex.calendarWords.has(nextLower)) return null;
  if (lex.timeWords.has(prevLower) || lex.timeWords.has(nextLower)) return null;
  // "Article 5", "Boeing 737", "Route 66": a label, not a quantity (a capital opening the sentence is not a name).
  const beforeSymbol = before.slice(0, before.length - (prefixCurrency?.[0].length ?? 0));
  const prevOpensSentence = /(^|[.!?:]\s+|["“„«]\s*)[\p{L}\p{M}'’.-]+\s*$/u.test(beforeSymbol);
  if (kind === 'bare' && isCapitalized(prev) && !prevOpensSentence && !lex.stopwords.has(prevLower) && !lex.approxBeforeRe.test(before)) return null;

  const approxMatch = lex.approxBeforeRe.exec(text.slice(Math.max(0, phraseStart - 40), phraseStart));
  if (approxMatch) {
    approx = true;
    phraseStart -= approxMatch[0].length;
  }

  // What it counts: the next content word, past one capitalized adjective
  // ("600,000 Russian troops") where capitals are not simply nouns.
  const words = tokenize(c.rest.slice(0, PHRASE_LOOKAHEAD_CHARS), c.pos);
  let phraseEnd = c.pos;
  let i = 0;
  if (kind === 'bare') {
    const thing = countedThing(words, lex, scale !== undefined);
    if (thing === 'date') return null;
    const lower = thing ? thing.word.text.toLowerCase() : '';
    // A singular noun after a number above one is not what it counts: an
    // ungrouped whole number is then a model or a label ("its 737 jet", "a 40
    // Under 40 list"); a grouped or scaled one still counts something unnamed
    // ("13,000 false or misleading claims").
    const singular = thing && pack.countsTakePlural && value > 1 && !isCapitalized(thing.word.text) && !lex.durations.has(lower) && !pack.pluralEndings.some((e) => lower.endsWith(e));
    if (singular && !scale && /^\d+$/.test(raw)) return null;
    if (thing && !singular) {
      // A capital after a number is a proper noun ("150 Indians") or, in German, any noun.
      unit = pack.nounsCapitalized || isCapitalized(thing.word.text) ? thing.word.text : thing.word.text.toLowerCase();
      kind = lex.durations.has(thing.word.text.toLowerCase()) ? 'duration' : 'thing';
      phraseEnd = thing.word.end;
      i = thing.next;
    }
  }
  // An ungrouped four-digit number in the years' range is a year ("sejak 2019", "das 2015
  // verabschiedete Gesetz") unless it carries money, percent or a unit: far likelier than a count.
  const isYear = /^\d{4}$/.test(raw) && value >= 1900 && value <= 2100;
  if (isYear && (kind === 'bare' || kind === 'thing' || kind === 'duration')) return null;
  // Small bare numbers are everywhere ("2 of them"); only an approximation word makes one a figure.
  if (kind === 'bare' && !approxMatch && value < 100) return null;
  if (kind !== 'bare') phraseEnd = phraseEndAfter(words, i, phraseEnd, lex);
  const phrase = text.slice(phraseStart, Math.max(phraseEnd, c.pos)).trim().replace(/[\s,;:]+$/, '');
  return { value, unit, text: phrase, approx, kind, end: c.pos, scaled: scale !== undefined };
}

/**
 * The noun a number counts, among the next few words: past a capitalized
 * adjective ("600,000 Russian troops") or, where nouns are capitalized, past
 * lowercase adjectives ("600.000 neue Arbeitsplätze"); in languages whose
 * counted noun ends its phrase, past one modifier ("400,000 state employees").
 */
function countedThing(words: readonly Token[], lex: Lexicon, scaled: boolean): { word: Token; next: number } | 'date' | null {
  const pack = lex.pack;
  let found: { word: Token; next: number } | null = null;
  for (let k = 0; k < 3 && k < words.length; k++) {
    const w = words[k]!;
    const lower = w.text.toLowerCase();
    // A scale word is a noun in many languages: "1,2 million de foyers", "14 milioni di lavoratori".
    if (k === 0 && scaled && (lex.figureLinks.has(lower) || ELISION.test(w.text))) {
      const noun = words[1];
      if (!noun?.isWord || lex.calendarWords.has(noun.text.toLowerCase()) || (isCapitalized(noun.text) && !pack.nounsCapitalized)) break;
      continue;
    }
    if (!w.isWord || /\p{N}/u.test(w.text) || lex.stopwords.has(lower) || lex.figureLinks.has(lower)) break;
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
      if (found) break;
      // A people counted by a plural name: "150 Indians returned", not "600,000 Russian troops".
      const plural = !ACRONYM.test(w.text) && pack.pluralEndings.some((e) => lower.endsWith(e));
      const next = words[k + 1];
      if (k === 0 && plural && (!next?.isWord || !isCapitalized(next.text))) return { word: w, next: k + 1 };
      continue;
    }
    if (found) return { word: w, next: k + 1 };
    found = { word: w, next: k + 1 };
    if (!pack.countedNounLast || pack.pluralEndings.some((e) => lower.endsWith(e))) break;
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
