import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { DigestError } from '../domain/errors.js';
import { formatNumber } from './number-format.js';

/** A label: one string, or plural forms chosen by Intl.PluralRules on `count` (plus `zero` for a count of 0). */
export type Label = string | Partial<Record<Intl.LDMLPluralRule, string>>;

/** One language's labels and locale settings: templates/i18n/<lang>.json. */
export interface LabelSet {
  lang: string;
  dir: 'ltr' | 'rtl';
  /** Intl locale for numbers, e.g. "id" (600 rb). */
  numberLocale: string;
  /** Intl locale for dates, e.g. "en-GB" (25 Nov). */
  dateLocale: string;
  labels: Record<string, Label>;
}

export interface Labels {
  /** The set for `lang`, or the fallback language's when there is none. */
  forLang(lang: string | null | undefined): LabelSet;
}

const FALLBACK = 'en';

export async function loadLabels(templatesDir: string): Promise<Labels> {
  const dir = path.join(templatesDir, 'i18n');
  let names: string[];
  try {
    names = (await readdir(dir)).filter((n) => n.endsWith('.json'));
  } catch (e) {
    throw new DigestError('TEMPLATE_INVALID', `no label folder i18n/ in ${templatesDir}`, { file: 'i18n' }, { cause: e });
  }
  const sets = new Map<string, LabelSet>();
  for (const name of names) {
    const lang = name.slice(0, -'.json'.length);
    sets.set(lang, parseLabelSet(lang, await readFile(path.join(dir, name), 'utf8'), `i18n/${name}`));
  }
  const fallback = sets.get(FALLBACK);
  if (!fallback) throw new DigestError('TEMPLATE_INVALID', `labels for "${FALLBACK}" are required as the fallback`, { file: `i18n/${FALLBACK}.json` });
  // A language's missing label falls back to the English one, so a partial translation still renders.
  for (const set of sets.values()) set.labels = { ...fallback.labels, ...set.labels };
  return {
    forLang(lang) {
      const code = (lang ?? '').toLowerCase();
      return sets.get(code) ?? sets.get(code.split(/[-_]/)[0]!) ?? fallback;
    },
  };
}

function parseLabelSet(lang: string, json: string, file: string): LabelSet {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new DigestError('TEMPLATE_INVALID', `labels are not valid JSON: ${(e as Error).message}`, { file }, { cause: e });
  }
  const d = data as Partial<LabelSet>;
  const bad = (what: string) => new DigestError('TEMPLATE_INVALID', `labels: ${what}`, { file });
  if (typeof d !== 'object' || d === null) throw bad('expected an object');
  if (d.dir !== 'ltr' && d.dir !== 'rtl') throw bad('"dir" must be "ltr" or "rtl"');
  if (typeof d.numberLocale !== 'string' || typeof d.dateLocale !== 'string') throw bad('"numberLocale" and "dateLocale" must be strings');
  if (typeof d.labels !== 'object' || d.labels === null) throw bad('"labels" must be an object');
  for (const [key, label] of Object.entries(d.labels)) {
    const ok = typeof label === 'string' || (typeof label === 'object' && label !== null && typeof (label as Record<string, unknown>)['other'] === 'string');
    if (!ok) throw new DigestError('TEMPLATE_INVALID', `label "${key}" must be a string or plural forms with "other"`, { file, field: key });
  }
  return { lang, dir: d.dir, numberLocale: d.numberLocale, dateLocale: d.dateLocale, labels: d.labels };
}

const pluralRules = new Map<string, Intl.PluralRules>();

/** The label text for `key` with `{name}` placeholders filled; `escape` applies to the label and to each value. */
export function formatLabel(set: LabelSet, key: string, params: Record<string, unknown>, escape: (s: string) => string): string {
  const label = set.labels[key];
  if (label === undefined) throw new DigestError('TEMPLATE_INVALID', `unknown label "${key}" (not in i18n/${set.lang}.json nor the fallback)`, { field: key });
  let text: string;
  if (typeof label === 'string') text = label;
  else {
    const count = Number(params['count'] ?? 0);
    let rules = pluralRules.get(set.numberLocale);
    if (!rules) pluralRules.set(set.numberLocale, (rules = new Intl.PluralRules(set.numberLocale)));
    // "zero" is ours in every language: "nothing new today" reads better than "0 stories".
    text = (count === 0 ? label.zero : undefined) ?? label[rules.select(count)] ?? label.other!;
  }
  return escape(text).replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined || value === null) return name in params ? '' : whole;
    return typeof value === 'number' ? formatNumber(set.numberLocale, value) : escape(String(value));
  });
}
