const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * An absolute http, https or mailto URL, normalized by the URL parser (which
 * also drops tabs and line breaks), or null for anything else: relative
 * links, javascript:, data:. Mail clients have no base URL to resolve against.
 */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  return ALLOWED.has(url.protocol) ? url.href : null;
}

/** Words from each end of a quote that anchor a text fragment. */
const FRAGMENT_WORDS = 4;

/**
 * A link that opens the article scrolled to the quoted words (a text fragment,
 * `#:~:text=start,end`), so a reader can check a quote in context. Browsers
 * without text fragments just open the article.
 */
export function linkToPassage(articleUrl: string, passage: string): string {
  const url = new URL(articleUrl);
  const words = passage.split(/\s+/).filter(Boolean);
  if (url.hash || url.protocol === 'mailto:' || words.length === 0) return articleUrl;
  const start = words.slice(0, FRAGMENT_WORDS).join(' ');
  const end = words.length > FRAGMENT_WORDS * 2 ? words.slice(-FRAGMENT_WORDS).join(' ') : null;
  const directive = end ? `${encodeFragmentText(start)},${encodeFragmentText(end)}` : encodeFragmentText(words.join(' '));
  return `${url.href}#:~:text=${directive}`;
}

/** Text fragments reserve "-", "," and "&" besides what encodeURIComponent escapes. */
function encodeFragmentText(s: string): string {
  return encodeURIComponent(s).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}
