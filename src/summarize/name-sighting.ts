import type { Lexicon } from './lexicon.js';

/** A full name (two words or more), or one word titled or aged as a person's, seen at an offset of the article. */
export interface NameSighting {
  name: string;
  at: number;
  /** It opens its sentence, so it is what the sentence is about ("Mayor Karen Bass visited …"). */
  subject: boolean;
  /** Seen inside quoted words: someone mentioned or addressed ("“Wahai Aslam, …”"), never what a bare surname stands for. */
  quoted: boolean;
  /** The surname alone, standing for the full name seen before: a person. */
  alone?: boolean;
}

/** Where a name was seen, as a quote's span. */
export interface Span {
  start: number;
  end: number;
}

/** The article speakers are resolved in: its text, language, quotes and headline. */
export interface ResolvedArticle {
  text: string;
  lex: Lexicon;
  quotes?: readonly Span[];
  title?: string | null;
}

export const SPACE = /\s/;

/** The spaces a run of capitals or a name is parted from the word before it by. */
export const NAME_SPACE = /[ \u00A0]/;

/** One letter, of a word read back from a name. */
export const LETTER = /\p{L}/u;

export const LETTER_OR_MARK = /[\p{L}\p{M}'’-]/u;

/** Most characters of the titles a sighting's run takes in before the name itself ("Senior coroner Dr Helen Fairbairn-Moss"). */
const TITLES_BEFORE_NAME_CHARS = 40;

/** Where a sighting's name starts in the text: its run may open on titles the name leaves out ("Professor Hendrik van der Walt"). */
export function sightingStart(text: string, s: NameSighting): number {
  const k = text.indexOf(s.name, s.at);
  return k >= 0 && k - s.at <= TITLES_BEFORE_NAME_CHARS ? k : s.at;
}

/** Where a sighting's name ends in the text, past the titles its run may open on. */
export function sightingEnd(text: string, s: NameSighting): number {
  return sightingStart(text, s) + s.name.length;
}

/** The last or first words of a full name written at `at` ("Zanetti", "Carla" for "Carla Zanetti"), longest first; null when none is. */
export function writtenPart(name: string, text: string, at: number): string | null {
  const words = name.split(' ');
  for (let k = 1; k < words.length; k++) {
    const last = words.slice(k).join(' ');
    if (text.startsWith(last, at)) return last;
    const first = words.slice(0, words.length - k).join(' ');
    if (text.startsWith(first, at)) return first;
  }
  return null;
}
