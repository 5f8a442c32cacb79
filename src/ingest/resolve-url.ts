/** Absolute http(s) URLs made only of plain URL characters and no dot segments: nothing for `new URL` to change that matters here. */
const PLAIN_ABSOLUTE = /^https?:\/\/[A-Za-z0-9.-]+(?::\d+)?(?:\/(?![^?#]*\/\.\.?(?:[/?#]|$))[A-Za-z0-9\-._~%!$&'()*+,;=:@/?#]*)?$/;

/**
 * Absolute URL of `href` against `base`, or `href` itself (trimmed) when there
 * is no usable base. Plain absolute URLs skip the URL parser: a feed has
 * thousands of links and most are already absolute.
 */
export function resolveUrl(href: string | null | undefined, base: string | null | undefined): string | null {
  if (href === null || href === undefined) return null;
  const h = href.trim();
  if (!h) return base ?? null;
  if (PLAIN_ABSOLUTE.test(h) || !base) return h;
  try {
    return new URL(h, base).href;
  } catch {
    return h;
  }
}
