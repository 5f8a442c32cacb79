/**
 * The headline repeated above the text, and paragraphs with nothing to read
 * (zero-width spaces, lone punctuation). Repeated paragraphs in general stay:
 * recipes, tables and refrains repeat on purpose.
 */

/** The headline is repeated at the top, if at all. */
const TITLE_SEARCH_DEPTH = 5;

function normalize(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Drops paragraphs without a letter or digit, and the headline when it opens the text. */
export function withoutHeadline(paragraphs: readonly string[], title: string | null): string[] {
  const titleKey = title ? normalize(title) : null;
  return paragraphs.filter((paragraph, i) => {
    const key = normalize(paragraph);
    return key !== '' && !(i < TITLE_SEARCH_DEPTH && key === titleKey);
  });
}
