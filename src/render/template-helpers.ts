import Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import { DigestError } from '../domain/errors.js';
import { truncate } from './clean-text.js';
import { formatLabel } from './labels.js';
import type { LabelSet } from './labels.js';
import { formatNumber } from './number-format.js';

/** What the helpers need to know about the edition, passed as Handlebars @data. */
export interface HelperData {
  labels: LabelSet;
  timeZone: string;
}

/** html output escapes every value; text and subject output print them as they are. */
export type OutputKind = 'html' | 'text';

export type HandlebarsEnv = ReturnType<typeof Handlebars.create>;

const DATE_STYLES: Record<string, Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'short' },
  medium: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { dateStyle: 'full' },
  time: { hour: '2-digit', minute: '2-digit' },
};

/** Characters kept by `truncate` when a template gives no length. */
const DEFAULT_TRUNCATE = 140;

const dateFormats = new Map<string, Intl.DateTimeFormat>();

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

function data(options: HelperOptions): HelperData {
  return options.data as HelperData;
}

/**
 * A Handlebars environment with the helpers templates use:
 * `t` (labels), `number`, `date`, `truncate`, `join`. In html output `t`
 * escapes the label and every value it inserts, then marks the result safe.
 */
export function createHandlebars(kind: OutputKind): HandlebarsEnv {
  const hb = Handlebars.create();
  const escape = kind === 'html' ? hb.Utils.escapeExpression : (s: string) => s;
  const safe = (s: string) => (kind === 'html' ? new hb.SafeString(s) : s);

  hb.registerHelper('t', (key: unknown, options: HelperOptions) => safe(formatLabel(data(options).labels, String(key), options.hash as Record<string, unknown>, escape)));
  hb.registerHelper('number', (value: unknown, options: HelperOptions) => formatNumber(data(options).labels.numberLocale, Number(value)));
  hb.registerHelper('date', (iso: unknown, ...rest: unknown[]) => {
    // The style is optional, and Handlebars always passes its options last.
    const d = data(rest.pop() as HelperOptions);
    return formatDate(String(iso), typeof rest[0] === 'string' ? rest[0] : 'medium', d.labels.dateLocale, d.timeZone);
  });
  hb.registerHelper('truncate', (text: unknown, max: unknown) => truncate(String(text ?? ''), typeof max === 'number' ? max : DEFAULT_TRUNCATE));
  hb.registerHelper('join', (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : ''));
  return hb;
}
