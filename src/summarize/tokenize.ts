/** A word or a single punctuation mark, with its offset in the tokenized string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
}

// What the scan asks of a character, one bit per class, memoised per BMP code unit (0: not asked yet).
const ASKED = 1;
const LOWER = 2;
const LETTER = 4;
const WORDY = 8; // a letter, mark or digit
const SPACE = 16;
const classes = new Uint8Array(0x10000);

function classOf(ch: string): number {
  return (
    ASKED | (/\p{Ll}/u.test(ch) ? LOWER : 0) | (/\p{L}/u.test(ch) ? LETTER : 0) | (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORDY : 0) | (/\s/u.test(ch) ? SPACE : 0)
  );
}

/** The classes of the character (a surrogate pair as one) at `i`. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return classOf(text.slice(i, i + 2));
  let k = classes[code]!;
  if (k === 0) classes[code] = k = classOf(String.fromCharCode(code));
  return k;
}

/** Code units of the character at `i`: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** End of the run of word characters from `i`. */
function wordyRunEnd(text: string, i: number): number {
  while (i < text.length && classAt(text, i) & WORDY) i += widthAt(text, i);
  return i;
}

/**
 * The tokens of `text` a word-or-mark regex would match,
 * `\p{Ll}{1,4}['’](?=\p{L})|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\S`:
 * an elided article (l', d', dell') is its own token so the word after it
 * stays whole. A scan with memoised character classes, as it runs over many
 * short windows per quote and figure.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cls = classAt(text, i);
    if (cls & SPACE) {
      i++;
      continue;
    }
    let end: number;
    if (cls & LOWER) {
      let k = i;
      let letters = 0;
      for (; k < n && letters < 5 && classAt(text, k) & LOWER; letters++) k += widthAt(text, k);
      if (letters <= 4 && isApostrophe(text.charCodeAt(k)) && k + 1 < n && classAt(text, k + 1) & LETTER) {
        out.push({ text: text.slice(i, k + 1), start: offset + i, end: offset + k + 1, isWord: widthAt(text, i) === 1 });
        i = k + 1;
        continue;
      }
    }
    if (cls & WORDY) {
      end = wordyRunEnd(text, i);
      for (;;) {
        const code = text.charCodeAt(end);
        if (!(isApostrophe(code) || code === 0x2d) || end + 1 >= n || !(classAt(text, end + 1) & WORDY)) break;
        end = wordyRunEnd(text, end + 1);
      }
    } else end = i + widthAt(text, i);
    // A word starts with a word character; a lone high surrogate never counts as one.
    const isWord = (cls & WORDY) !== 0 && widthAt(text, i) === 1;
    out.push({ text: text.slice(i, end), start: offset + i, end: offset + end, isWord });
    i = end;
  }
  return out;
}

// Per BMP code unit, whether it is a capital by case mapping (0: not asked yet, 1: yes, 2: no).
const capitals = new Uint8Array(0x10000);

/**
 * First character an uppercase letter, compared by case mapping (cheaper than
 * a Unicode regex on the hot path) and memoised per code unit: it is asked of
 * nearly every word a name or a figure is read from.
 */
export function isCapitalized(word: string): boolean {
  if (word === '') return false;
  const code = word.charCodeAt(0);
  let k = capitals[code]!;
  if (k === 0) {
    const first = word[0]!;
    capitals[code] = k = first !== first.toLowerCase() && first === first.toUpperCase() ? 1 : 2;
  }
  return k === 1;
}
