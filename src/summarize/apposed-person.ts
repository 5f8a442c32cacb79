import type { Lexicon } from './lexicon.js';
import { matchesOf } from './lexicon.js';
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
    re = new RegExp(
      `(?<![${L}])(?:${words(lex.indefiniteArticles)})\\s+(?:${words(lex.peopleWords)})(?:\\s+\\p{Ll}[${L}-]*){0,2},\\s+(\\p{Lu}[${L}'’-]+),`,
      'giu',
    );
    scans.set(lex, re);
  }
  return re;
}

/** The lone names of people introduced by their group in apposition, and where each stands. */
export function apposedPeople(text: string, lex: Lexicon): { name: string; at: number }[] {
  if (!lex.indefiniteArticles.size || !lex.peopleWords.size) return [];
  return matchesOf(scanOf(lex), text)
    .map((m) => ({ name: m[1]!, at: m.index + m[0].length - 1 - m[1]!.length }))
    .filter((p) => !lex.stopwords.has(p.name.toLowerCase()) && !lex.places.has(p.name.toLowerCase()));
}
