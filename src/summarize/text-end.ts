/**
 * True when `text`'s last character past its spaces is one of `marks`, as /[marks]\s*$/ tells, read from the end rather
 * than by a regex tried at every offset of a sentence.
 */
export function endsWithMark(text: string, marks: string): boolean {
  const end = text.trimEnd();
  return end !== '' && marks.includes(end[end.length - 1]!);
}

/**
 * The run of `part` characters right before the `space` characters ending `text` (one of each at least), as
 * /(part+)space+$/u captures, read back from the end: the regex is tried at every offset of the window before a name
 * or a number. `part` and `space` each test one character, a surrogate pair as one.
 */
export function runBeforeSpaces(text: string, part: RegExp, space: RegExp): string | undefined {
  let end = text.length;
  while (end > 0 && space.test(text[end - 1]!)) end--;
  if (end === text.length) return undefined;
  let start = end;
  while (start > 0) {
    const pair = start > 1 && (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800;
    const width = pair ? 2 : 1;
    if (!part.test(text.slice(start - width, start))) break;
    start -= width;
  }
  return start < end ? text.slice(start, end) : undefined;
}

const SPACE = /\s/;

/** The last `n` of `text.split(/\s+/)`, read back from the end: a sentence before a quote is split only for its last words. */
export function lastWords(text: string, n: number): string[] {
  const out: string[] = [];
  let end = text.length;
  for (;;) {
    let from = end;
    while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
    out.unshift(text.slice(from, end));
    if (out.length === n || from === 0) return out;
    end = from;
    while (end > 0 && SPACE.test(text[end - 1]!)) end--;
    // Spaces opening the text leave an empty first word, as split does.
    if (end === 0) {
      out.unshift('');
      return out;
    }
  }
}
