import type { Lexicon } from './lexicon.js';
import { escapePattern } from './escape-pattern.js';

const L = '\\p{L}\\p{M}';

/** Each language's scan, built once per lexicon. */
const scans = new WeakMap<Lexicon, RegExp>();

function words(set: ReadonlySet<string>): string {
  return (
    [...set]
      .sort((a, b) => b.length - a.length)
      .map(escapePattern)
      .join('|') || '(?!)'
  );
}

/**
 * An indefinite article and a word for people, then one capitalized word set off by commas ("Seorang pasien, Warsini,
 * warga …", "Seorang peniaga, Salmah, berkata"): the one person so introduced. Their lone given name is all the article
 * gives, so no title or surname marks it; its group (and up to two lowercase words more) does.
 */
function scanOf(lex: Lexicon): RegExp {
  let re = scans.get(lex);
  if (!re) {
    re = new RegExp(`(?:${words(lex.indefiniteArticles)})\\s+(?:${words(lex.peopleWords)})(?:\\s+\\p{Ll}[${L}-]*){0,2},\\s+(\\p{Lu}[${L}'’-]+),`, 'giu');
    scans.set(lex, re);
  }
  return re;
}

/** A letter or mark ending the text: the article read would be the end of a longer word. */
const LETTER_OR_MARK_LAST = new RegExp(`[${L}]$`, 'u');

/**
 * Each match of `scanOf` whose article opens a word. The scan leaves the letter before the article to this check: led by a
 * lookbehind, the regex tried it at every character of the article, three times the cost of finding the articles. A match
 * after a letter is passed over from its next character on, as the lookbehind would have it.
 */
function scan(re: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (LETTER_OR_MARK_LAST.test(text.slice(Math.max(0, m.index - 2), m.index))) re.lastIndex = m.index + 1;
    else out.push(m);
  }
  re.lastIndex = 0;
  return out;
}

/** The lone names of people introduced by their group in apposition, and where each stands. */
export function apposedPeople(text: string, lex: Lexicon): { name: string; at: number }[] {
  if (!lex.indefiniteArticles.size || !lex.peopleWords.size) return [];
  return scan(scanOf(lex), text)
    .map((m) => ({ name: m[1]!, at: m.index + m[0].length - 1 - m[1]!.length }))
    .filter((p) => !lex.stopwords.has(p.name.toLowerCase()) && !lex.places.has(p.name.toLowerCase()));
}
