import { ELIDED_ARTICLE_BEFORE_WORD } from './elision.js';
import type { Lexicon } from './lexicon.js';

const FORMER = /^ex-?(\p{L}{3,})$/u;
const titleCache = new WeakMap<Lexicon, Map<string, boolean>>();
let lastLex: Lexicon | null = null;
let lastCache = new Map<string, boolean>();

/** Words remembered per lexicon before the memo starts over: an article's vocabulary fits many times. */
const MAX_CACHED_WORDS = 50_000;

/**
 * A title or role word, also inside a compound: "primeiro-ministro",
 * "minister-president", "Finanzminister", "Ministerpräsidentin". Remembered
 * per word as written: the same words are asked about many times an article.
 */
export function isTitle(word: string, lex: Lexicon): boolean {
  // The last lexicon's memo kept at hand: one article asks hundreds of times in a row.
  if (lex !== lastLex) {
    lastLex = lex;
    lastCache = titleCache.get(lex) ?? new Map();
    titleCache.set(lex, lastCache);
  }
  const cache = lastCache;
  let hit = cache.get(word);
  if (hit === undefined) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    hit = titleWord(word, lex);
    cache.set(word, hit);
  }
  return hit;
}

function titleWord(word: string, lex: Lexicon): boolean {
  // "L'allenatore", "l’entraîneur": the title after an elided article.
  const lower = word.toLowerCase().replace(ELIDED_ARTICLE_BEFORE_WORD, '');
  if (lex.titles.has(lower)) return true;
  // A former holder: "exconcejal", "ex-ministro".
  const former = FORMER.exec(lower)?.[1];
  if (former !== undefined && lex.titles.has(former)) return true;
  // "Presidennya, Dr Ravindran Pillai": a title with a possessive ending, the holder's of the body just named.
  if (lex.pack.possessiveEndings?.some((e) => lower.length > e.length + 2 && lower.endsWith(e) && lex.titles.has(lower.slice(0, -e.length)))) return true;
  const parts = lower.split('-');
  // A body's noun heading the compound names the body ("Procuradoria-Geral", "Direção-Geral"), not its head.
  return (
    (parts.length > 1 && lex.titles.has(parts[parts.length - 1]!) && !lex.bodyWords.has(parts[0]!)) ||
    // A rank heading a lowercase compound ("sargento-ajudante", "tenente-coronel"): the rest only grades it. Not a name's part ("Jean-Marie").
    (parts.length > 1 && word === lower && lex.titles.has(parts[0]!)) ||
    lex.compoundTitles.some((t) => lower.length > t.length + 2 && (lower.endsWith(t) || lower.endsWith(`${t}in`)))
  );
}
