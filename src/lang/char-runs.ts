/**
 * The maximal runs of characters of one class in a text, as
 * `text.match(/[class]+/gu)` gives them, found by a scan with a per-character
 * memo: a Unicode property class in a regex costs several times more per
 * character, and these scans read every character of an article.
 */
export function charRuns(oneChar: RegExp): (text: string) => string[] {
  const spans = charRunSpans(oneChar);
  return (text: string): string[] => {
    const out: string[] = [];
    spans(text, (start, end) => out.push(text.slice(start, end)));
    return out;
  };
}

/**
 * The same runs as `charRuns`, handed to `onRun` as [start, end) offsets: a
 * caller that only compares or counts them builds no string per run.
 */
export function charRunSpans(oneChar: RegExp): (text: string, onRun: (start: number, end: number) => void) => void {
  // 0: not asked yet, 1: in the class, 2: not in it (BMP code units; surrogate pairs are asked each time).
  const known = new Uint8Array(0x10000);
  /** Code units of the class at a high surrogate `i`: 2 for a pair in the class, else 0. */
  const pairInClass = (text: string, i: number): number => {
    const low = text.charCodeAt(i + 1);
    return low >= 0xdc00 && low <= 0xdfff && oneChar.test(text.slice(i, i + 2)) ? 2 : 0;
  };
  return (text: string, onRun: (start: number, end: number) => void): void => {
    let start = -1;
    const length = text.length;
    for (let i = 0; i < length;) {
      // String.prototype's own charCodeAt, called directly: the scans share one closure over strings of every
      // representation (flat, sliced, two-byte), which makes `text.charCodeAt` a megamorphic lookup per character.
      const code = String.prototype.charCodeAt.call(text, i);
      // How many code units of the class start at i: 0, 1, or 2 for a surrogate pair. The memo is read here, not
      // through a call: the loop is shared by every class's scan, so a helper closed over one class is never inlined.
      let width: number;
      if (code >= 0xd800 && code <= 0xdbff) width = pairInClass(text, i);
      else {
        let k = known[code]!;
        if (k === 0) known[code] = k = oneChar.test(String.fromCharCode(code)) ? 1 : 2;
        width = k === 1 ? 1 : 0;
      }
      if (width === 0) {
        if (start >= 0) onRun(start, i);
        start = -1;
        i++;
      } else {
        if (start < 0) start = i;
        i += width;
      }
    }
    if (start >= 0) onRun(start, length);
  };
}
