/** Query parameters that only say where a click came from. */
const TRACKING =
  /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_hsenc|_hsmi|mkt_tok|ref_src|cmpid|ocid|__twitter_impression)$/i;

/**
 * The URL as its site gave it, minus the parameters that only say where a
 * click came from (utm_*, fbclid…): what a reader's link should carry.
 * Anything that is not an http(s) URL comes back unchanged.
 */
export function withoutTracking(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return url;
  const tracking = [...u.searchParams.keys()].filter((k) => TRACKING.test(k));
  if (tracking.length === 0) return url;
  for (const k of tracking) u.searchParams.delete(k);
  return u.href;
}

/**
 * One spelling per article URL, so the same story reached through different
 * links is seen once: lower-case host without "www." and default port, no
 * fragment, no tracking parameters, sorted query, AMP variants mapped back to the page.
 * Anything that is not an http(s) URL comes back trimmed but otherwise unchanged.
 */
export function canonicalUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return url.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.href;
  u.hash = '';
  u.protocol = 'https:';
  u.hostname = u.hostname.toLowerCase().replace(/^(www|amp|m)\./, '');
  if (u.port === '80' || u.port === '443') u.port = '';
  // Google AMP cache: https://www-example-com.cdn.ampproject.org/c/s/www.example.com/path
  const cache = /^\/[a-z](?:\/s)?\/(.+)$/.exec(u.pathname);
  if (u.hostname.endsWith('.cdn.ampproject.org') && cache) return canonicalUrl(`https://${cache[1]}${u.search}`);
  u.pathname = u.pathname
    .replace(/\/amp\/?$/i, '/')
    .replace(/\.amp(\.html?)?$/i, '$1')
    .replace(/\/amp\//i, '/')
    .replace(/(.)\/$/, '$1');
  const params = [...u.searchParams.entries()].filter(
    ([k, v]) => !TRACKING.test(k) && !(k.toLowerCase() === 'amp' && (v === '' || v === '1' || v === 'true')) && !(k === 'outputType' && v === 'amp'),
  );
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = params.length ? new URLSearchParams(params).toString() : '';
  return u.href;
}
