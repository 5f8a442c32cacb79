import type { DraftFeed, DraftImage, DraftItem } from './feed-draft.js';

type Json = Record<string, unknown>;

const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v : typeof v === 'number' ? String(v) : null);
const obj = (v: unknown): Json | null => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : null);

/** JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1). Returns null when the object is not one. */
export function readJsonFeed(data: unknown): DraftFeed | null {
  const feed = obj(data);
  if (!feed || !Array.isArray(feed['items']) || !(str(feed['version'])?.includes('jsonfeed') ?? true)) return null;
  const lang = str(feed['language']);
  const feedAuthor = authorName(feed);
  return {
    title: str(feed['title']),
    link: str(feed['home_page_url']),
    lang,
    description: str(feed['description']),
    image: jsonFeedImage(feed),
    base: str(feed['feed_url']) ?? str(feed['home_page_url']),
    items: (feed['items'] as unknown[])
      .map(obj)
      .filter((i): i is Json => i !== null)
      .map((i) => readItem(i, lang, feedAuthor)),
  };
}

function readItem(i: Json, feedLang: string | null, feedAuthor: string | null): DraftItem {
  const text = str(i['content_text']);
  const html = str(i['content_html']) ?? (text === null ? null : textToHtml(text));
  const enclosures = (Array.isArray(i['attachments']) ? i['attachments'] : []).flatMap((a) => {
    const att = obj(a);
    const url = str(att?.['url']);
    const size = att?.['size_in_bytes'];
    return url ? [{ url, type: str(att?.['mime_type']), length: typeof size === 'number' ? String(size) : null }] : [];
  });
  return {
    id: str(i['id']),
    title: str(i['title']),
    link: str(i['url']) ?? str(i['external_url']),
    date: str(i['date_published']) ?? str(i['date_modified']),
    author: authorName(i) ?? feedAuthor,
    html,
    summary: str(i['summary']),
    image: str(i['image']) ?? str(i['banner_image']) ?? enclosures.find((e) => e.type?.startsWith('image/'))?.url ?? null,
    enclosures,
    lang: str(i['language']) ?? feedLang,
    categories: Array.isArray(i['tags']) ? i['tags'].filter((t): t is string => typeof t === 'string') : [],
    base: null,
  };
}

/** The feed's icon (512 px square), else its favicon. */
function jsonFeedImage(feed: Json): DraftImage | null {
  const url = str(feed['icon']) ?? str(feed['favicon']);
  return url ? { url, link: str(feed['home_page_url']), title: str(feed['title']), width: null, height: null } : null;
}

// 1.1 has `authors: [{name}]`; 1.0 had `author: {name}`.
function authorName(o: Json): string | null {
  const list = Array.isArray(o['authors']) ? o['authors'] : o['author'] ? [o['author']] : [];
  const names = list.map((a) => str(obj(a)?.['name'])).filter((n): n is string => n !== null);
  return names.length ? names.join(', ') : null;
}

function textToHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim()}</p>`)
    .join('');
}
