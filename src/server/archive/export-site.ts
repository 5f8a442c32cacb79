import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pageText } from '../../i18n/index.js';
import type { ServerDeps } from '../route.js';
import { readWebAsset } from '../web-assets.js';
import { archiveListPage, editionPage, type ArchiveLinks } from './archive-pages.js';
import { digestFeed } from './digest-feed.js';
import { atomFeed, jsonFeed } from './edition-feeds.js';
import { webCopy } from './web-copy.js';

export interface ExportOptions {
  outDir: string;
  /** Where the site will be hosted: feeds then link there; without it their links are relative to the feed file. */
  baseUrl?: string | undefined;
}

export interface ExportReport {
  editions: number;
  files: string[];
}

/** Editions an export holds at most (all of them, in practice). */
const MAX_EDITIONS = 1_000_000;

/** A file name for an edition page: ids are URL-safe today, but a file name must never depend on it. */
const pageFile = (editionId: string) => `${editionId.replace(/[^A-Za-z0-9._-]/g, '_')}.html`;

/**
 * The archive as a static site: index.html (every edition, newest first),
 * one page per edition, each digest's Atom and JSON feeds, and the
 * stylesheet. Every link between them is relative, so the folder works from
 * file:// and from any host; subscribing leads to the server's form.
 */
export async function exportArchiveSite(deps: Pick<ServerDeps, 'config' | 'editions' | 'renderer'>, o: ExportOptions): Promise<ExportReport> {
  const { config, renderer } = deps;
  const text = pageText(renderer.labels, config.digests[0]!.lang);
  const links: ArchiveLinks = {
    list: 'index.html',
    edition: pageFile,
    atom: (key) => `${key}/feed.xml`,
    json: (key) => `${key}/feed.json`,
    subscribe: (lang) => `${config.publicUrl}/?lang=${lang}`,
    stylesheet: 'page.css',
  };
  const files: string[] = [];
  const write = async (rel: string, body: string) => {
    await mkdir(path.dirname(path.join(o.outDir, rel)), { recursive: true });
    await writeFile(path.join(o.outDir, rel), body);
    files.push(rel);
  };

  const editions = await deps.editions.list(undefined, MAX_EDITIONS);
  await write('page.css', await readWebAsset(config.templatesDir, 'page.css'));
  await write('index.html', String(archiveListPage(text, config, editions, links).body));
  for (const e of editions) await write(pageFile(e.id), String(editionPage(text, config, (await webCopy(renderer, config, e)).html, links).body));
  const base = o.baseUrl?.replace(/\/+$/, '');
  for (const d of config.digests) {
    // A feed file sits one folder down: relative links climb out of it.
    const at = (rel: string) => (base ? `${base}/${rel}` : `../${rel}`);
    const feed = await digestFeed(
      deps,
      d,
      { home: at('index.html'), atom: at(links.atom(d.key)), json: at(links.json(d.key)), edition: (id) => at(pageFile(id)) },
      MAX_EDITIONS,
    );
    await write(links.atom(d.key), atomFeed(feed.meta, feed.entries));
    await write(links.json(d.key), jsonFeed(feed.meta, feed.entries));
  }
  return { editions: editions.length, files };
}
