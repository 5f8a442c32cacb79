import { DigestError } from '../domain/errors.js';
import type { LabelSet } from './label-catalog.js';
import type { LabelSection } from './language-file.js';
import { formatNumber } from './locale-format.js';

const pluralRules = new Map<string, Intl.PluralRules>();

/**
 * The label text for `key` with `{name}` placeholders filled: numbers in the
 * language's convention, plural forms picked by `count`. `escape` applies to
 * the label and to each value (html output), or is the identity.
 */
export function formatLabel(
  set: LabelSet,
  section: LabelSection,
  key: string,
  params: Readonly<Record<string, unknown>> = {},
  escape: (s: string) => string = (s) => s,
): string {
  const label = (set[section] as Readonly<Record<string, LabelSet['labels'][string]>>)[key];
  if (label === undefined) throw new DigestError('TEMPLATE_INVALID', `unknown label "${key}" (not in i18n/${set.lang}.json nor the fallback)`, { field: key });
  let text: string;
  if (typeof label === 'string') text = label;
  else {
    const count = Number(params['count'] ?? 0);
    let rules = pluralRules.get(set.numberLocale);
    if (!rules) pluralRules.set(set.numberLocale, (rules = new Intl.PluralRules(set.numberLocale)));
    // "zero" is ours in every language: "nothing new today" reads better than "0 stories".
    text = (count === 0 ? label.zero : undefined) ?? label[rules.select(count)] ?? label.other;
  }
  return escape(text).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return name in params ? '' : whole;
    return typeof value === 'number' ? formatNumber(set.numberLocale, value) : escape(String(value));
  });
}
