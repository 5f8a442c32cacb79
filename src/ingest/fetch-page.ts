import { DigestError } from '../domain/index.js';
import { decodeDocument } from './charset.js';
import { httpGet, type FetchOptions } from './http-client.js';

const PAGE_ACCEPT = 'text/html, application/xhtml+xml;q=0.9, text/plain;q=0.5, */*;q=0.1';

/** An article page as text, charset from the header, BOM or `<meta charset>`; `url` is the one after redirects. */
export async function fetchPage(url: string, opts: FetchOptions = {}): Promise<{ html: string; url: string; contentType: string | null }> {
  const res = await httpGet(url, PAGE_ACCEPT, opts);
  const contentType = (Array.isArray(res.headers['content-type']) ? res.headers['content-type'][0] : res.headers['content-type']) ?? null;
  if (contentType && !/^(text\/|application\/(xhtml\+)?xml)/i.test(contentType)) {
    throw new DigestError('FEED_FETCH', `not a web page (Content-Type: ${contentType})`, { url });
  }
  return { html: decodeDocument(res.body, { contentType, kind: 'html' }), url: res.url, contentType };
}
