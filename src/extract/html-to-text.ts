import { blockParagraphs } from './block-text.js';
import { withoutJunkLines } from './junk-lines.js';
import { parseDocument } from './parse-document.js';
import { pruneCaptions } from './prune-boilerplate.js';

/**
 * Plain text of a feed item's own HTML (already the article, no page chrome):
 * paragraphs separated by blank lines, captions and junk lines dropped.
 */
export function htmlToText(html: string): string {
  const doc = parseDocument(html);
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  pruneCaptions(root);
  return withoutJunkLines(blockParagraphs(root), null).join('\n\n');
}
