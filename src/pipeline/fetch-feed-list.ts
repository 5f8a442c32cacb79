import path from 'node:path';
import type { FeedSource } from '../domain/feed.js';
import { fetchFeeds, type FetchedFeed } from '../ingest/index.js';
import type { DigestServices } from './services.js';

/**
 * Fetches feeds with the configured limits and the store's HTTP cache state;
 * relative feed paths resolve against the feed list's folder. With `keep`
 * false the cache state is read but not updated (a dry run), so the next real
 * fetch still gets the full feed rather than a 304.
 */
export function fetchFeedList(sources: FeedSource[], s: DigestServices, o: { keep?: boolean } = {}): Promise<FetchedFeed[]> {
  const { config, store, reporter } = s;
  return fetchFeeds(sources, {
    state: o.keep === false ? { get: (url) => store.feedState.get(url), put: async () => {} } : store.feedState,
    baseDir: path.dirname(config.feedsFile),
    concurrency: config.fetch.concurrency,
    perHost: config.fetch.perHost,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    onProgress: (done, total, last) => {
      reporter.progress('feeds', done, total, last.source.name);
      if (last.error) reporter.warn('feed-failed', { feed: last.source.url, error: last.error.describe() });
    },
  });
}
