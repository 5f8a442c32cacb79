import type { Figure } from '../domain/summary.js';
import { formatNumber, numberFormat } from '../i18n/index.js';

/** A figure's number as a reader sees it: never a raw float. */
export interface FormattedFigure {
  /** Short form for the big-number box: "600 rb", "Rp 5 T", "$1.2B", "3.5%", "42 km". */
  display: string;
  /** Full form for running text: "600,000 troops", "Rp 5 triliun", "$1.2 billion". */
  long: string;
}

/** From this size on, the big-number box uses compact notation ("600K", "600 rb"). */
const COMPACT_FROM = 10_000;
/** From this size on, running text spells the scale out ("1.2 billion") rather than twelve digits. */
const WORDS_FROM = 1_000_000;
/** Units this short are symbols (km, kg, MW) and stay beside the number; longer ones name what is counted. */
const SYMBOL_MAX_LENGTH = 3;

export function formatFigure(figure: Pick<Figure, 'value' | 'unit'>, locale: string): FormattedFigure {
  const { value } = figure;
  const unit = figure.unit?.trim() || null;
  const big = Math.abs(value) >= COMPACT_FROM;
  const fraction = { maximumFractionDigits: Number.isInteger(value) ? 0 : 2 };
  const compact: Intl.NumberFormatOptions = big ? { notation: 'compact', maximumFractionDigits: 1 } : fraction;
  const spelled: Intl.NumberFormatOptions =
    Math.abs(value) >= WORDS_FROM ? { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 } : fraction;

  if (unit === '%') {
    const pct = formatNumber(locale, value / 100, { style: 'percent', maximumFractionDigits: 2 });
    return { display: pct, long: pct };
  }
  if (unit && /^[A-Z]{3}$/.test(unit) && isCurrency(unit)) {
    const currency = { style: 'currency', currency: unit, currencyDisplay: 'narrowSymbol', minimumFractionDigits: 0 } as const;
    const display = formatNumber(locale, value, { ...currency, ...compact });
    return {
      display,
      long: Math.abs(value) >= WORDS_FROM ? moneyInWords(locale, value, currency, spelled) : formatNumber(locale, value, { ...currency, ...fraction }),
    };
  }
  const short = formatNumber(locale, value, compact);
  const full = formatNumber(locale, value, spelled);
  if (!unit) return { display: short, long: full };
  if (unit.length <= SYMBOL_MAX_LENGTH) return { display: `${short} ${unit}`, long: `${full} ${unit}` };
  return { display: short, long: `${full} ${unit}` };
}

/**
 * "Rp 5,4 triliun", "5,4 Milliarden €", "$1.2 billion": Intl spells scale
 * words out only without a currency, so the scale is spelled and the
 * currency sign put where the locale puts it.
 */
function moneyInWords(locale: string, value: number, currency: Intl.NumberFormatOptions, spelled: Intl.NumberFormatOptions): string {
  const parts = numberFormat(locale, { ...currency, notation: 'compact' }).formatToParts(value);
  const at = parts.findIndex((p) => p.type === 'currency');
  const sign = parts[at]?.value ?? '';
  const words = formatNumber(locale, value, spelled);
  if (at === 0) return `${sign}${parts[1]?.type === 'literal' ? parts[1].value : ''}${words}`;
  return `${words}${parts[at - 1]?.type === 'literal' ? parts[at - 1]!.value : ' '}${sign}`;
}

const currencies = new Set(Intl.supportedValuesOf('currency'));

function isCurrency(code: string): boolean {
  return currencies.has(code);
}
