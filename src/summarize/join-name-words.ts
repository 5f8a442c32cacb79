/** A short lowercase word cut by its apostrophe: an elided preposition or article ("d'", "dell'"), written against the next word. */
const ELIDED = /^\p{Ll}{1,5}['’]$/u;

/** The words of a name joined by spaces, but for an elided link leaning on the word after it ("ministero dell'Università"). */
export function joinNameWords(words: readonly string[]): string {
  return words.map((w, k) => (k > 0 && !ELIDED.test(words[k - 1]!) ? ` ${w}` : w)).join('');
}
