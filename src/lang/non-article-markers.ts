import type { LanguagePack } from './language-pack.js';
import { LANGUAGE_PACKS } from './packs.js';

type NonArticleMarkers = LanguagePack['nonArticleMarkers'];
export type NonArticleMarkerKind = keyof NonArticleMarkers;

/**
 * Markers of languages that have no full pack yet: their feeds reach the
 * digest all the same, and their live pages must stay out of it too.
 */
const UNPACKED_MARKERS: Readonly<Record<string, NonArticleMarkers>> = {
  ru: {
    live: [/онлайн-трансляци/i, /прямая трансляция/i, /в прямом эфире/i, /^онлайн\s*[.:|–—-]/i],
    quiz: [/(?<!\p{L})викторина(?!\p{L})/iu, /^тест\s*[.:|–—-]/iu],
    correction: [/^(?:поправка|опровержение)(?!\p{L})/iu],
  },
  uk: {
    live: [/онлайн-трансляці/i, /пряма трансляція/i, /(?<!\p{L})наживо(?!\p{L})/iu],
    quiz: [/(?<!\p{L})вікторина(?!\p{L})/iu],
    correction: [/^спростування(?!\p{L})/iu],
  },
  zh: { live: [/直播/, /实时更新/, /滚动更新/], quiz: [/测验/], correction: [/^更正/] },
  sk: {
    live: [/(?<!\p{L})naživo(?!\p{L})/iu, /\bonline prenos\b/i, /^online\s*[:|–—-]/i, /(?<!\p{L})ONLINE(?!\p{L})/u],
    quiz: [/(?<!\p{L})kvíz(?!\p{L})/iu],
    correction: [/^oprava(?!\p{L})/iu],
  },
  cs: {
    live: [/(?<!\p{L})živě(?!\p{L})/iu, /(?<!\p{L})online přenos(?!\p{L})/iu, /(?<!\p{L})ONLINE(?!\p{L})/u],
    quiz: [/(?<!\p{L})kvíz(?!\p{L})/iu],
    correction: [/^oprava(?!\p{L})/iu],
  },
  pl: {
    live: [/(?<!\p{L})na żywo(?!\p{L})/iu, /(?<!\p{L})relacja live(?!\p{L})/iu],
    quiz: [/(?<!\p{L})quiz\s*(?:[:|–—-]|$)/iu],
    correction: [/^sprostowanie(?!\p{L})/iu],
  },
};

/** Links of live pages and quizzes in any language ("/live/", "/liveblog/", "/live-news/", "/en-direct/"). */
const LINK_MARKERS: Partial<Record<NonArticleMarkerKind, readonly RegExp[]>> = {
  live: [/\/(?:live|liveblog|live-blog|live-news|liveticker|live-ticker|en-direct|en-directo|ao-vivo|diretta)\//i],
  quiz: [/\/quiz(?:zes)?\//i],
};

export interface NonArticleMatch {
  kind: NonArticleMarkerKind;
  /** The words (or link part) that gave it away, for the editor. */
  marker: string;
}

/**
 * Whether an item is a live blog, a quiz or a corrections notice rather than
 * an article, from its title (the item's language first, then every other
 * language: an English "LIVE:" shows up in many) and its link.
 */
export function nonArticleMarker(title: string, link: string | null, lang: string | null): NonArticleMatch | null {
  const code = lang?.toLowerCase().slice(0, 2);
  const byLanguage: [string, NonArticleMarkers][] = [...LANGUAGE_PACKS.map((p): [string, NonArticleMarkers] => [p.code, p.nonArticleMarkers]), ...Object.entries(UNPACKED_MARKERS)];
  byLanguage.sort((a, b) => Number(b[0] === code) - Number(a[0] === code));
  for (const [, markers] of byLanguage) {
    const found = firstMatch(markers, title);
    if (found) return found;
  }
  return link ? firstMatch(LINK_MARKERS, link) : null;
}

function firstMatch(markers: Partial<Record<NonArticleMarkerKind, readonly RegExp[]>>, text: string): NonArticleMatch | null {
  for (const [kind, patterns] of Object.entries(markers) as [NonArticleMarkerKind, readonly RegExp[]][]) {
    for (const re of patterns) {
      const m = re.exec(text);
      if (m) return { kind, marker: m[0].trim() };
    }
  }
  return null;
}
