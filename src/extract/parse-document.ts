import { parseHTML } from 'linkedom';

/**
 * A light DOM for one page. linkedom, not jsdom: on the article-extraction
 * corpus it gives Readability the same text about ten times faster (see
 * bench/extract.bench.ts).
 */
export function parseDocument(html: string): Document {
  // linkedom only builds an <html> root when the markup has one.
  const markup = /<html[\s>]/i.test(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
  return parseHTML(markup).document;
}
