import path from 'node:path';
import type { FeedSource } from '../domain/feed.js';
import { fetchFeeds, type FeedStateStore, type FetchedFeed } from '../ingest/index.js';
import type { PipelinePorts } from './ports.js';

/** What fetching the feed list needs: no renderer, no transport. */
export type FeedFetchPorts = Pick<PipelinePorts, 'config' | 'feedState' | 'reporter'>;

export interface FeedListFetchOptions {
  /**
   * A check only looks: it records each feed's status but keeps the validators
   * (ETag, Last-Modified) of the last run that stored the items, or the next
   * run would get a 304 for items nobody has seen.
   */
  check?: boolean;
  /** False for a dry run: the cache state is read but never updated. */
  keep?: boolean;
}

/**
 * Fetches feeds with the configured limits and the store's HTTP cache state;
 * relative feed paths resolve against the feed list's folder. With `keep`
 * false the cache state is read but not updated (a dry run), so the next real
 * fetch still gets the full feed rather than a 304.
 */
export function fetchFeedList(sources: FeedSource[], s: FeedFetchPorts, o: FeedListFetchOptions = {}): Promise<FetchedFeed[]> {
  const { config, feedState, reporter } = s;
  return fetchFeeds(sources, {
    state: o.keep === false ? readOnly(feedState) : o.check ? keepingValidators(feedState) : feedState,
    baseDir: path.dirname(config.feedsFile),
    concurrency: config.fetch.concurrency,
    perHost: config.fetch.perHost,
    timeoutMs: config.fetch.timeoutMs,
    maxBytes: config.fetch.maxBytes,
    privateAddresses: { allowPrivate: config.fetch.allowPrivate, allowHosts: config.fetch.allowHosts },
    onProgress: (done, total, last) => {
      reporter.progress('feeds', done, total, last.source.name);
      if (last.error) reporter.warn('feed-failed', { feed: last.source.url, error: last.error.describe() });
    },
  });
}

function readOnly(state: FeedStateStore): FeedStateStore {
  return { get: (url) => state.get(url), put: async () => {} };
}

function keepingValidators(state: FeedStateStore): FeedStateStore {
  return {
    get: (url) => state.get(url),
    async put(url, next) {
      const last = await state.get(url);
      await state.put(url, { ...next, etag: last?.etag ?? null, lastModified: last?.lastModified ?? null });
    },
  };
}
