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
/** Not memoised: the character is a surrogate pair, two code units. */
const PAIR = 32;
const classes = new Uint8Array(0x10000);
// Constants, not literals in `classOf`: esbuild (the build and tsx) turns a literal with \p{…} outside a class into a
// `new RegExp(…)` run at every call, and a surrogate pair is asked at each of its sightings.
const LOWER_CHAR = /\p{Ll}/u;
const LETTER_CHAR = /\p{L}/u;

function classOf(ch: string): number {
  return (
    ASKED | (LOWER_CHAR.test(ch) ? LOWER : 0) | (LETTER_CHAR.test(ch) ? LETTER : 0) | (/[\p{L}\p{M}\p{N}]/u.test(ch) ? WORDY : 0) | (/\s/u.test(ch) ? SPACE : 0)
  );
}

/** The classes of the character (a surrogate pair as one, with PAIR set) at `i`: its width read from the same bits, not from a second look. */
function classAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) return classOf(text.slice(i, i + 2)) | PAIR;
  let k = classes[code]!;
  if (k === 0) classes[code] = k = classOf(String.fromCharCode(code));
  return k;
}

const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/** End of the run of word characters from `i`. */
function wordyRunEnd(text: string, i: number): number {
  for (let k = i < text.length ? classAt(text, i) : 0; k & WORDY; k = i < text.length ? classAt(text, i) : 0) i += k & PAIR ? 2 : 1;
  return i;
}

/**
 * True when the word from `start` to `end` is capitalized, ends in a letter
 * and a hyphen follows it, then a space and a lowercase word: a compound's
 * first part, its second left to the word after a conjunction.
 */
function suspendedHyphen(text: string, start: number, end: number): boolean {
  if (end + 2 >= text.length || text.charCodeAt(end) !== 0x2d || !(classAt(text, end + 1) & SPACE) || !(classAt(text, end + 2) & LOWER)) return false;
  return (classAt(text, start) & (LETTER | LOWER)) === LETTER && (classAt(text, end - 1) & LETTER) !== 0;
}

/** Most letters of an elided article ("dell'"). */
const ELIDED_LETTERS = 4;

/**
 * The tokens of `text` a word-or-mark regex would match,
 * `\p{Ll}{1,4}['’](?=\p{L})|[^\P{L}\p{Ll}][\p{L}\p{M}\p{N}]*(?:['’-][\p{L}\p{M}\p{N}]+)*(?<=\p{L})-(?=\s\p{Ll})|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\S`:
 * an elided article (l', d', dell') is its own token so the word after it
 * stays whole, and a capitalized compound's first part keeps its hyphen. A scan with memoised character classes, as it runs over many
 * short windows per quote and figure; each character's class is read once.
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
    // A word starts with a word character; a lone high surrogate never counts as one.
    const isWord = (cls & WORDY) !== 0 && !(cls & PAIR);
    let end = i + (cls & PAIR ? 2 : 1);
    if (cls & WORDY) {
      // The first run of word characters, and whether it is all lowercase letters, few enough for an elided article.
      let lower = cls & LOWER ? 1 : 0;
      for (let k = end < n ? classAt(text, end) : 0; k & WORDY; k = end < n ? classAt(text, end) : 0) {
        if (lower) lower = k & LOWER && lower < ELIDED_LETTERS + 1 ? lower + 1 : 0;
        end += k & PAIR ? 2 : 1;
      }
      if (lower && lower <= ELIDED_LETTERS && isApostrophe(text.charCodeAt(end)) && end + 1 < n && classAt(text, end + 1) & LETTER) {
        out.push({ text: text.slice(i, end + 1), start: offset + i, end: offset + end + 1, isWord });
        i = end + 1;
        continue;
      }
      for (;;) {
        const code = text.charCodeAt(end);
        if (!(isApostrophe(code) || code === 0x2d) || end + 1 >= n || !(classAt(text, end + 1) & WORDY)) break;
        end = wordyRunEnd(text, end + 1);
      }
      // "Industrie- und Handelskammer": a capitalized first part keeps the hyphen that stands for the noun a conjunction later
      // carries, so a name read word by word goes on past it.
      if (suspendedHyphen(text, i, end)) end++;
    }
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
