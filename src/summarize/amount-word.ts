import { CURRENCY_SYMBOLS } from '../lang/symbols.js';

/** A currency sign run into its amount ("Rp2,4 miliar" tokenizes as "Rp2", "US$5"). */
const AMOUNT_WORD = /^(\p{L}+\.?|\p{L}*\$)\d/u;
const DIGIT = /\d/;

/** True for a word that opens with a currency sign and its digits: capitalized, yet an amount, never a name or a body. */
export function isAmountWord(word: string): boolean {
  // Asked of nearly every capitalized word: most hold no digit, which the regex finds out only after backtracking over each letter.
  if (!DIGIT.test(word)) return false;
  const sign = AMOUNT_WORD.exec(word)?.[1];
  return sign !== undefined && sign in CURRENCY_SYMBOLS;
}
