import type { SummarizedArticle } from '../domain/article.js';
import type { NonArticleKind } from '../domain/digest.js';
import type { Figure, Quote } from '../domain/summary.js';
import { DEFAULT_MAX_PER_FEED, pickStories, type PickOptions } from './pick-stories.js';
import type { RankedArticle, ScoreParts } from './rank-stories.js';

/** Why one candidate item is, or is not, in the edition. */
export type PickVerdict =
  /** Taken in its feed's turn and carried by the edition. */
  | 'picked'
  /** Taken, but dropped to keep the mail under the HTML size budget. */
  | 'cut-for-size'
  /** maxStories was reached before its turn came. */
  | 'below-cutoff'
  /** Its feed already had maxPerFeed stories. */
  | 'feed-full'
  /** A live blog, quiz, podcast or video without text, or corrections notice the digest does not include. */
  | 'not-an-article';

export interface PickExplanation {
  articleId: string;
  title: string;
  url: string | null;
  feeds: string[];
  published: string | null;
  /** 1 = taken first; picked stories come first, in the order taken, then the rest best first. */
  rank: number;
  /** The round it was taken in (1 = its feed's best story), or null when not taken. */
  round: number | null;
  score: number;
  /** The score's six parts, each 0 to 1; they add up to `score`. */
  parts: ScoreParts;
  verdict: PickVerdict;
  /** For a non-article: what kind, and what gave it away. */
  nonArticle: { kind: NonArticleKind; marker: string } | null;
  /** One sentence an editor can read: the verdict and what drove the score. */
  reason: string;
  /** The inputs of the score, as counted. */
  factors: {
    keyQuotes: number;
    keyFigures: number;
    sources: number;
    teaserOnly: boolean;
    ageHours: number | null;
    feedPosition: number | null;
  };
  gist: string[];
  quotes: Quote[];
  figures: Figure[];
}

export interface ExplainOptions extends PickOptions {
  /** Composition time in ms since the epoch: the same clock the edition was composed with. */
  now: number;
  /** Ids the built edition carries; a picked story missing here was cut to fit the size budget. */
  carried: ReadonlySet<string>;
}

/** One candidate on its way to an explanation. */
interface Row extends RankedArticle {
  round: number | null;
  nonArticle: PickExplanation['nonArticle'];
  verdict: PickVerdict;
  why: string;
}

const KIND_NAMES: Record<NonArticleKind, string> = {
  live: 'a live blog',
  quiz: 'a quiz',
  media: 'a podcast or video with no text',
  correction: 'a corrections notice',
};

/**
 * Picks the candidates as composeDigest does (one story per feed per round,
 * best first) and says for each why it made the edition or not. Pure.
 */
export function explainPicks(articles: SummarizedArticle[], o: ExplainOptions): PickExplanation[] {
  const { picked, passed, leftOut } = pickStories(articles, o, o.now);
  const rows: Row[] = [
    ...picked.map((p) => ({
      ...p,
      nonArticle: null,
      verdict: o.carried.has(p.a.id) ? ('picked' as const) : ('cut-for-size' as const),
      why: o.carried.has(p.a.id)
        ? `picked in round ${p.round}: ${p.round === 1 ? 'the best story' : `story ${p.round}`} of ${p.turnOf || 'its feed'}`
        : `cut: picked in round ${p.round}, but the mail was over the HTML size budget and the last picked stories went`,
    })),
    ...passed.map((p) => ({
      ...p,
      round: null,
      nonArticle: null,
      verdict: p.why === 'feed-full' ? ('feed-full' as const) : ('below-cutoff' as const),
      why:
        p.why === 'feed-full'
          ? `not picked: ${p.a.sources[0]?.feedName ?? 'its feed'} already has maxPerFeed ${o.maxPerFeed ?? DEFAULT_MAX_PER_FEED} stories`
          : `not picked: maxStories ${o.maxStories} was reached before the turn of story ${p.turn} of ${p.turnOf || 'its feed'}`,
    })),
    ...leftOut.map(({ kind, marker, ...r }) => ({
      ...r,
      round: null,
      nonArticle: { kind, marker },
      verdict: 'not-an-article' as const,
      why: `left out: ${KIND_NAMES[kind]} ("${marker}"); include: [${kind}] in the digest brings it back`,
    })),
  ];
  return rows.map((r, i) => {
    const a = r.a;
    const factors = {
      keyQuotes: a.summary.quotes.filter((q) => q.key).length,
      keyFigures: a.summary.figures.filter((f) => f.key).length,
      sources: a.sources.length,
      teaserOnly: a.fromFeedOnly,
      ageHours: a.published ? Math.max(0, Math.round((o.now - Date.parse(a.published)) / 3_600_000)) : null,
      feedPosition: a.feedPosition ?? null,
    };
    const p = r.parts;
    const parts: ScoreParts = {
      position: round2(p.position),
      sources: round2(p.sources),
      freshness: round2(p.freshness),
      length: round2(p.length),
      quotes: round2(p.quotes),
      figures: round2(p.figures),
    };
    return {
      articleId: a.id,
      title: a.title,
      url: a.url,
      feeds: a.sources.map((s) => s.feedName),
      published: a.published,
      rank: i + 1,
      round: r.round,
      score: round2(r.score),
      parts,
      verdict: r.verdict,
      nonArticle: r.nonArticle,
      reason: `${r.why}; ${partsText(r.score, parts)}; ${factorText(factors)}`,
      factors,
      gist: a.summary.gist,
      quotes: a.summary.quotes,
      figures: a.summary.figures,
    };
  });
}

function partsText(score: number, p: ScoreParts): string {
  return `score ${score.toFixed(2)} = ${Object.entries(p)
    .map(([k, v]) => `${k} ${(v as number).toFixed(2)}`)
    .join(' + ')}`;
}

function factorText(f: PickExplanation['factors']): string {
  const parts = [
    f.feedPosition === null ? 'place in feed unknown' : `item ${f.feedPosition + 1} of its feed`,
    plural(f.sources, 'source'),
    f.ageHours === null ? 'no date (counted as 48 h old)' : `${f.ageHours} h old`,
    f.teaserOnly ? 'teaser only (page not read)' : 'full text',
    plural(f.keyQuotes, 'key quote'),
    plural(f.keyFigures, 'key figure'),
  ];
  return parts.join(', ');
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
