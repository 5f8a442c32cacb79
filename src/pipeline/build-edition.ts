import { composeDigest, countNonArticles, filterStories, storyCount, type FilterTally } from '../compose/index.js';
import type { DigestConfig } from '../config/index.js';
import type { SummarizedArticle } from '../domain/article.js';
import type { Digest, NonArticleKind } from '../domain/digest.js';
import type { RenderedEdition } from '../render/index.js';
import { followsTags } from './digest-feeds.js';
import { digestPicks } from './digest-picks.js';
import { editionContext } from './edition-mail.js';
import type { PipelinePorts } from './ports.js';

/** Gmail cuts the HTML of a message past 102 KB behind a "[Message clipped]" link. */
export const GMAIL_CLIP_BYTES = 102 * 1024;

/** What compose aims for: clear of the clipping limit. */
export const HTML_BUDGET_BYTES = 100_000;

export interface BuiltEdition {
  digest: Digest;
  rendered: RenderedEdition;
  /** Ids of the articles the edition carries. */
  articleIds: string[];
  /** Candidates left out as not articles (live blogs, quizzes...), by kind. */
  leftOut: Partial<Record<NonArticleKind, number>>;
  /** Candidates the digest's filter removed, per rule, with an example title. */
  filtered: FilterTally[];
}

export function editionId(key: string, at: Date): string {
  return `${key}-${at.toISOString().slice(0, 16).replace(/[-:]/g, '')}Z`;
}

/** An edition id no stored edition has: two runs in the same minute get "-2", "-3"... */
export async function freeEditionId(key: string, at: Date, s: Pick<PipelinePorts, 'editions'>): Promise<string> {
  const base = editionId(key, at);
  let id = base;
  for (let n = 2; await s.editions.get(id); n++) id = `${base}-${n}`;
  return id;
}

/** Composes the next edition from unsent articles and renders it within the size budget. */
export async function buildEdition(
  d: DigestConfig,
  articles: SummarizedArticle[],
  s: Pick<PipelinePorts, 'config' | 'renderer' | 'now'>,
  id?: string,
): Promise<BuiltEdition> {
  const now = s.now();
  const picks = digestPicks(d);
  const options = {
    ...picks,
    editionId: id ?? editionId(d.key, now),
    digestKey: d.key,
    name: d.name,
    lang: d.lang,
    timeZone: d.timeZone,
    createdAt: now.toISOString(),
  };
  let digest = composeDigest(articles, options);
  let rendered = await s.renderer.renderEdition(digest, editionContext(digest, s.config));
  // Drop the last picked story until the mail fits; the rest are linked as "N more stories".
  while (rendered.htmlBytes > HTML_BUDGET_BYTES && storyCount(digest) > 1) {
    digest = composeDigest(articles, { ...options, maxStories: storyCount(digest) - 1 });
    rendered = await s.renderer.renderEdition(digest, editionContext(digest, s.config));
  }
  const articleIds = digest.sections.flatMap((sec) => sec.stories.map((st) => st.articleId));
  const { kept, tallies } = filterStories(articles, picks.filter);
  return { digest, rendered, articleIds, leftOut: countNonArticles(kept, picks.include), filtered: tallies };
}

/** Articles a digest may still send: unsent by it, recent enough, from feeds it follows. */
export async function pendingArticles(d: DigestConfig, s: Pick<PipelinePorts, 'articles' | 'now'>): Promise<SummarizedArticle[]> {
  const since = new Date(s.now().getTime() - d.maxAgeDays * 86_400_000).toISOString();
  const unsent = (await s.articles.unsent(d.key, since)).filter((a) => followsTags(d, a.tags));
  // An update links to the edition that carried the earlier version; a digest that never carried it has nothing to update.
  const carried = await s.articles.carriedBy(
    d.key,
    unsent.flatMap((a) => (a.update ? [a.update.of] : [])),
  );
  return unsent.flatMap((a) => {
    if (!a.update) return [a];
    const editionId = carried.get(a.update.of);
    return editionId ? [{ ...a, update: { ...a.update, editionId } }] : [];
  });
}
