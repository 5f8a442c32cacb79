/**
 * Unicode classes for hot regexes, written ASCII-first. On two-byte text (any
 * article with a curly quote) V8 tests a `\p{…}` class by a call out of the
 * regex engine for every character; an ASCII branch tried first settles most
 * characters inline. A guard keeps the `\p{…}` branch off ASCII, so the two
 * branches never match the same character (no backtracking between them) and
 * the matches stay those of the plain class.
 */

/** `[${ascii}${unicode}]` for reading forwards; `ascii` holds every ASCII member of the class (it may hold more, as ’). */
export function asciiFirst(ascii: string, unicode: string): string {
  return String.raw`(?:[${ascii}]|(?=[^\x00-\x7F])[${unicode}])`;
}

/** The same class inside a lookbehind, which reads its terms right to left: there the guard must come after. */
export function asciiFirstBehind(ascii: string, unicode: string): string {
  return String.raw`(?:[${ascii}]|[${unicode}](?<=[^\x00-\x7F]))`;
}

/** A letter, combining mark, apostrophe or hyphen of a word (`[\p{L}\p{M}'’-]`). */
export const WORD_CHAR = asciiFirst("A-Za-z'’-", String.raw`\p{L}\p{M}`);
/** WORD_CHAR inside a lookbehind. */
export const WORD_CHAR_BEHIND = asciiFirstBehind("A-Za-z'’-", String.raw`\p{L}\p{M}`);
/** A letter (`\p{L}`). */
export const LETTER_CHAR = asciiFirst('A-Za-z', String.raw`\p{L}`);
/** An uppercase letter (`\p{Lu}`). */
export const CAPITAL_CHAR = asciiFirst('A-Z', String.raw`\p{Lu}`);
/** A lowercase letter (`\p{Ll}`). */
export const LOWERCASE_CHAR = asciiFirst('a-z', String.raw`\p{Ll}`);
