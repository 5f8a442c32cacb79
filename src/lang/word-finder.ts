/**
 * Which of a set of words a span of a text spells, compared in place: a scan
 * that counts known words across a long text then builds (and hashes) no
 * string per word it passes. Words are bucketed by length and first and last
 * code units, so a span is compared with very few of them.
 */
export function wordFinder(words: Iterable<string>): (text: string, start: number, end: number) => string | undefined {
  const byShape = new Map<number, string[]>();
  for (const w of words) {
    if (!w) continue;
    const key = shapeOf(w, 0, w.length);
    const same = byShape.get(key);
    if (same) same.push(w);
    else byShape.set(key, [w]);
  }
  return (text, start, end) => {
    const same = byShape.get(shapeOf(text, start, end));
    if (same === undefined) return undefined;
    // A loop rather than find with a closure: this runs for every word of the text scanned.
    for (const w of same) if (w.length === end - start && text.startsWith(w, start)) return w;
    return undefined;
  };
}

/** Length and first and last code units folded into one small integer (a map key that needs no boxing). */
function shapeOf(text: string, start: number, end: number): number {
  return (((end - start) & 0x3ff) << 20) | ((text.charCodeAt(start) & 0x3ff) << 10) | (text.charCodeAt(end - 1) & 0x3ff);
}
