import { isJunkLine } from '../lang/index.js';
import { isDateline } from './dateline.js';

/**
 * Drops boilerplate lines (promos, "Read more:" links, ad labels, credits,
 * datelines) from each paragraph, and paragraphs left empty.
 */
export function withoutJunkLines(paragraphs: readonly string[], lang: string | null): string[] {
  const kept: string[] = [];
  for (const paragraph of paragraphs) {
    const lines = paragraph.split('\n').filter((line) => !isJunkLine(line, lang) && !isDateline(line));
    const text = lines.join('\n').trim();
    if (text) kept.push(text);
  }
  return kept;
}
