import type { SummarizedArticle } from '../domain/article.js';
import type { Figure, Quote } from '../domain/summary.js';
import { rankArticles } from './rank-stories.js';

/** Why one candidate article is, or is not, in the edition. */
export type PickVerdict =
  /** Ranked within maxStories and carried by the edition. */
  | 'picked'
  /** Ranked within maxStories but dropped to keep the mail under the HTML size budget. */
  | 'cut-for-size'
  /** Ranked below the maxStories best. */
  | 'below-cutoff';

export interface PickExplanation {
  articleId: string;
  title: string;
  url: string | null;
  feeds: string[];
  published: string | null;
  /** 1 = best; the order compose picks in. */
  rank: number;
  score: number;
  verdict: PickVerdict;
  /** One sentence an editor can read: the verdict and what drove the score. */
  reason: string;
  /** The inputs of the score, as counted. */
  factors: {
    keyQuotes: number;
    keyFigures: number;
    hasGist: boolean;
    sources: number;
    teaserOnly: boolean;
    ageHours: number | null;
  };
  gist: string[];
  quotes: Quote[];
  figures: Figure[];
}

export interface ExplainOptions {
  /** Composition time in ms since the epoch: the same clock the edition was composed with. */
  now: number;
  maxStories: number;
  /** Ids the built edition carries; a ranked story missing here was cut to fit the size budget. */
  carried: ReadonlySet<string>;
}

/**
 * Ranks the candidates as composeDigest does (score, then newer first) and
 * says for each why it made the edition or not. Pure.
 */
export function explainPicks(articles: SummarizedArticle[], o: ExplainOptions): PickExplanation[] {
  const ranked = rankArticles(articles, o.now);
  const lastPicked = ranked[Math.min(o.maxStories, ranked.length) - 1]?.score;
  return ranked.map(({ a, score }, i) => {
    const rank = i + 1;
    const verdict: PickVerdict = rank > o.maxStories ? 'below-cutoff' : o.carried.has(a.id) ? 'picked' : 'cut-for-size';
    const factors = {
      keyQuotes: a.summary.quotes.filter((q) => q.key).length,
      keyFigures: a.summary.figures.filter((f) => f.key).length,
      hasGist: a.summary.gist.length > 0,
      sources: a.sources.length,
      teaserOnly: a.fromFeedOnly,
      ageHours: a.published ? Math.max(0, Math.round((o.now - Date.parse(a.published)) / 3_600_000)) : null,
    };
    return {
      articleId: a.id,
      title: a.title,
      url: a.url,
      feeds: a.sources.map((s) => s.feedName),
      published: a.published,
      rank,
      score: Math.round(score * 100) / 100,
      verdict,
      reason: `${verdictText(verdict, rank, ranked.length, o.maxStories, lastPicked)}; ${factorText(factors)}`,
      factors,
      gist: a.summary.gist,
      quotes: a.summary.quotes,
      figures: a.summary.figures,
    };
  });
}

function verdictText(v: PickVerdict, rank: number, total: number, maxStories: number, lastPicked: number | undefined): string {
  if (v === 'picked') return `picked: rank ${rank} of ${total}`;
  if (v === 'cut-for-size') return `cut: rank ${rank} is within the ${maxStories} allowed, but the mail was over the HTML size budget and the weakest stories went`;
  const bar = lastPicked === undefined ? '' : ` (the last picked scores ${lastPicked.toFixed(2)})`;
  return `not picked: rank ${rank} of ${total}, past maxStories ${maxStories}${bar}`;
}

function factorText(f: PickExplanation['factors']): string {
  const parts = [
    plural(f.keyQuotes, 'key quote'),
    plural(f.keyFigures, 'key figure'),
    f.hasGist ? 'a gist' : 'no gist',
    plural(f.sources, 'source'),
    f.teaserOnly ? 'teaser only (page not read)' : 'full text',
    f.ageHours === null ? 'no date (counted as 48 h old)' : `${f.ageHours} h old`,
  ];
  return parts.join(', ');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
