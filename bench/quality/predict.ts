/**
 * Runs the summarizer on every dev-set article the way `news-digest summarize
 * FILE --json` does (headline as title, language detected) and scores it.
 */
import { summarizeArticle } from '../../src/index.js';
import type { Summary } from '../../src/index.js';
import type { PredictedSummary } from './gold-schema.js';
import type { DevArticle, DevSet } from './load-dev-set.js';
import { fullText } from './load-dev-set.js';
import type { SetScore } from './score-summaries.js';
import { scoreSet } from './score-summaries.js';

export interface Predicted {
  prediction: PredictedSummary;
  /** The language the summarizer read the article as. */
  lang: string;
}

export function predict(article: DevArticle): Predicted {
  const summary: Summary = summarizeArticle(article.body, { title: article.title });
  return {
    lang: summary.lang,
    prediction: { id: article.gold.id, quotes: summary.quotes, figures: summary.figures },
  };
}

export interface DevSetRun {
  score: SetScore;
  predictions: Map<string, Predicted>;
}

export function runDevSet(set: DevSet): DevSetRun {
  const predictions = new Map(set.articles.map((a) => [a.gold.id, predict(a)] as const));
  const score = scoreSet(
    set.articles.map((a) => ({ gold: a.gold, text: fullText(a) })),
    new Map([...predictions].map(([id, p]) => [id, p.prediction])),
  );
  return { score, predictions };
}
