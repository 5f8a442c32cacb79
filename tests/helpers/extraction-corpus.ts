/**
 * The public article-extraction corpus (181 real pages with their true text)
 * and its own scorer, both outside the repo in ../shared. Shared by the corpus
 * test and bench/extract.bench.ts; null when the folder is absent.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gunzipSync } from 'node:zlib';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const CORPUS_DIR = path.resolve(repoRoot, '../shared/corpora/article-extraction');
const SCORER = path.resolve(repoRoot, '../shared/tools/extraction/score.mjs');

export interface CorpusPage {
  id: string;
  url: string;
  html: string;
}

export type Predictions = Record<string, { articleBody: string }>;

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionCorpus {
  pages: CorpusPage[];
  /** The benchmark's metric: 4-token shingles, P and R averaged over pages. */
  score(predictions: Predictions): Scores;
}

interface Scorer {
  evaluate(truth: unknown, preds: Predictions, opts: { bootstrap: number }): { metrics: Scores };
}

/** Why the corpus cannot be used here, or null when it can. */
export function corpusMissingReason(): string | null {
  if (!existsSync(path.join(CORPUS_DIR, 'ground-truth.json'))) return `no corpus at ${CORPUS_DIR}`;
  if (!existsSync(SCORER)) return `no scorer at ${SCORER}`;
  return null;
}

export async function loadExtractionCorpus(): Promise<ExtractionCorpus> {
  const truth = JSON.parse(readFileSync(path.join(CORPUS_DIR, 'ground-truth.json'), 'utf8')) as Record<string, { articleBody: string; url: string }>;
  const htmlDir = path.join(CORPUS_DIR, 'html');
  const available = new Set(readdirSync(htmlDir));
  const pages = Object.entries(truth)
    .filter(([id]) => available.has(`${id}.html.gz`))
    .map(([id, { url }]) => ({
      id,
      url,
      html: gunzipSync(readFileSync(path.join(htmlDir, `${id}.html.gz`))).toString('utf8'),
    }));
  const scorer = (await import(pathToFileURL(SCORER).href)) as Scorer;
  return {
    pages,
    score: (predictions) => {
      const { precision, recall, f1 } = scorer.evaluate(truth, predictions, { bootstrap: 0 }).metrics;
      return { precision, recall, f1 };
    },
  };
}
