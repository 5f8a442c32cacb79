import { decodeHTML, decodeHTMLAttribute, escapeAttribute, escapeText } from 'entities';

/** Elements kept as they are (the safe subset of HTML a mail client renders). */
const ALLOWED = new Set(
  ('a abbr acronym address area article aside b bdi bdo big blockquote br caption center cite code col colgroup dd del ' +
    'details dfn dir div dl dt em figcaption figure font footer h1 h2 h3 h4 h5 h6 header hr i img ins kbd label legend li ' +
    'map mark menu ol p picture pre q s samp section small source span strike strong sub summary sup table tbody td tfoot ' +
    'th thead time tr tt u ul var wbr audio video track').split(' '),
);
/** Elements dropped together with everything inside them. */
const DROP_WITH_CONTENT = new Set(
  'script style iframe frame frameset object embed applet noscript noembed template head title svg math form select textarea button base meta link xml'.split(' '),
);
const VOID = new Set('area br col hr img source track wbr'.split(' '));
const ALLOWED_ATTRS = new Set(
  ('abbr align alt axis bgcolor border cellpadding cellspacing char charoff cite class colspan color controls coords datetime dir ' +
    'face headers height href hreflang hspace lang loop media name nowrap poster preload rel rev rowspan rules scope shape size ' +
    'span src srcset start summary tabindex title type usemap valign value vspace width xml:lang').split(' '),
);
const URL_ATTRS = new Set(['href', 'src', 'cite', 'poster', 'usemap', 'longdesc']);
const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'ftp:', 'tel:', 'news:', 'magnet:']);

// Attribute text with quoted values that may contain ">"; written as an unrolled loop (no per-character alternation).
const TAG = /<(\/?)([A-Za-z][A-Za-z0-9:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/y;
const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

/**
 * Makes feed HTML safe for an email: drops scripts, styles, frames, forms and
 * event handlers, keeps only safe URL schemes, resolves relative links against
 * `baseUrl`, and closes what it opened. A single forward pass: no DOM, no backtracking.
 */
export function sanitizeHtml(html: string, baseUrl?: string): string {
  let out = '';
  const open: string[] = [];
  let i = 0;
  const n = html.length;
  while (i < n) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out += text(html.slice(i));
      break;
    }
    out += text(html.slice(i, lt));
    i = lt;
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html.startsWith('<![CDATA[', i)) {
      const end = html.indexOf(']]>', i + 9);
      out += escapeText(html.slice(i + 9, end < 0 ? n : end));
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (html[i + 1] === '!' || html[i + 1] === '?') {
      const end = html.indexOf('>', i);
      i = end < 0 ? n : end + 1;
      continue;
    }
    TAG.lastIndex = i;
    const m = TAG.exec(html);
    if (!m) {
      out += '&lt;';
      i++;
      continue;
    }
    i = TAG.lastIndex;
    const closing = m[1] === '/';
    const name = localName(m[2]!);
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing && !/\/\s*$/.test(m[3]!)) i = skipElement(html, i, name);
      continue;
    }
    if (!ALLOWED.has(name)) continue;
    if (closing) {
      const k = open.lastIndexOf(name);
      if (k < 0) continue;
      while (open.length > k) out += `</${open.pop()}>`;
      continue;
    }
    out += `<${name}${attributes(m[3]!, baseUrl)}${VOID.has(name) ? ' /' : ''}>`;
    if (!VOID.has(name) && !/\/\s*$/.test(m[3]!)) open.push(name);
    else if (!VOID.has(name)) out += `</${name}>`;
  }
  while (open.length) out += `</${open.pop()}>`;
  return out;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return (colon >= 0 ? qname.slice(colon + 1) : qname).toLowerCase();
}

// Text between tags: decode then re-encode, so `&nbsp;` and a bare `&` both come out valid.
function text(s: string): string {
  return s ? escapeText(decodeHTML(s)) : '';
}

const closers = new Map<string, RegExp>();

function skipElement(html: string, from: number, name: string): number {
  let close = closers.get(name);
  if (!close) closers.set(name, (close = new RegExp(`</${name}\\s*>`, 'ig')));
  close.lastIndex = from;
  const m = close.exec(html);
  return m ? close.lastIndex : html.length;
}

function attributes(raw: string, baseUrl: string | undefined): string {
  let out = '';
  const seen = new Set<string>();
  for (const m of raw.matchAll(ATTR)) {
    const name = m[1]!.toLowerCase();
    if (!ALLOWED_ATTRS.has(name) || seen.has(name)) continue;
    seen.add(name);
    let value = decodeHTMLAttribute(m[2] ?? m[3] ?? m[4] ?? '');
    if (URL_ATTRS.has(name)) {
      const url = safeUrl(value, baseUrl);
      if (url === null) continue;
      value = url;
    } else if (name === 'srcset') {
      value = value
        .split(',')
        .map((part) => {
          const [u, ...rest] = part.trim().split(/\s+/);
          const url = u ? safeUrl(u, baseUrl) : null;
          return url ? [url, ...rest].join(' ') : null;
        })
        .filter((p): p is string => p !== null)
        .join(', ');
    }
    out += ` ${name}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** An absolute http(s)/mailto… URL, or null for `javascript:` and other unsafe schemes. */
function safeUrl(value: string, baseUrl: string | undefined): string | null {
  // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"); so must we.
  const compact = value.replace(/[\u0000-\u0020\u007f]+/g, '');
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(compact);
  if (scheme) {
    if (!SAFE_SCHEMES.has(scheme[1]!.toLowerCase() + ':')) return null;
  }
  if (!baseUrl) return value.trim();
  try {
    return new URL(value.trim(), baseUrl).href;
  } catch {
    return value.trim();
  }
}
