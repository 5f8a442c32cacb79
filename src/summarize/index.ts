import type { Summary } from '../domain/summary.js';
import { detectLanguage, languagePack, LANGUAGE_PACKS } from '../lang/index.js';
import { creditQuotes } from './credit-quotes.js';
import { buildDocument } from './document.js';
import type { Document } from './document.js';
import { findFigures, withHeadlineFigures } from './find-figures.js';
import { findQuotes } from './find-quotes.js';
import { buildGist, LEAD_SENTENCES } from './gist.js';
import { lexiconFor } from './lexicon.js';
import { rankFigures, rankQuotes } from './rank.js';
import type { ArticleFrame } from './rank.js';
import { splitSentences } from './split-sentences.js';

export interface SummarizeOptions {
  /** The language declared by the feed or page; detected from the text when absent or unknown. */
  lang?: string | null;
  title?: string | null;
}

/**
 * Gist, key quotes with their speakers and key figures with what they count,
 * for one article body (plain text, paragraphs separated by blank lines).
 * Pure and synchronous.
 */
export function summarizeArticle(text: string, opts: SummarizeOptions = {}): Summary {
  const title = opts.title?.trim() || null;
  const declared = languagePack(opts.lang);
  const pack = declared ?? languagePack(detectLanguage(`${title ?? ''}\n${text}`)) ?? LANGUAGE_PACKS[0]!;
  const lex = lexiconFor(pack);
  const doc = buildDocument(text, pack.code);
  const sentences = splitSentences(doc, lex, LEAD_SENTENCES);
  const frame = articleFrame(doc, title);
  const quotes = rankQuotes(creditQuotes(doc, findQuotes(doc), lex, title), frame, doc.text, lex);
  const figures = rankFigures(withHeadlineFigures(findFigures(doc, lex), title, doc, lex), frame, doc.text, lex);
  return { lang: pack.code, title, gist: buildGist(doc.text, sentences, title, lex), quotes, figures };
}

/**
 * The lead is the article's opening, to the end of the sentence holding this many words: where the news and its actors are named.
 * Sixty rather than fifty: a standfirst or a long dateline sentence leaves the news's second sentence out at fifty; scored batch by
 * batch with the length chosen on the other batches, sixty raised key-figure F1 on the batch left out from 77.7 to 78.8 on average.
 */
const LEAD_WORDS = 60;
const SENTENCE_END = /[.!?…]["”»’]?(?=\s|$)/g;

function articleFrame(doc: Document, title: string | null): ArticleFrame {
  const text = doc.text;
  let words = 0;
  let leadEnd = text.length;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words === LEAD_WORDS) {
      SENTENCE_END.lastIndex = i;
      const end = SENTENCE_END.exec(text);
      leadEnd = end ? end.index + end[0].length : text.length;
    }
    inWord = !space;
  }
  return { title, lead: text.slice(0, leadEnd), words };
}
