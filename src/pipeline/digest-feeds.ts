import type { DigestConfig } from '../config/index.js';
import type { FeedSource } from '../domain/feed.js';
import { loadFeedList } from '../ingest/index.js';
import type { PipelineConfig } from './ports.js';

/** A digest follows every feed when it names no tags, else the feeds carrying one of its tags. */
export function followsTags(d: Pick<DigestConfig, 'tags'>, tags: readonly string[]): boolean {
  return d.tags.length === 0 || tags.some((t) => d.tags.includes(t));
}

/** The feeds of the list this digest follows. */
export async function digestFeeds(d: DigestConfig, config: Pick<PipelineConfig, 'feedsFile'>): Promise<FeedSource[]> {
  return (await loadFeedList(config.feedsFile)).filter((f) => followsTags(d, f.tags));
}
