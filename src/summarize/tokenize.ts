/** A word or a single punctuation mark, with its offset in the tokenized string. */
export interface Token {
  text: string;
  start: number;
  end: number;
  isWord: boolean;
}

// An elided article (l', d', dell') is its own token so the word after it stays whole.
const TOKEN = /\p{Ll}{1,4}['’](?=\p{L})|[\p{L}\p{M}\p{N}]+(?:['’-][\p{L}\p{M}\p{N}]+)*|\S/gu;
const WORD_START = /[\p{L}\p{M}\p{N}]/u;

export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = offset + m.index;
    out.push({ text: m[0], start, end: start + m[0].length, isWord: WORD_START.test(m[0][0]!) });
  }
  return out;
}

/** First character an uppercase letter (compared by case mapping: cheaper than a Unicode regex on the hot path). */
export function isCapitalized(word: string): boolean {
  const first = word[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}
