import { ELIDED_LINK } from './elision.js';

/** The words of a name joined by spaces, but for an elided link leaning on the word after it ("ministero dell'Università"). */
export function joinNameWords(words: readonly string[]): string {
  return words.map((w, k) => (k > 0 && !ELIDED_LINK.test(words[k - 1]!) ? ` ${w}` : w)).join('');
}
