const WORD = /[\p{L}\p{N}]+/gu;

/** Runs of letters or digits in `text`. */
export function wordCount(text: string): number {
  return text.match(WORD)?.length ?? 0;
}
