import type { Lexicon } from './lexicon.js';
import type { WordCounts } from './speaker-name.js';

/**
 * A reader of whom a stretch of an article mentions, run once per distinct stretch: the credit readers ask again of the
 * same head or clause (a cue's reading and its quote's, a clause read for its subject and again for its speaker), and each
 * reading tokenises and walks the words anew. The article's word counts, made once per article, key the memo, so it lives
 * as long as the article's reading; the reader's result depends on nothing else, and no caller changes it.
 */
export function memoPerArticle<R>(read: (text: string, lex: Lexicon, counts: WordCounts) => R): (text: string, lex: Lexicon, counts: WordCounts) => R {
  const memos = new WeakMap<Lexicon, WeakMap<WordCounts, Map<string, R>>>();
  return (text, lex, counts) => {
    let byCounts = memos.get(lex);
    if (!byCounts) memos.set(lex, (byCounts = new WeakMap()));
    let memo = byCounts.get(counts);
    if (!memo) byCounts.set(counts, (memo = new Map()));
    if (memo.has(text)) return memo.get(text)!;
    const answer = read(text, lex, counts);
    memo.set(text, answer);
    return answer;
  };
}
