import { Hono } from 'hono';
import { archiveListPage, editionPage, type ArchiveLinks } from '../archive/archive-pages.js';
import { digestFeed, type FeedLinks } from '../archive/digest-feed.js';
import { atomFeed, jsonFeed } from '../archive/edition-feeds.js';
import { webCopy } from '../archive/web-copy.js';
import { respond } from '../http-response.js';
import { messageReply } from '../page-reply.js';
import { textFor, type ServerDeps, type WebEnv } from '../route.js';

const LINKS: ArchiveLinks = {
  list: '/archive',
  path: '/archive',
  edition: (id) => `/archive/${encodeURIComponent(id)}`,
  atom: (key) => `/archive/${encodeURIComponent(key)}/feed.xml`,
  json: (key) => `/archive/${encodeURIComponent(key)}/feed.json`,
  subscribe: (lang) => `/?lang=${lang}`,
  stylesheet: '/page.css',
};

export function archiveRoutes(deps: ServerDeps): Hono<WebEnv> {
  const { config, editions, renderer } = deps;
  // Feeds are read by other programs: their links are absolute.
  const feedLinks = (key: string): FeedLinks => ({
    home: `${config.publicUrl}/archive`,
    atom: config.publicUrl + LINKS.atom(key),
    json: config.publicUrl + LINKS.json(key),
    edition: (id) => config.publicUrl + LINKS.edition(id),
  });
  const feedOf = async (key: string) => {
    const digest = config.digests.find((d) => d.key === key);
    return digest ? digestFeed(deps, digest, feedLinks(key)) : null;
  };
  return new Hono<WebEnv>()
    .get('/archive', async (c) => respond(archiveListPage(textFor(c, deps), config, await editions.list(undefined, 200), LINKS)))
    .get('/archive/:id', async (c) => {
      const text = textFor(c, deps);
      const edition = await editions.get(c.req.param('id'));
      if (!edition) return respond(messageReply(404, text, config, text.t('notFoundHeading'), text.t('notFoundBody')));
      return respond(editionPage(text, config, (await webCopy(renderer, config, edition)).html, LINKS));
    })
    .get('/archive/:digest/feed.xml', async (c) => {
      const feed = await feedOf(c.req.param('digest'));
      if (!feed) return c.notFound();
      return respond({ status: 200, body: atomFeed(feed.meta, feed.entries), type: 'atom', headers: { 'Cache-Control': 'public, max-age=300' } });
    })
    .get('/archive/:digest/feed.json', async (c) => {
      const feed = await feedOf(c.req.param('digest'));
      if (!feed) return c.notFound();
      return respond({ status: 200, body: jsonFeed(feed.meta, feed.entries), type: 'feedJson', headers: { 'Cache-Control': 'public, max-age=300' } });
    });
}
