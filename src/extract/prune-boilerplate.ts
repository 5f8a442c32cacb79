/**
 * Structural junk that Readability keeps around an article: figures and their
 * captions, share bars, related-link lists, bylines and datelines, promos.
 * Runs on Readability's chosen container, so it never removes the article's
 * own ancestors.
 */

/** Elements that never hold article prose. */
const JUNK_SELECTOR = [
  'figure',
  'figcaption',
  'aside',
  'nav',
  'footer',
  'form',
  'button',
  'address',
  '[role="navigation"]',
  '[role="complementary"]',
  '[role="contentinfo"]',
  '[hidden]',
  '[aria-hidden="true"]',
].join(',');

/** Class or id words of boilerplate blocks, matched as whole words of `class`/`id`. */
const JUNK_NAME = new RegExp(
  '(?:^|[\\s_-])(?:' +
    [
      'share',
      'sharing',
      'social',
      'related',
      'newsletter',
      'promo',
      'byline',
      'caption',
      'credits?',
      'breadcrumbs?',
      'tags',
      'subscribe',
      'subscription',
      'advert',
      'ads?',
      'sponsored',
      'gallery',
      'slideshow',
      'paywall',
      'recommended',
      'popular',
      'trending',
      'cookie',
      'consent',
      'modal',
      'popup',
      'rail',
      'carousel',
      'swiper',
      'slider',
      'author',
      'bio',
      'more',
      'read-more',
    ].join('|') +
    ')(?:$|[\\s_-])',
  'i',
);

/**
 * A class word is a hint, not proof ("post-content widget"): a block holding
 * this share of the article's text stays.
 */
const MAX_NAMED_SHARE = 0.3;

function junkByName(el: Element): boolean {
  return JUNK_NAME.test(el.getAttribute('class') ?? '') || JUNK_NAME.test(el.getAttribute('id') ?? '');
}

/** Lists and short blocks whose text is mostly links are navigation or "related" teasers. */
const LINK_LIST_TAGS = 'ul,ol,dl,table';
const LINK_BLOCK_TAGS = 'p,div,section,h1,h2,h3,h4,h5,h6';
const MAX_LINK_DENSITY = 0.6;
/** A longer block that is mostly links is more likely prose full of citations. */
const MAX_LINK_BLOCK_WORDS = 50;

function textLength(el: Element): number {
  return (el.textContent ?? '').replace(/\s+/g, '').length;
}

function linkDensity(el: Element): number {
  const total = textLength(el);
  if (total === 0) return 0;
  let links = 0;
  // By tag name: a selector would be compiled anew for every block measured.
  for (const a of Array.from(el.getElementsByTagName('a'))) links += textLength(a);
  return links / total;
}

function wordCount(el: Element): number {
  return (el.textContent ?? '').split(/\s+/).filter(Boolean).length;
}

/** Removes boilerplate elements inside `root` (not `root` itself). */
export function pruneBoilerplate(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(JUNK_SELECTOR))) el.remove();
  const rootLength = textLength(root);
  for (const el of Array.from(root.querySelectorAll('[class],[id]'))) {
    if (root.contains(el) && junkByName(el) && textLength(el) < MAX_NAMED_SHARE * rootLength) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll(LINK_LIST_TAGS))) {
    if (root.contains(el) && linkDensity(el) > MAX_LINK_DENSITY) el.remove();
  }
  for (const el of Array.from(root.querySelectorAll(LINK_BLOCK_TAGS))) {
    if (root.contains(el) && wordCount(el) <= MAX_LINK_BLOCK_WORDS && linkDensity(el) > MAX_LINK_DENSITY) el.remove();
  }
}

/**
 * Captions and photo credits, removed before Readability runs: it rewrites a
 * caption <div> into a plain <p> and drops its class, after which nothing
 * tells it apart from prose.
 */
const CAPTION_SELECTOR = 'figcaption,[class*="caption" i],[class*="credit" i]';
/** Longer than any caption: a container that merely has such a class. */
const MAX_CAPTION_CHARS = 400;

export function pruneCaptions(root: Element): void {
  for (const el of Array.from(root.querySelectorAll(CAPTION_SELECTOR))) {
    if (textLength(el) < MAX_CAPTION_CHARS) el.remove();
  }
}
