import { CURRENCY_SYMBOLS } from '../lang/symbols.js';
import type { FoundFigure } from './find-figures.js';

/** Dollar signs that name their country ("A$", "NZ$", "C$"): the currency a bare "$" means where the article writes one. */
const COUNTRY_DOLLARS = new Set(['A$', 'AU$', 'C$', 'CA$', 'NZ$', 'S$', 'HK$'].map((s) => CURRENCY_SYMBOLS[s]!));
/** A bare dollar sign in a figure's text: "$1.8 million", not "US$", "A$" or "R$". */
const BARE_DOLLAR = /(?<![\p{L}$])\$/u;

/**
 * "fined A$1.8 million ... ordered to pay $640,000": an article that names one country's dollar ("A$", "Australian
 * dollars") tells its bare "$" sums in it too. With two such dollars, or none, a bare "$" stays the US dollar.
 */
export function withArticleDollar(figures: FoundFigure[]): FoundFigure[] {
  const named = new Set(figures.filter((f) => f.kind === 'currency' && COUNTRY_DOLLARS.has(f.unit!)).map((f) => f.unit));
  if (named.size !== 1) return figures;
  const [dollar] = named;
  for (const f of figures) if (f.kind === 'currency' && f.unit === CURRENCY_SYMBOLS.$ && BARE_DOLLAR.test(f.text)) f.unit = dollar!;
  return figures;
}
