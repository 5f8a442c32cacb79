import type { PickOptions } from '../compose/index.js';
import type { DigestConfig } from '../config/index.js';
import type { NonArticleKind } from '../domain/digest.js';
import type { MatchRule } from '../domain/story-filter.js';

/**
 * How compose picks for a digest: its limits, the non-article kinds its
 * `include` brings back, and its filter (the rules among `include`,
 * `exclude`, `langs`, `minWords`).
 */
export function digestPicks(d: DigestConfig): PickOptions {
  const kinds = d.include.filter((x): x is NonArticleKind => typeof x === 'string');
  const rules = d.include.filter((x): x is MatchRule => typeof x !== 'string');
  return {
    maxStories: d.maxStories,
    maxPerFeed: d.maxPerFeed,
    groupBy: d.groupBy,
    include: kinds,
    filter: { include: rules, exclude: d.exclude, langs: d.langs, minWords: d.minWords ?? null },
  };
}
