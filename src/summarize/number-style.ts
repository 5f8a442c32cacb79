import type { LanguagePack } from '../lang/index.js';
import type { DecimalMark } from './parse-number.js';
import { runBeforeSpaces } from './text-end.js';

/** "1.234.567" or "1,234,567": a mark repeated between groups of three is a group mark. */
const GROUPED_TWICE = /(?<![\d.,])\d{1,3}([.,])\d{3}\1\d{3}(?![\d])/g;
/** "2,5", "3.75", "1.234,5": a mark followed by one, two or four and more digits is a decimal mark. */
const DECIMAL = /(?<![\d.,])\d+([.,])(?:\d{1,2}|\d{4,})(?![\d.,])/g;
/** "1.234,5", "1,234.5": with both marks the last one is the decimal mark. */
const BOTH_MARKS = /\d([.,])\d{3}(?!\1)([.,])\d/g;
/** Group evidence weighs more: short decimals also look like times ("10.30") and scores. */
const GROUP_WEIGHT = 2;
/** "6.00", "17,00": an hour on the clock as often as an amount, so no evidence of the decimal mark. */
const ON_THE_HOUR = /^(?:[01]?\d|2[0-4])[.,]00$/;
/** "03.15 uur", "09,45": two digits led by a zero, then minutes, are only ever a clock. */
const ZERO_LED_CLOCK = /^0\d[.,][0-5]\d$/;
/** An hour and its minutes ("14.30", "9,45"): a clock when a clock word comes before it or a time word after it. */
const CLOCK_SHAPE = /^(?:[01]?\d|2[0-3])[.,][0-5]\d$/;
/** One character of the word before a clock (letters and apostrophes) and of the spaces after it. */
const WORD_PART = /[\p{L}'’]/u;
const SPACE = /\s/;
const WORD_AFTER = /^\s*([\p{L}.]+)/u;
const clockWordsOf = new WeakMap<LanguagePack, ReadonlySet<string>>();
const timeWordsOf = new WeakMap<LanguagePack, ReadonlySet<string>>();

function lowerSet(cache: WeakMap<LanguagePack, ReadonlySet<string>>, pack: LanguagePack, words: readonly string[]): ReadonlySet<string> {
  let set = cache.get(pack);
  if (!set) cache.set(pack, (set = new Set(words.map((w) => w.toLowerCase()))));
  return set;
}

/** "alle 14.30", "9,45 horas": a time of day told with the language's clock or time word, so no evidence of the decimal mark. */
function toldAsClock(text: string, at: number, raw: string, pack: LanguagePack): boolean {
  if (!CLOCK_SHAPE.test(raw)) return false;
  const before = runBeforeSpaces(text.slice(Math.max(0, at - 20), at), WORD_PART, SPACE)?.toLowerCase();
  const after = WORD_AFTER.exec(text.slice(at + raw.length, at + raw.length + 20))?.[1]
    ?.toLowerCase()
    .replace(/\.$/, '');
  return (
    (before !== undefined && lowerSet(clockWordsOf, pack, pack.clockWords).has(before)) ||
    (after !== undefined && lowerSet(timeWordsOf, pack, pack.timeWords).has(after))
  );
}

/**
 * The decimal mark an article writes, from its unambiguous numbers: Malay
 * copy writes "1,000" and "2.5", Indonesian the reverse, French and Spanish
 * copy either. The language's own mark decides a tie.
 */
export function articleDecimalMark(text: string, pack: LanguagePack): DecimalMark {
  let dot = 0;
  let comma = 0;
  for (const m of text.matchAll(GROUPED_TWICE)) {
    if (m[1] === '.') comma += GROUP_WEIGHT;
    else dot += GROUP_WEIGHT;
  }
  for (const m of text.matchAll(BOTH_MARKS)) {
    if (m[2] === '.') dot += GROUP_WEIGHT;
    else comma += GROUP_WEIGHT;
  }
  for (const m of text.matchAll(DECIMAL)) {
    if (ON_THE_HOUR.test(m[0]) || ZERO_LED_CLOCK.test(m[0]) || toldAsClock(text, m.index, m[0], pack)) continue;
    if (m[1] === '.') dot++;
    else comma++;
  }
  if (dot === comma) return pack.number.decimal;
  return dot > comma ? '.' : ',';
}
