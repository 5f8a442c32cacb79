/** The parts of an article a digest's include and exclude rules can look at. */
export const FILTER_FIELDS = ['title', 'summary', 'text', 'author', 'category'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];

/** One include or exclude rule, compiled once when the config is read. */
export interface MatchRule {
  pattern: RegExp;
  fields: readonly FilterField[];
  /** How the rule reads in reports: `keyword "sponsored" in title`. */
  label: string;
}

/** What a digest keeps out before ranking. Empty lists and a null minimum keep everything. */
export interface StoryFilter {
  /** When any: a story must match one of them. */
  include: readonly MatchRule[];
  /** A story matching any of them is removed. */
  exclude: readonly MatchRule[];
  /** Article languages kept. */
  langs: readonly string[];
  /** Fewest words of article text kept. */
  minWords: number | null;
}
