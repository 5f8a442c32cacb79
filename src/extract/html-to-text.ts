import { blockParagraphs } from './block-text.js';
import { withoutJunkLines } from './junk-lines.js';
import { parseDocument } from './parse-document.js';

/**
 * Plain text of a feed item's own HTML (already the article, no page chrome):
 * paragraphs separated by blank lines, junk lines dropped.
 */
export function htmlToText(html: string): string {
  const doc = parseDocument(html);
  return withoutJunkLines(blockParagraphs(doc.body ?? doc), null).join('\n\n');
}
