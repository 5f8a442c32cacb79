/**
 * True when `text`'s last character past its spaces is one of `marks`, as /[marks]\s*$/ tells, read from the end rather
 * than by a regex tried at every offset of a sentence.
 */
export function endsWithMark(text: string, marks: string): boolean {
  const end = text.trimEnd();
  return end !== '' && marks.includes(end[end.length - 1]!);
}
