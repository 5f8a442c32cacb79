import type { FeedItem } from '../domain/feed.js';
import { htmlToText } from '../extract/index.js';

const TAG = /<[a-z][^>]*>/i;
/** What ends a sentence, before any closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？؟।](?:["'”’»)\]]*)$/u;
/** A teaser cut short: "…", "...", "[…]", "[...]". */
const CUT_MARK = /\s*(?:\[\s*(?:…|\.\.\.)\s*\]|…|\.\.\.)$/u;
/** A last line that only points on ("Continue reading...", "Lire la suite →"): not the story. */
const READ_ON = /(?:^|\n\s*\n)(?:\S+\s+){0,3}\S*(?:…|\.\.\.|→|»)\s*$/u;

/**
 * Plain text of a feed field. Plain text with line breaks (no tags) keeps
 * them as paragraph breaks: a browser would fold them into spaces and run a
 * standfirst into the next line.
 */
export function feedFieldText(html: string | null | undefined): string {
  if (!html?.trim()) return '';
  if (TAG.test(html)) return htmlToText(html);
  return htmlToText(
    html
      .split(/\r?\n/)
      .map((line) => `<p>${line}</p>`)
      .join(''),
  );
}

/** An item's own text: its description, then its full content when the feed carries one. */
export function itemText(item: Pick<FeedItem, 'html' | 'summary'>): string {
  return storyText(feedFieldText(item.summary), item.html === item.summary ? '' : feedFieldText(item.html));
}

/**
 * The text a story is summarized from: the feed's description (standfirst or
 * teaser) followed by the body (the item's full content or the article page),
 * joined at a sentence boundary, never glued mid-sentence (a standfirst
 * paragraph without a full stop gets one). The body alone
 * when it already repeats the description; the description alone when the
 * body says no more than it.
 */
export function storyText(description: string, body: string): string {
  const d = description.replace(READ_ON, '').trim();
  const b = body.trim();
  if (!d) return b;
  if (!b || comparable(d).includes(comparable(b))) return endSentences(d);
  if (comparable(b).includes(comparable(d.replace(CUT_MARK, '')))) return b;
  return `${endSentences(d)}\n\n${b}`;
}

/** Each paragraph of a standfirst ends as a sentence does, so the body's first sentence starts afresh. */
function endSentences(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .map((p) => (SENTENCE_END.test(p) ? p : `${p}.`))
    .join('\n\n');
}

/** Lowercase words and digits only: markup, punctuation and spacing differ between a feed and its page. */
function comparable(text: string): string {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ');
}
