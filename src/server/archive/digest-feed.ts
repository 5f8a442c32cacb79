import type { DigestConfig } from '../../config/index.js';
import type { ServerDeps } from '../route.js';
import { editionTagId, feedTagId, type FeedEntry, type FeedMeta } from './edition-feeds.js';
import { bodyOf, webCopy } from './web-copy.js';

/** Where a feed's links point: the live server's URLs, or an exported site's files. */
export interface FeedLinks {
  home: string;
  atom: string;
  json: string;
  edition(editionId: string): string;
}

/** How many editions a feed carries: a reader's feed app keeps what it has already seen. */
export const FEED_EDITIONS = 50;

/** A digest's editions, newest first, as feed entries in both formats' terms. */
export async function digestFeed(
  deps: Pick<ServerDeps, 'config' | 'editions' | 'renderer'>,
  digest: DigestConfig,
  links: FeedLinks,
  limit = FEED_EDITIONS,
): Promise<{ meta: FeedMeta; entries: FeedEntry[] }> {
  const { config } = deps;
  const entries: FeedEntry[] = [];
  for (const edition of await deps.editions.list(digest.key, limit)) {
    const copy = await webCopy(deps.renderer, config, edition);
    entries.push({
      id: editionTagId(config.publicUrl, digest.key, edition.id, edition.createdAt),
      title: copy.subject,
      url: links.edition(edition.id),
      published: edition.createdAt,
      html: bodyOf(copy.html),
    });
  }
  return {
    meta: { title: digest.name, lang: digest.lang, homeUrl: links.home, atomUrl: links.atom, jsonUrl: links.json, id: feedTagId(config.publicUrl, digest.key) },
    entries,
  };
}
