import type { Lexicon } from './lexicon.js';

const ELIDED_ARTICLE = /^\p{L}{1,3}['’](?=\p{L}{3})/u;
const titleCache = new WeakMap<Lexicon, Map<string, boolean>>();

/**
 * A title or role word, also inside a compound: "primeiro-ministro",
 * "minister-president", "Finanzminister", "Ministerpräsidentin".
 */
export function isTitle(word: string, lex: Lexicon): boolean {
  // "L'allenatore", "l’entraîneur": the title after an elided article.
  const lower = word.toLowerCase().replace(ELIDED_ARTICLE, '');
  if (lex.titles.has(lower)) return true;
  let cache = titleCache.get(lex);
  if (!cache) titleCache.set(lex, (cache = new Map()));
  let hit = cache.get(lower);
  if (hit === undefined) {
    const parts = lower.split('-');
    hit =
      (parts.length > 1 && lex.titles.has(parts[parts.length - 1]!)) ||
      lex.compoundTitles.some((t) => lower.length > t.length + 2 && (lower.endsWith(t) || lower.endsWith(`${t}in`)));
    cache.set(lower, hit);
  }
  return hit;
}
