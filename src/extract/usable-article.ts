import type { ExtractedArticle } from '../domain/index.js';

/**
 * Below this many words a page gave us a teaser (paywall), a shell filled in
 * by scripts, or an error page, not an article.
 */
const MIN_WORDS = 100;
/** Scripts written without spaces count one word per this many characters. */
const CHARS_PER_UNSPACED_WORD = 2;

function wordCount(text: string): number {
  const spaced = text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  const unspaced = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
  return spaced + Math.floor(unspaced / CHARS_PER_UNSPACED_WORD);
}

/**
 * False for paywalled, script-only and near-empty pages: the pipeline then
 * falls back to the feed's own text and says so.
 */
export function isUsableArticle(article: ExtractedArticle): boolean {
  return wordCount(article.text) >= MIN_WORDS;
}
