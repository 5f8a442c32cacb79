/** Ingest: the feed list, fetching, charsets, parsing, normalizing, dedupe. */
export { parseFeed } from './parse-feed.js';
export type { ParseFeedOptions } from './parse-feed.js';
export { loadFeedList, saveFeedList } from './feed-list.js';
export { parseOpml, toOpml } from './opml.js';
export type { OpmlImport, SkippedOutline } from './opml.js';
export { fetchFeeds } from './fetch-feeds.js';
export type { FeedHttpState, FeedStateStore, FetchedFeed, FetchFeedsOptions } from './fetch-feeds.js';
export { fetchPage } from './fetch-page.js';
export { decodeDocument } from './charset.js';
export type { FetchOptions } from './http-client.js';
export { canonicalUrl, withoutTracking } from './canonical-url.js';
export { contentFingerprint, fingerprintBands, fingerprintSimilarity, NEAR_DUPLICATE_SIMILARITY } from './content-fingerprint.js';
export { dedupeArticles } from './dedupe-articles.js';
export { sanitizeHtml } from './sanitize-html.js';
