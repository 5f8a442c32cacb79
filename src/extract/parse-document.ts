import { parseHTML } from 'linkedom';

/**
 * Markup that never holds article text, cut before parsing: it is a large
 * share of a modern page and the DOM would build nodes for it only for
 * Readability to throw them away. JSON-LD stays (Readability reads the title
 * from it).
 */
const INERT_MARKUP =
  /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<svg\b[^>]*>[\s\S]*?<\/svg\s*>|<!--[\s\S]*?-->/gi;

/**
 * A light DOM for one page. linkedom, not jsdom: on the article-extraction
 * corpus Readability gives the same text on both, and linkedom is several
 * times faster (see bench/extract.bench.ts).
 */
export function parseDocument(html: string): Document {
  const lean = html.replace(INERT_MARKUP, '');
  // linkedom only builds an <html> root when the markup has one.
  const markup = /<html[\s>]/i.test(lean) ? lean : `<!DOCTYPE html><html><head></head><body>${lean}</body></html>`;
  return parseHTML(markup).document;
}
