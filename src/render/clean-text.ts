import { decodeHTML } from 'entities';

const TAG = /<\/?[a-zA-Z][^<>]*>|<!--[\s\S]*?(?:-->|$)/g;
// C0 and C1 control characters, which have no place in a title or a name.
const CONTROL = /[\p{Cc}\u2028\u2029]+/gu;

/** What cleanText would change: markup or an entity, a control character, white space other than single spaces between words. */
const NEEDS_CLEANING = /[<&\p{Cc}\u2028\u2029]|[^\S ]| {2}|^ | $/u;

/**
 * Feed text as plain text on one line: markup that leaked through is dropped,
 * entities decoded, control characters (CR, LF) and runs of space folded to
 * one space. The result is still escaped wherever it is printed.
 */
export function cleanText(raw: string | null | undefined): string {
  if (!raw) return '';
  // A send cleans each reader's name and address: most are clean already, told by one test.
  if (!NEEDS_CLEANING.test(raw)) return raw;
  return oneLine(decodeHTML(raw.replace(TAG, ' ')));
}

/** Control characters (CR, LF) and runs of space folded to one space: a subject line or a name. */
export function oneLine(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word boundary, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max - 1).join('');
  // Drop a word cut in half, unless the cut fell just before a space.
  const atWord = /\s/.test(chars[max - 1]!) ? cut.trimEnd() : cut.replace(/\s+\S*$/, '');
  return `${atWord.length > max / 2 ? atWord : cut}…`;
}
