/**
 * Elided words: an article or preposition cut before a vowel, its apostrophe
 * written (straight or curly) against the next word ("l'", "dell'", "d’").
 * The patterns differ on purpose in how many letters they take, in case, and
 * in what must follow; each reader keeps the one it was measured with.
 * Constants, not literals where they are used: esbuild (the build and tsx)
 * turns a literal with \p{…} inside a function into a `new RegExp(…)` per call.
 */

// A word that is only the elided part, ending at its apostrophe.

/** A lowercase elided article of 1–3 letters: "l'" of "l'avocate", "un'". */
export const ELIDED_ARTICLE = /^\p{Ll}{1,3}['’]$/u;
/** An elided article of 1–3 letters in either case: "L'" or "l'". */
export const ELIDED_ARTICLE_ANY_CASE = /^\p{L}{1,3}['’]$/u;
/** A lowercase elided article, alone or in a preposition, of 1–4 letters: "l'", "d’", "dell'". */
export const ELIDED_ARTICLE_OR_PREPOSITION = /^\p{Ll}{1,4}['’]$/u;
/** A lowercase elided link of 1–5 letters, written against the next word: "d'", "dell'", "quell'". */
export const ELIDED_LINK = /^\p{Ll}{1,5}['’]$/u;
/** An elided word of 1–2 letters in either case: "d'" of "un milliard d'euros", "L'". */
export const ELIDED_SHORT_WORD = /^\p{L}{1,2}['’]$/u;

// The elided part at the start of a whole word ("l'azienda"), either case, to strip it.

/** An elided word of 1–2 letters opening a word: "l'" of "l'esterno". */
export const ELIDED_SHORT_HEAD = /^\p{L}{1,2}['’]/u;
/** An elided article of 1–3 letters opening a word: "l'" of "l'ufficio". */
export const ELIDED_ARTICLE_HEAD = /^\p{L}{1,3}['’]/u;
/** An elided article of 1–3 letters before a letter: "L’" of "L’organisme". */
export const ELIDED_ARTICLE_BEFORE_LETTER = /^\p{L}{1,3}['’](?=\p{L})/u;
/** An elided article of 1–3 letters before three letters or more: "l'" of "l'allenatore", not of "l'on". */
export const ELIDED_ARTICLE_BEFORE_WORD = /^\p{L}{1,3}['’](?=\p{L}{3})/u;
/** An elided article or preposition of 1–4 letters before a letter: "dell'" of "dell'azienda". */
export const ELIDED_ARTICLE_OR_PREPOSITION_BEFORE_LETTER = /^\p{L}{1,4}['’](?=\p{L})/u;

// An elided link and the capitalized name after it, read apart.

/** A lowercase link of 1–5 letters with its apostrophe, then a capital: "dell'" and "Agua" of "dell'Agua". */
export const ELIDED_LINK_AND_CAPITAL = /^(\p{Ll}{1,5}['’])(\p{Lu}.*)$/u;
/** A lowercase particle of 1–4 letters, its apostrophe, then a surname: "d" and "Hoore" of "d'Hoore". */
export const ELIDED_PARTICLE_AND_SURNAME = /^(\p{Ll}{1,4})['’](\p{Lu}[\p{L}'’-]*)$/u;

const TRAILING_APOSTROPHE = /['’]$/;

/** True when the word ends at an apostrophe: "dell'", "d’". */
export function endsWithApostrophe(word: string): boolean {
  return TRAILING_APOSTROPHE.test(word);
}

/** The word without its trailing apostrophe: "dell'" → "dell", "de" → "de". */
export function withoutApostrophe(word: string): string {
  return word.replace(TRAILING_APOSTROPHE, '');
}

/** The word without an elided article or preposition opening it: "dell'azienda" → "azienda". The includes checks spare the pattern for the many words with no apostrophe. */
export function withoutElidedOpening(word: string): string {
  return word.includes("'") || word.includes('’') ? word.replace(ELIDED_ARTICLE_OR_PREPOSITION_BEFORE_LETTER, '') : word;
}
