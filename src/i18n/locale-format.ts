import { DigestError } from '../domain/errors.js';

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number in the language's own convention. Digits are grouped from 1,000 on
 * in every language (Spanish and Italian would start at 10,000), as news pages print them.
 */
export function formatNumber(locale: string, value: number, options: Intl.NumberFormatOptions = {}): string {
  return numberFormat(locale, options).format(value);
}

/** The cached formatter behind `formatNumber`, for callers that need its parts. */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = numberFormats.get(key);
  if (!f) numberFormats.set(key, (f = new Intl.NumberFormat(locale, { useGrouping: 'always', ...options })));
  return f;
}

const DATE_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'short' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { dateStyle: 'full' },
  time: { hour: '2-digit', minute: '2-digit' },
};

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date in the language's own convention, in `timeZone`; '' for a date that does not parse. */
export function formatDate(iso: string, style: string, locale: string, timeZone: string): string {
  const options = DATE_STYLES[style];
  if (!options) throw new DigestError('TEMPLATE_INVALID', `unknown date style "${style}" (use ${Object.keys(DATE_STYLES).join(', ')})`);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  const key = `${locale}|${timeZone}|${style}`;
  let f = dateFormats.get(key);
  if (!f) dateFormats.set(key, (f = new Intl.DateTimeFormat(locale, { ...options, timeZone })));
  return f.format(date);
}
