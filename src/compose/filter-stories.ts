import type { SummarizedArticle } from '../domain/article.js';
import type { FilterField, MatchRule, StoryFilter } from '../domain/story-filter.js';
import { wordCount } from './word-count.js';

/** How many stories one rule removed, with one of their titles for the editor to recognise. */
export interface FilterTally {
  /** `exclude keyword "sponsored" in title`, `langs [id, en]`, `minWords 150`, `include (none matched)`. */
  rule: string;
  removed: number;
  example: string;
}

export interface Filtered {
  kept: SummarizedArticle[];
  /** Rules that removed anything, in the order they are tried; a story counts for the first rule that removed it. */
  tallies: FilterTally[];
}

const FIELD_TEXT: Record<FilterField, (a: SummarizedArticle) => string> = {
  title: (a) => a.title,
  summary: (a) => [...a.summary.gist, ...a.summary.quotes.map((q) => q.text), ...a.summary.figures.map((f) => `${f.text} ${f.counts}`)].join('\n'),
  text: (a) => a.text,
  author: (a) => a.author ?? '',
  category: (a) => (a.categories ?? []).join('\n'),
};

const matches = (rule: MatchRule, a: SummarizedArticle) => rule.fields.some((f) => rule.pattern.test(FIELD_TEXT[f](a)));

/**
 * Keeps the stories a digest's filter lets through, tried in this order:
 * language, length, include rules, exclude rules. Runs before ranking. Pure.
 */
export function filterStories(articles: readonly SummarizedArticle[], f: StoryFilter | undefined): Filtered {
  if (!f) return { kept: [...articles], tallies: [] };
  const tallies = new Map<string, FilterTally>();
  const kept: SummarizedArticle[] = [];
  for (const a of articles) {
    const rule = removedBy(a, f);
    if (rule === null) {
      kept.push(a);
      continue;
    }
    const tally = tallies.get(rule) ?? { rule, removed: 0, example: a.title };
    tally.removed++;
    tallies.set(rule, tally);
  }
  return { kept, tallies: [...tallies.values()] };
}

/** The rule that removes a story, or null when it stays. */
function removedBy(a: SummarizedArticle, f: StoryFilter): string | null {
  const lang = a.summary.lang || a.lang;
  if (f.langs.length > 0 && !(lang && f.langs.includes(lang))) return `langs [${f.langs.join(', ')}]`;
  if (f.minWords !== null && wordCount(a.text) < f.minWords) return `minWords ${f.minWords}`;
  if (f.include.length > 0 && !f.include.some((r) => matches(r, a)))
    return f.include.length === 1 ? `include ${f.include[0]!.label} (not matched)` : 'include (none matched)';
  const excluded = f.exclude.find((r) => matches(r, a));
  return excluded ? `exclude ${excluded.label}` : null;
}
