import Handlebars from 'handlebars';
import type { HelperOptions } from 'handlebars';
import { formatDate, formatLabel, formatNumber, type LabelSet } from '../i18n/index.js';
import { truncate } from './clean-text.js';

/** What the helpers need to know about the edition, passed as Handlebars @data. */
export interface HelperData {
  labels: LabelSet;
  timeZone: string;
}

/** html output escapes every value; text and subject output print them as they are. */
export type OutputKind = 'html' | 'text';

export type HandlebarsEnv = ReturnType<typeof Handlebars.create>;

/** Characters kept by `truncate` when a template gives no length. */
const DEFAULT_TRUNCATE = 140;

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

  hb.registerHelper('t', (key: unknown, options: HelperOptions) =>
    safe(formatLabel(data(options).labels, 'labels', String(key), options.hash as Record<string, unknown>, escape)),
  );
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
