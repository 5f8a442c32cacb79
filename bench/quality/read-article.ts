/**
 * A dev article as the summarizer reads it, for the key trainers: its summary, and the language's lexicon, the
 * document and the frame the summary was read from, so a trainer reads the same signals the ranker in use weighs.
 */
import type { Summary } from '../../src/domain/summary.js';
import { languagePack } from '../../src/lang/index.js';
import type { Document } from '../../src/summarize/document.js';
import { buildDocument } from '../../src/summarize/document.js';
import type { ArticleFrame } from '../../src/summarize/rank.js';
import { articleFrame, summarizeArticle } from '../../src/summarize/index.js';
import type { Lexicon } from '../../src/summarize/lexicon.js';
import { lexiconFor } from '../../src/summarize/lexicon.js';
import type { DevArticle } from './load-dev-set.js';

export interface ReadArticle {
  summary: Summary;
  lex: Lexicon;
  doc: Document;
  frame: ArticleFrame;
}

export function readArticle(article: DevArticle): ReadArticle {
  const summary = summarizeArticle(article.body, { title: article.title });
  const doc = buildDocument(article.body, summary.lang);
  return { summary, lex: lexiconFor(languagePack(summary.lang)!), doc, frame: articleFrame(doc, article.title) };
}
