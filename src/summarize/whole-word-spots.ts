/** What goes on a word past either end of a name: a letter or a digit ("B40" holds no "B"). */
const WORD_GOES_ON = /[\p{L}\p{N}]/u;

/** Where `name` stands in `text` as whole words: no letter or digit right before or after it. */
export function wholeWordSpots(text: string, name: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
    const before = text[at - 1];
    const after = text[at + name.length];
    if ((before === undefined || !WORD_GOES_ON.test(before)) && (after === undefined || !WORD_GOES_ON.test(after))) out.push(at);
  }
  return out;
}
