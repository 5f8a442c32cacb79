import { foldLines } from 'nodemailer/lib/mime-funcs/index.js';

/** JavaScript's \s among ASCII: tab, LF, vertical tab, form feed, CR, space. */
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/**
 * A header line folded to `width` as nodemailer's foldLines(line, width,
 * false) folds it, without its regular expressions: a line shorter than the
 * width (most) is returned as it is, and a long one (a reader's
 * List-Unsubscribe) is cut by scanning its characters. Text outside ASCII,
 * where \s means more than these six, goes to foldLines itself.
 */
export function foldHeader(line: string, width = 76): string {
  const len = line.length;
  if (len < width) return line;
  for (let i = 0; i < len; i++) if (line.charCodeAt(i) > 127) return foldLines(line, width, false);
  let result = '';
  let pos = 0;
  while (pos < len) {
    if (len - pos < width) return result + line.slice(pos);
    const end = pos + width;
    // A line break in the window ends the piece there (CRLF kept whole when both are in it).
    let stop = -1;
    for (let i = pos; i < end; i++) {
      const c = line.charCodeAt(i);
      if (c === 10 || c === 13) {
        stop = c === 13 && i + 1 < end && line.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
        break;
      }
    }
    if (stop >= 0) {
      result += line.slice(pos, stop);
      pos = stop;
      continue;
    }
    // Else cut before the window's last run of white space, unless it starts the window...
    let cut = end - 1;
    while (cut >= pos && !isSpace(line.charCodeAt(cut))) cut--;
    while (cut > pos && isSpace(line.charCodeAt(cut - 1))) cut--;
    if (cut <= pos) {
      // ...else after the word the window ends in, however long.
      cut = end;
      while (cut < len && !isSpace(line.charCodeAt(cut))) cut++;
    }
    result += line.slice(pos, cut);
    pos = cut;
    if (pos < len) result += '\r\n';
  }
  return result;
}
