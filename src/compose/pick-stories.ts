import type { SummarizedArticle } from '../domain/article.js';
import type { NonArticleKind } from '../domain/digest.js';
import type { StoryFilter } from '../domain/story-filter.js';
import { filterStories, type FilterTally } from './filter-stories.js';
import { nonArticle, type NonArticle } from './non-article.js';
import { rankArticles, type RankedArticle } from './rank-stories.js';

export type GroupBy = 'feed' | 'tag' | 'none';

export interface PickOptions {
  maxStories: number;
  /** Stories one feed may have at most; 3 when unset. */
  maxPerFeed?: number;
  groupBy: GroupBy;
  /** Kinds of non-article brought back; none when unset. */
  include?: readonly NonArticleKind[];
  /** The digest's include and exclude rules, languages and minimum length, applied before ranking. */
  filter?: StoryFilter;
}

export interface PickedStory extends RankedArticle {
  /** 1: its feed's (or tag section's) best story, taken in the first round; 2: its second... */
  round: number;
  /** The feed, or the tag with `groupBy: tag`, whose turn it was. */
  turnOf: string;
}

export interface PassedStory extends RankedArticle {
  /** feed-full: its feed had maxPerFeed stories; no-room: maxStories was reached before its turn. */
  why: 'feed-full' | 'no-room';
  /** Its place in its feed's (or tag section's) line, 1 = best. */
  turn: number;
  turnOf: string;
}

export interface LeftOutItem extends RankedArticle, NonArticle {}

export interface Picks {
  /** In the order taken: round by round, feeds in the order of their best story. */
  picked: PickedStory[];
  /** Articles not taken, best first. */
  passed: PassedStory[];
  /** Items that are not articles, best first. */
  leftOut: LeftOutItem[];
  /** What the digest's filter removed, per rule. */
  filtered: FilterTally[];
}

export const DEFAULT_MAX_PER_FEED = 3;

/**
 * Fair by default: before any feed (or tag section, with `groupBy: tag`) gets
 * a second story, every feed with a story gets one, in the order of each
 * feed's best story; then seconds, and so on up to `maxStories`, no feed past
 * `maxPerFeed`. The digest's filter runs first; items that are not articles
 * are left out unless included. Pure.
 */
export function pickStories(articles: readonly SummarizedArticle[], o: PickOptions, now: number): Picks {
  const { kept, tallies } = filterStories(articles, o.filter);
  const leftOut: LeftOutItem[] = [];
  // Map order is the order of each line's best story, since the ranking is best first.
  const lines = new Map<string, RankedArticle[]>();
  for (const r of rankArticles(kept, now)) {
    const non = nonArticle(r.a);
    if (non && !o.include?.includes(non.kind)) {
      leftOut.push({ ...r, ...non });
      continue;
    }
    const key = o.groupBy === 'tag' ? sectionTitle(r.a, 'tag') : feedOf(r.a);
    const line = lines.get(key);
    if (line) line.push(r);
    else lines.set(key, [r]);
  }
  const maxPerFeed = o.maxPerFeed ?? DEFAULT_MAX_PER_FEED;
  const perFeed = new Map<string, number>();
  const picked: PickedStory[] = [];
  const passed: PassedStory[] = [];
  /** How far down each line the rounds have gone. */
  const taken = new Map<string, number>();
  for (let round = 1; picked.length < o.maxStories; round++) {
    let took = false;
    for (const [turnOf, line] of lines) {
      if (picked.length >= o.maxStories) break;
      let next: RankedArticle | undefined;
      while ((next = line[taken.get(turnOf) ?? 0])) {
        const seen = (taken.get(turnOf) ?? 0) + 1;
        taken.set(turnOf, seen);
        if ((perFeed.get(feedOf(next.a)) ?? 0) < maxPerFeed) break;
        passed.push({ ...next, why: 'feed-full', turn: seen, turnOf });
      }
      if (!next) continue;
      perFeed.set(feedOf(next.a), (perFeed.get(feedOf(next.a)) ?? 0) + 1);
      picked.push({ ...next, round, turnOf });
      took = true;
    }
    if (!took) break;
  }
  for (const [turnOf, line] of lines) {
    const before = taken.get(turnOf) ?? 0;
    line.slice(before).forEach((r, i) => passed.push({ ...r, why: 'no-room', turn: before + i + 1, turnOf }));
  }
  passed.sort((x, y) => y.score - x.score || (y.a.published ?? '').localeCompare(x.a.published ?? ''));
  return { picked, passed, leftOut, filtered: tallies };
}

/** The section a story goes in: its first feed, its first tag, or the one untitled section. */
export function sectionTitle(a: SummarizedArticle, groupBy: GroupBy): string {
  if (groupBy === 'feed') return feedOf(a);
  if (groupBy === 'tag') return a.tags[0] ?? '';
  return '';
}

function feedOf(a: SummarizedArticle): string {
  return a.sources[0]?.feedName ?? '';
}
