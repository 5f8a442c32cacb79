import { createRequire } from 'node:module';
import type * as Linkedom from 'linkedom';
import { BLOCK_TAGS } from './block-text.js';

/**
 * linkedom is loaded on the first page parsed, not with this module: a
 * command that extracts nothing (`send` with nothing new, `--help`) never
 * pays for it.
 */
const load = createRequire(import.meta.url);
let linkedom: typeof Linkedom | undefined;

/**
 * Markup cut before parsing: it is most of a modern page, and every node and
 * attribute linkedom builds costs an allocation Readability then throws away.
 * Scripts, styles, SVG and comments never hold article text (JSON-LD stays:
 * Readability reads the title from it); navigation, footers and asides are
 * removed from the article anyway (see prune-boilerplate.ts), so cutting them
 * early only spares the parser; embeds, buttons and form controls carry no
 * prose (Readability drops them from the article after scoring); <link> tags
 * name stylesheets and icons (the canonical one stays: it is where the page
 * says it lives); <meta> tags naming none of the fields Readability or we
 * read (title, author, description, image, url, language...) are viewport,
 * theme and verification settings; data-* attributes feed scripts, not text.
 */
const INERT_MARKUP = new RegExp(
  [
    /<script\b(?![^>]*application\/ld\+json)[^>]*>[\s\S]*?<\/script\s*>/.source,
    ...['style', 'svg', 'nav', 'footer', 'aside', 'noscript', 'iframe', 'select', 'template', 'button', 'textarea', 'object'].map(
      (tag) => `<${tag}\\b[^>]*>[\\s\\S]*?<\\/${tag}\\s*>`,
    ),
    /<(?:link\b(?![^>]*canonical)|input\b|source\b|embed\b)[^>]*>/.source,
    /<meta\b(?![^>]*(?:title|author|creator|description|published_time|pub-date|site_name|image|url|locale|language))[^>]*>/.source,
    /<!--[\s\S]*?-->/.source,
    // Inside a tag only: prose that quotes markup keeps it. The look back
    // comes after the literal: tried at every offset it made this scan most of
    // extraction's time.
    /\sdata-(?<=<[a-zA-Z][^<>]*)[\w.:-]+=(?:"[^"]*"|'[^']*')/.source,
  ].join('|'),
  'gi',
);

/**
 * Whitespace between two tags, with the tag before it and the name of the one
 * after it. Indentation is most of a page's text nodes.
 */
const GAP_BETWEEN_TAGS = /(<\/?([a-zA-Z][\w:-]*)[^<>]*>)\s+(?=<\/?([a-zA-Z][\w:-]*))/g;
/**
 * Tags next to which whitespace renders nothing (see block-text.ts: a block
 * boundary trims its paragraph; a <br> swallows the spaces around its line
 * break), so a text node there is one more node to build and walk for nothing.
 */
const GAP_BOUNDARIES = new Set([...BLOCK_TAGS, 'BR', 'TR', 'TBODY', 'THEAD', 'TFOOT', 'HTML', 'HEAD', 'BODY'].map((tag) => tag.toLowerCase()));

function withoutBoundaryGaps(html: string): string {
  return html.replace(GAP_BETWEEN_TAGS, (gap, tag: string, before: string, after: string) =>
    GAP_BOUNDARIES.has(before.toLowerCase()) || GAP_BOUNDARIES.has(after.toLowerCase()) ? tag : gap,
  );
}

/**
 * A light DOM for one page. linkedom, not jsdom: on the article-extraction
 * corpus Readability gives the same text on both, and linkedom is several
 * times faster (see bench/extract.bench.ts).
 */
export function parseDocument(html: string): Document {
  const lean = withoutBoundaryGaps(html.replace(INERT_MARKUP, ''));
  // linkedom only builds an <html> root when the markup has one.
  const markup = /<html[\s>]/i.test(lean) ? lean : `<!DOCTYPE html><html><head></head><body>${lean}</body></html>`;
  linkedom ??= load('linkedom') as typeof Linkedom;
  return linkedom.parseHTML(markup).document;
}
