import type { Digest, Story } from '../domain/digest.js';
import type { ApproxWay, Figure, Quote } from '../domain/summary.js';
import { languagePack } from '../lang/index.js';
import { cleanText, truncate } from './clean-text.js';
import type { LabelSet } from '../i18n/index.js';
import { formatFigure } from './number-format.js';
import type { ReaderField } from './reader-slots.js';
import type { RenderContext } from './render-types.js';
import { linkToPassage, safeUrl } from './safe-url.js';

/**
 * The data digest.mjml, digest.txt.hbs, subject.hbs and preheader.hbs
 * receive (documented for template authors in templates/README.md). Every
 * string is plain text, cleaned of markup and line breaks; every link is an
 * absolute http(s)/mailto URL or null; every number is already formatted.
 */
export interface EditionView {
  lang: string;
  dir: 'ltr' | 'rtl';
  list: { name: string; id: string; fromAddress: string; replyTo: string | null; postalAddress: string };
  edition: {
    id: string;
    /** ISO time the edition was composed; print it with the `date` helper. */
    createdAt: string;
    storyCount: number;
    moreCount: number;
    moreUrl: string | null;
    archiveUrl: string | null;
    publicUrl: string | null;
  };
  /** Titles of the first stories, for the preheader. */
  topTitles: string[];
  sections: SectionView[];
  /** Per-reader values; `name` is null for a reader without one. Print them as they are: no helpers. */
  reader: Record<ReaderField, string | null>;
}

export interface SectionView {
  title: string;
  stories: StoryView[];
}

export interface StoryView {
  title: string;
  link: string | null;
  lang: string;
  sources: { name: string; link: string | null }[];
  published: string | null;
  gist: string[];
  gistText: string;
  quotes: QuoteView[];
  figures: FigureView[];
  /** The story's picture (the template shows a lead large, the others as thumbnails), or null. */
  image: ImageView | null;
  /** Only the feed's teaser could be read: the card says so. */
  teaserOnly: boolean;
  /** A development of a story an earlier edition carried: marked "Update", with that edition's web version. */
  update: { earlierUrl: string | null } | null;
}

export interface ImageView {
  /** Always an https: URL, loaded from where the feed points (never embedded). */
  src: string;
  alt: string;
  /** The top story's picture, shown large. */
  lead: boolean;
}

export interface QuoteView {
  text: string;
  speaker: string | null;
  /** The article, scrolled to the quoted words where the browser can. */
  link: string | null;
}

export interface FigureView {
  /** "600 rb", "$1.2B": for the big-number box, in the article's locale. */
  display: string;
  /** "600.000 tentara", "$1.2B": for running text, in the article's locale. */
  long: string;
  /** What the number counts, in the article's words ("tentara Rusia tewas atau terluka"). */
  caption: string;
  /** True when the caption says no more than `long` ("95 minutes" twice), so running text can skip it. */
  captionRepeats: boolean;
  approx: ApproxWay | null;
  /** "~" for about, ">" for a lower bound, "<" for an upper one, "" when exact: before `display`. */
  sign: string;
  /** The whole figure for running text: "lebih dari 600.000 — tentara Rusia tewas atau terluka". */
  line: string;
  link: string | null;
}

/** At most this many quotes and figures per story: three figures still sit side by side on a phone. */
const MAX_QUOTES = 3;
const MAX_FIGURES = 3;
const TOP_TITLES = 3;
const CAPTION_LENGTH = 90;
const LANG_TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export function buildEditionView(digest: Digest, ctx: RenderContext, labels: LabelSet, reader: Record<ReaderField, string | null>): EditionView {
  const sections = digest.sections
    .map((s, si) => ({
      title: cleanText(s.title),
      stories: s.stories.map((story, i) => buildStory(story, labels, digest.lang, pictureRole(ctx.images ?? 'all', si === 0 && i === 0), ctx.publicUrl)),
    }))
    .filter((s) => s.stories.length > 0);
  const stories = sections.flatMap((s) => s.stories);
  return {
    lang: langTag(digest.lang, labels.lang),
    dir: labels.dir,
    list: {
      name: cleanText(ctx.listName),
      id: cleanText(ctx.listId),
      fromAddress: cleanText(ctx.fromAddress),
      replyTo: ctx.replyTo ? cleanText(ctx.replyTo) : null,
      postalAddress: cleanText(ctx.postalAddress),
    },
    edition: {
      id: cleanText(digest.id),
      createdAt: digest.createdAt,
      storyCount: stories.length,
      moreCount: Math.max(0, digest.moreCount),
      moreUrl: digest.moreCount > 0 ? (safeUrl(ctx.moreUrl) ?? safeUrl(ctx.archiveUrl)) : null,
      archiveUrl: safeUrl(ctx.archiveUrl),
      publicUrl: safeUrl(ctx.publicUrl),
    },
    topTitles: stories.slice(0, TOP_TITLES).map((s) => s.title),
    sections,
    reader,
  };
}

/** Whether a story's picture is shown as the lead or a thumbnail, or null when the digest shows none for it. */
function pictureRole(mode: 'lead' | 'all' | 'none', top: boolean): { lead: boolean } | null {
  return mode === 'none' || (mode === 'lead' && !top) ? null : { lead: top };
}

function buildStory(story: Story, labels: LabelSet, digestLang: string, role: { lead: boolean } | null, publicUrl: string): StoryView {
  const link = safeUrl(story.url);
  const gist = story.gist.map(cleanText).filter(Boolean);
  const image = safeUrl(story.image);
  const title = cleanText(story.title);
  return {
    title,
    link,
    lang: langTag(story.lang, digestLang),
    sources: story.sources.map((s) => ({ name: cleanText(s.name), link: safeUrl(s.url) })).filter((s) => s.name),
    published: validDate(story.published),
    gist,
    gistText: gist.join(' '),
    quotes: pickKey(story.quotes, MAX_QUOTES).map((q) => buildQuote(q, link)),
    figures: pickKey(story.figures, MAX_FIGURES).map((f) => buildFigure(f, link, figureLocale(story.lang, labels))),
    // Only https: a mail client warns on insecure pictures, and data: or attachments would weigh on every mail.
    image: role && image?.startsWith('https:') ? { src: image, alt: title, ...role } : null,
    teaserOnly: story.teaserOnly === true,
    update: story.update ? { earlierUrl: safeUrl(`${publicUrl.replace(/\/+$/, '')}/archive/${encodeURIComponent(story.update.editionId)}`) } : null,
  };
}

function buildQuote(q: Quote, link: string | null): QuoteView {
  const text = cleanText(q.text);
  return { text, speaker: cleanText(q.speaker) || null, link: link && linkToPassage(link, text) };
}

const APPROX_SIGN: Record<ApproxWay, string> = { about: '~', over: '>', under: '<' };

function buildFigure(f: Figure, link: string | null, locale: { tag: string; lang: string | null }): FigureView {
  const counts = cleanText(f.counts ?? '');
  const caption = truncate(counts || cleanText(f.text), CAPTION_LENGTH);
  const formatted = formatFigure({ value: f.value, unit: cleanText(f.unit) }, locale.tag);
  const bare = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const captionRepeats = bare(caption) === bare(formatted.long);
  // A counted noun the caption opens with is said once: "600.000 — tentara Rusia", not "600.000 tentara — tentara Rusia".
  const unit = cleanText(f.unit);
  const number =
    unit && caption.toLowerCase().startsWith(`${unit.toLowerCase()} `) ? formatted.long.replace(new RegExp(`\\s*${escapeRe(unit)}$`), '') : formatted.long;
  const approx = approxWay(f.approx);
  const words = approx ? (languagePack(locale.lang)?.approxWords[approx][0] ?? APPROX_SIGN[approx]) : '';
  const line = [words, number].filter(Boolean).join(' ') + (captionRepeats ? '' : ` — ${caption}`);
  return {
    ...formatted,
    caption,
    captionRepeats,
    approx,
    sign: approx ? APPROX_SIGN[approx] : '',
    line,
    link: link && linkToPassage(link, cleanText(f.text)),
  };
}

/** Editions stored before the approx flag said which way hold `true` for any approximation: read it as "about". */
function approxWay(approx: unknown): ApproxWay | null {
  if (approx === 'about' || approx === 'over' || approx === 'under') return approx;
  return approx === true ? 'about' : null;
}

/** A figure is written the way its article writes numbers ("600.000" in Indonesian copy), whatever the digest's language. */
function figureLocale(lang: string | null | undefined, labels: LabelSet): { tag: string; lang: string | null } {
  const own = languagePack(lang)?.code ?? null;
  return { tag: own ?? labels.numberLocale, lang: own };
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Key items first, then the rest, in their order, up to `max`. */
function pickKey<T extends { key: boolean }>(items: T[], max: number): T[] {
  return [...items.filter((i) => i.key), ...items.filter((i) => !i.key)].slice(0, max);
}

/** An ISO date a template can format, or null: a feed's unparseable date is no date. */
function validDate(iso: string | null): string | null {
  return iso && !Number.isNaN(Date.parse(iso)) ? iso : null;
}

function langTag(lang: string | null | undefined, fallback: string): string {
  return lang && LANG_TAG.test(lang) ? lang : LANG_TAG.test(fallback) ? fallback : 'en';
}
