import type { Summary } from './summary.js';

/** What extract returns: the `extract --json` object. */
export interface ExtractedArticle {
  title: string | null;
  lang: string | null;
  /** Paragraphs separated by blank lines. */
  text: string;
  /** The page's own picture (og:image, else twitter:image), absolute; not part of the `extract --json` contract. */
  image?: string | null;
}

/** Where an article was seen: one story may come from several feeds. */
export interface ArticleSource {
  feedName: string;
  feedUrl: string;
  link: string | null;
}

/** An article as the pipeline carries it from ingest to compose. */
export interface Article {
  /** Stable key used for "already sent" (canonical URL or guid). */
  id: string;
  title: string;
  url: string | null;
  lang: string | null;
  published: string | null;
  author: string | null;
  text: string;
  /** True when the text is only the feed's teaser (page unreachable or paywalled). */
  fromFeedOnly: boolean;
  sources: ArticleSource[];
  tags: string[];
  /** The item's own categories as the feed gives them (RSS category, Atom category, JSON Feed tags). */
  categories?: string[];
  image?: string | null;
  /** Where the item stood in its feed, 0 = top: the publisher's own ranking. */
  feedPosition?: number;
  /** The item carries an audio or video file (a podcast episode, a video). */
  media?: 'audio' | 'video' | null;
  /**
   * A later article on a story already seen: its summary holds only what is
   * new (quotes, figures, gist lines). `of` is the earlier article; `editionId`,
   * filled per digest, the edition of that digest that carried it.
   */
  update?: { of: string; editionId?: string } | null;
}

export interface SummarizedArticle extends Article {
  summary: Summary;
}
