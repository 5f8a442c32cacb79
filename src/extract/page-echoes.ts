/**
 * Text that only repeats what the page already says about itself: the
 * headline above the article and the page's own address printed as text.
 */

/** The headline is repeated at the top, if at all. */
const TITLE_SEARCH_DEPTH = 5;

export interface PageIdentity {
  title: string | null;
  /** Addresses of the page: the one it was fetched from, its canonical and og:url. */
  urls: readonly string[];
}

function normalize(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function withoutPageEchoes(paragraphs: readonly string[], page: PageIdentity): string[] {
  const titleKey = page.title ? normalize(page.title) : null;
  const urlKeys = new Set(page.urls.map(normalize));
  return paragraphs.filter((paragraph, i) => {
    const key = normalize(paragraph);
    return !urlKeys.has(key) && !(i < TITLE_SEARCH_DEPTH && key === titleKey);
  });
}
