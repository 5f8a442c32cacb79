import type { SummarizedArticle } from '../domain/article.js';
import type { Digest, DigestSection, Story } from '../domain/digest.js';
import { pickStories, sectionTitle, type PickOptions } from './pick-stories.js';

export interface ComposeOptions extends PickOptions {
  editionId: string;
  digestKey: string;
  name: string;
  lang: string;
  timeZone: string;
  /** ISO time of composition; the stage reads no clock. */
  createdAt: string;
  /** Quotes and figures shown per story. */
  maxQuotes?: number;
  maxFigures?: number;
}

/**
 * Picks the stories fairly across feeds (see pickStories), groups them into
 * sections ordered by their best story, best first inside each. Pure.
 */
export function composeDigest(articles: SummarizedArticle[], o: ComposeOptions): Digest {
  const { picked, passed } = pickStories(articles, o, Date.parse(o.createdAt));
  const sections = new Map<string, DigestSection>();
  for (const { a } of [...picked].sort((x, y) => y.score - x.score)) {
    const title = sectionTitle(a, o.groupBy);
    const section = sections.get(title) ?? { title, stories: [] };
    section.stories.push(toStory(a, o));
    sections.set(title, section);
  }
  return {
    id: o.editionId,
    key: o.digestKey,
    name: o.name,
    lang: o.lang,
    timeZone: o.timeZone,
    createdAt: o.createdAt,
    sections: [...sections.values()],
    moreCount: passed.length,
  };
}

export function storyCount(digest: Digest): number {
  return digest.sections.reduce((n, s) => n + s.stories.length, 0);
}

function toStory(a: SummarizedArticle, o: ComposeOptions): Story {
  const s = a.summary;
  const keyQuotes = s.quotes.filter((q) => q.key);
  const keyFigures = s.figures.filter((f) => f.key);
  return {
    articleId: a.id,
    title: a.title,
    url: a.url,
    sources: a.sources.map((src) => ({ name: src.feedName, url: src.link })),
    published: a.published,
    lang: s.lang,
    gist: s.gist,
    quotes: keyQuotes.slice(0, o.maxQuotes ?? 2),
    figures: keyFigures.slice(0, o.maxFigures ?? 3),
    image: a.image ?? null,
    teaserOnly: a.fromFeedOnly,
    update: a.update?.editionId ? { editionId: a.update.editionId } : null,
  };
}
