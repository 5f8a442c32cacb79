/**
 * Loads the development set: gold/<lang>.jsonl, each line validated, with its
 * article text from articles/<id>.txt (first line the headline, then one
 * paragraph per line: the `summarize FILE` input) or, for a line naming
 * `corpus`, from the shared article-extraction corpus by path.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DigestError } from '../../src/domain/errors.js';
import type { GoldArticle } from './gold-schema.js';
import { goldArticleSchema } from './gold-schema.js';

export const QUALITY_DIR = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(QUALITY_DIR, '../..');
const CORPUS_TRUTH = path.resolve(repoRoot, '../shared/corpora/article-extraction/ground-truth.json');

export interface DevArticle {
  gold: GoldArticle;
  /** The headline, or null for a corpus page (its ground truth is body only). */
  title: string | null;
  /** Paragraphs separated by newlines, as `summarize FILE` passes them on. */
  body: string;
  /** Where the text came from, for messages. */
  origin: string;
}

export interface DevSet {
  articles: DevArticle[];
  /** Gold lines that could not be used here, and why. */
  skipped: { id: string; reason: string }[];
}

/** Every gold line of `gold/*.jsonl` (or only the named languages), validated; throws on a bad line. */
export function readGold(dir = QUALITY_DIR, langs: readonly string[] = []): GoldArticle[] {
  const goldDir = path.join(dir, 'gold');
  const files = readdirSync(goldDir)
    .filter((f) => f.endsWith('.jsonl'))
    .filter((f) => langs.length === 0 || langs.includes(f.replace(/\.jsonl$/, '')))
    .sort();
  const out: GoldArticle[] = [];
  const seen = new Set<string>();
  for (const file of files) {
    const where = path.relative(repoRoot, path.join(goldDir, file));
    readFileSync(path.join(goldDir, file), 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (!line.trim()) return;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch (e) {
          throw new DigestError('INPUT_INVALID', `bad JSON: ${(e as Error).message}`, { file: where, line: i + 1 });
        }
        const parsed = goldArticleSchema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new DigestError('INPUT_INVALID', issue.message, { file: where, line: i + 1, field: issue.path.join('.') });
        }
        if (seen.has(parsed.data.id)) {
          throw new DigestError('INPUT_INVALID', `duplicate id ${parsed.data.id}`, { file: where, line: i + 1 });
        }
        seen.add(parsed.data.id);
        out.push(parsed.data);
      });
  }
  return out;
}

/** Bodies of the article-extraction corpus by id, read once per ground-truth file. */
const corpusCache = new Map<string, Map<string, string>>();
function corpusBodies(truthFile: string): Map<string, string> {
  let bodies = corpusCache.get(truthFile);
  if (!bodies) {
    const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { articleBody: string }>;
    bodies = new Map(Object.entries(truth).map(([k, v]) => [k, v.articleBody]));
    corpusCache.set(truthFile, bodies);
  }
  return bodies;
}

export interface DevSetOptions {
  /** The folder holding gold/ and articles/ (default: this one). */
  dir?: string;
  /** Only these languages (default: all). */
  langs?: readonly string[];
  /** The article-extraction corpus's ground-truth.json (default: ../shared beside the checkout). */
  corpusTruth?: string;
}

/** The gold lines with their texts; corpus lines are skipped (with the reason) when ../shared is absent. */
export function loadDevSet({ dir = QUALITY_DIR, langs = [], corpusTruth = CORPUS_TRUTH }: DevSetOptions = {}): DevSet {
  const articles: DevArticle[] = [];
  const skipped: DevSet['skipped'] = [];
  for (const gold of readGold(dir, langs)) {
    if (gold.corpus) {
      if (!existsSync(corpusTruth)) {
        skipped.push({ id: gold.id, reason: `no article-extraction corpus at ${corpusTruth}` });
        continue;
      }
      const body = corpusBodies(corpusTruth).get(gold.corpus);
      if (body === undefined) {
        skipped.push({ id: gold.id, reason: `corpus id ${gold.corpus} not in ${corpusTruth}` });
        continue;
      }
      articles.push({ gold, title: null, body, origin: `corpus:${gold.corpus}` });
      continue;
    }
    const file = path.join(dir, 'articles', `${gold.id}.txt`);
    if (!existsSync(file)) {
      throw new DigestError('INPUT_INVALID', `no article file for gold id ${gold.id}`, { file });
    }
    const [first = '', ...rest] = readFileSync(file, 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/);
    articles.push({ gold, title: first.trim() || null, body: rest.join('\n'), origin: path.relative(repoRoot, file) });
  }
  return { articles, skipped };
}

/** The whole text the junk check and the well-formedness test search: headline and body. */
export function fullText(a: DevArticle): string {
  return a.title === null ? a.body : `${a.title}\n${a.body}`;
}
