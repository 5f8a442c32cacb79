import type { SummarizedArticle } from '../domain/article.js';
import type { Digest, DigestSection, Story } from '../domain/digest.js';
import { rankArticles } from './rank-stories.js';

export interface ComposeOptions {
  editionId: string;
  digestKey: string;
  name: string;
  lang: string;
  timeZone: string;
  /** ISO time of composition; the stage reads no clock. */
  createdAt: string;
  maxStories: number;
  groupBy: 'feed' | 'tag' | 'none';
  /** Quotes and figures shown per story. */
  maxQuotes?: number;
  maxFigures?: number;
}

/** Picks the best articles, groups them into sections and orders both. Pure. */
export function composeDigest(articles: SummarizedArticle[], o: ComposeOptions): Digest {
  const now = Date.parse(o.createdAt);
  const ranked = rankArticles(articles, now);
  const picked = ranked.slice(0, o.maxStories);

  const sections = new Map<string, { section: DigestSection; best: number }>();
  for (const { a, score } of picked) {
    const title = sectionTitle(a, o.groupBy);
    const entry = sections.get(title) ?? { section: { title, stories: [] }, best: score };
    entry.section.stories.push(toStory(a, o));
    sections.set(title, entry);
  }
  return {
    id: o.editionId,
    key: o.digestKey,
    name: o.name,
    lang: o.lang,
    timeZone: o.timeZone,
    createdAt: o.createdAt,
    sections: [...sections.values()].sort((x, y) => y.best - x.best).map((e) => e.section),
    moreCount: ranked.length - picked.length,
  };
}

/** Drops the weakest stories past `keep` (used when the rendered mail is too large). */
export function keepTopStories(digest: Digest, keep: number): Digest {
  let left = keep;
  let dropped = 0;
  const sections = digest.sections
    .map((s) => {
      const stories = s.stories.slice(0, Math.max(0, left));
      dropped += s.stories.length - stories.length;
      left -= stories.length;
      return { ...s, stories };
    })
    .filter((s) => s.stories.length > 0);
  return { ...digest, sections, moreCount: digest.moreCount + dropped };
}

export function storyCount(digest: Digest): number {
  return digest.sections.reduce((n, s) => n + s.stories.length, 0);
}

function sectionTitle(a: SummarizedArticle, groupBy: ComposeOptions['groupBy']): string {
  if (groupBy === 'feed') return a.sources[0]?.feedName ?? '';
  if (groupBy === 'tag') return a.tags[0] ?? '';
  return '';
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
  };
}
