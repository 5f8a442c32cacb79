const ALLOWED = new Set(['http:', 'https:', 'mailto:']);

/**
 * An absolute http, https or mailto URL, normalized by the URL parser (which
 * also drops tabs and line breaks), or null for anything else: relative
 * links, javascript:, data:. Mail clients have no base URL to resolve against.
 */
export function safeUrl(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // A send checks two links per reader, each a base the parser already gave back as it was and a token.
  const cut = raw.lastIndexOf('/') + 1;
  if (cut > 0 && checkedBases.some((base) => cut === base.length && raw.startsWith(base)) && PLAIN_SEGMENT.test(raw.slice(cut))) return raw;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (!ALLOWED.has(url.protocol)) return null;
  const href = url.href;
  const base = raw.slice(0, cut);
  if (href === raw && url.protocol !== 'mailto:' && !/[?#]/.test(base) && !checkedBases.includes(base)) {
    if (checkedBases.unshift(base) > BASES_KEPT) checkedBases.pop();
  }
  return href;
}

/**
 * The parts up to their last "/" of the last http(s) links the parser gave
 * back unchanged, newest first (a reader's unsubscribe and preferences links
 * take turns). Past a path's last "/", the parser leaves letters, digits and
 * "-._~" as they are, unless they make a whole "." or ".." segment: a link
 * that is such a base and such a last segment is safe as it is, unparsed.
 */
const checkedBases: string[] = [];
const BASES_KEPT = 4;
const PLAIN_SEGMENT = /^(?!\.\.?$)[\w.~-]+$/;

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
