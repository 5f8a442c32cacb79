import type { Figure, Quote } from './summary.js';

/**
 * Items that are not articles and stay out of a digest unless it includes
 * them: live blogs and minute-by-minute pages, quizzes, podcasts or videos
 * with no text, corrections notices.
 */
export const NON_ARTICLE_KINDS = ['live', 'quiz', 'media', 'correction'] as const;
export type NonArticleKind = (typeof NON_ARTICLE_KINDS)[number];

/** One article as laid out in a digest. */
export interface Story {
  articleId: string;
  title: string;
  url: string | null;
  sources: { name: string; url: string | null }[];
  published: string | null;
  lang: string;
  gist: string[];
  quotes: Quote[];
  figures: Figure[];
  image?: string | null;
  /** Only the feed's teaser could be read (page unreachable, paywalled or script-only). */
  teaserOnly?: boolean;
  /** A development of a story an earlier edition carried: only what is new is shown, with a link to that edition. */
  update?: { editionId: string } | null;
}

export interface DigestSection {
  title: string;
  stories: Story[];
}

/** A composed edition of a digest, frozen before the first mail goes out. */
export interface Digest {
  /** Stable id of this edition, e.g. "daily-2026-11-25T07-00". */
  id: string;
  /** The digest's configured key, e.g. "daily". */
  key: string;
  name: string;
  lang: string;
  timeZone: string;
  /** When the edition was composed (ISO). */
  createdAt: string;
  sections: DigestSection[];
  /** Stories left out to keep the mail small; linked to the web archive. */
  moreCount: number;
}
