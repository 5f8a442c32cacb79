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

interface Marker {
  kind: NonArticleMarkerKind;
  re: RegExp;
}

function flatten(markers: Partial<Record<NonArticleMarkerKind, readonly RegExp[]>>): Marker[] {
  return (Object.entries(markers) as [NonArticleMarkerKind, readonly RegExp[]][]).flatMap(([kind, patterns]) => patterns.map((re) => ({ kind, re })));
}

/** Every language's title markers: an English "LIVE:" heads titles in many languages, and a feed's declared language may be wrong. */
const TITLE_MARKERS = [...LANGUAGE_PACKS.map((p) => p.nonArticleMarkers), ...Object.values(UNPACKED_MARKERS)].flatMap(flatten);
const LINK_PATTERNS = flatten(LINK_MARKERS);

/**
 * Whether an item is a live blog, a quiz or a corrections notice rather than
 * an article, from its title and its link.
 */
export function nonArticleMarker(title: string, link: string | null): NonArticleMatch | null {
  return firstMatch(TITLE_MARKERS, title) ?? (link ? firstMatch(LINK_PATTERNS, link) : null);
}

function firstMatch(markers: readonly Marker[], text: string): NonArticleMatch | null {
  for (const { kind, re } of markers) {
    const m = re.exec(text);
    if (m) return { kind, marker: m[0].trim() };
  }
  return null;
}
