import { LANGUAGE_PACKS } from '../lang/index.js';

/**
 * A line that is only a date, maybe with a time ("Nov. 20, 2019 5:52 AM EST",
 * "22 de janeiro de 2018 às 0:13", "19.11.2019, 08:57"): the page's
 * dateline, never article text.
 */

const DATE_WORDS = new Set(LANGUAGE_PACKS.flatMap((pack) => [...pack.calendarWords, ...pack.timeWords]).map((w) => w.replace(/\.$/, '')));
const WORD = /\p{L}[\p{L}\p{M}.'’-]*/gu;
/** A year or a numeric date: a bare time ("4:14 p.m.") may be a schedule in the text. */
const YEAR = /\b(?:19|20)\d{2}\b/;
const NUMERIC_DATE = /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/;
/** Prepositions, articles and time-zone codes ("at", "de", "às", "EST") are allowed around a date. */
const MAX_FILLER_LETTERS = 3;
/** Longer lines are sentences that mention a date. */
const MAX_TOKENS = 12;

export function isDateline(line: string): boolean {
  if (!(YEAR.test(line) || NUMERIC_DATE.test(line)) || line.split(/\s+/).length > MAX_TOKENS) return false;
  for (const match of line.matchAll(WORD)) {
    const word = match[0].toLowerCase().replace(/[.'’-]+$/, '');
    if (!DATE_WORDS.has(word) && word.length > MAX_FILLER_LETTERS) return false;
  }
  return true;
}
